using System.Globalization;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Data.Import;

namespace Spreiding.Data.Locaties;

/// <summary>The result of reading a location file, with what the caller may want to tell the user.</summary>
/// <param name="Locaties">Every location of the file, in file order.</param>
/// <param name="Werkblad">For XLSX: the sheet that was read.</param>
/// <param name="Kolommen">For each column that was found: the canonical name and the header as written in the file (e.g. <c>plaatsen</c> → <c>Capaciteit</c>).</param>
/// <param name="GenegeerdeKolommen">Headers in the file that are not location columns and were skipped, as written.</param>
public sealed record LocatieImport(
    IReadOnlyList<Locatie> Locaties,
    string Bestand,
    Bestandsformaat Formaat,
    string? Werkblad,
    IReadOnlyDictionary<string, string> Kolommen,
    IReadOnlyList<string> GenegeerdeKolommen);

/// <summary>
/// Reads the location register from CSV (<c>.csv</c>, <c>.txt</c>) or XLSX (<c>.xlsx</c>), columns as in
/// <see cref="LocatieKolommen"/> (see <c>docs/locaties-kolommen.md</c>). All or nothing: every problem in the
/// file is collected, with row, column and value, and thrown together as an <see cref="ImportException"/>;
/// then nothing is returned.
/// <para>Rows are physical lines for CSV and spreadsheet row numbers for XLSX; the header is the first
/// non-blank line or row (normally 1). Columns may come in any order; headers are compared case-insensitively
/// and ignoring spaces, hyphens and underscores. Unknown columns are skipped (listed in
/// <see cref="LocatieImport.GenegeerdeKolommen"/>), unless they look like a misspelt location column.</para>
/// </summary>
public static class LocatieBestand
{
    /// <param name="indeling">The municipal division the codes are checked against.</param>
    /// <param name="indelingOp">The date of the division: every municipality code must exist on it.</param>
    public static IReadOnlyList<Locatie> Lees(string path, GemeentelijkeIndeling indeling, DateOnly indelingOp) =>
        LeesImport(path, indeling, indelingOp).Locaties;

    /// <summary>Reads from a stream; <paramref name="bestandsnaam"/> chooses the format by its extension and is used in messages.</summary>
    public static IReadOnlyList<Locatie> Lees(Stream stream, string bestandsnaam, GemeentelijkeIndeling indeling, DateOnly indelingOp) =>
        LeesImport(stream, bestandsnaam, indeling, indelingOp).Locaties;

    public static LocatieImport LeesImport(string path, GemeentelijkeIndeling indeling, DateOnly indelingOp)
    {
        var naam = Path.GetFileName(path);
        var formaat = Formaat(naam);
        if (formaat == Bestandsformaat.Csv) return Lees(RuwBestand.UitCsv(DelimitedFile.Read(path)), indeling, indelingOp);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ImportException.Single(naam, 0, $"het bestand bestaat niet ({path}). Controleer de naam en de map.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportException.Single(naam, 0,
                $"het bestand kan niet worden gelezen ({e.Message}). Sluit het bestand als het nog in een ander programma (bijvoorbeeld Excel) open staat, en probeer het opnieuw.");
        }
        using var stream = new MemoryStream(bytes, writable: false);
        return Lees(RuwBestand.UitXlsx(stream, naam), indeling, indelingOp);
    }

    public static LocatieImport LeesImport(Stream stream, string bestandsnaam, GemeentelijkeIndeling indeling, DateOnly indelingOp)
    {
        var naam = Path.GetFileName(bestandsnaam);
        if (Formaat(naam) == Bestandsformaat.Csv) return Lees(RuwBestand.UitCsv(DelimitedFile.Read(stream, naam)), indeling, indelingOp);
        if (stream.CanSeek) return Lees(RuwBestand.UitXlsx(stream, naam), indeling, indelingOp);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return Lees(RuwBestand.UitXlsx(buffer, naam), indeling, indelingOp);
    }

    private static Bestandsformaat Formaat(string naam)
    {
        if (Bestandsformaten.UitBestandsnaam(naam) is { } f) return f;
        var extensie = Path.GetExtension(naam).ToLowerInvariant();
        throw ImportException.Single(naam, 0, extensie switch
        {
            ".xls" => "dit is het oude Excel-formaat (.xls), dat niet wordt gelezen. Sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)' of als 'CSV UTF-8', en lees dat bestand in.",
            ".ods" => "dit is een OpenDocument-rekenblad (.ods), dat niet wordt gelezen. Sla het op als Excel-werkmap (.xlsx) of als CSV (UTF-8), en lees dat bestand in.",
            "" => "het bestand heeft geen extensie, zodat niet vast te stellen is of het CSV of Excel is. Geef het de extensie .csv of .xlsx.",
            _ => $"bestanden met de extensie '{extensie}' worden niet gelezen. Gebruik een CSV-bestand (.csv of .txt) of een Excel-werkmap (.xlsx).",
        });
    }

    private static LocatieImport Lees(RuwBestand bestand, GemeentelijkeIndeling indeling, DateOnly indelingOp) =>
        new Lezer(bestand, indeling, indelingOp).Lees();

    /// <summary>Reads one table; one instance per file.</summary>
    private sealed class Lezer
    {
        private readonly RuwBestand _bestand;
        private readonly GemeentelijkeIndeling _indeling;
        private readonly DateOnly _op;
        private readonly Dictionary<GemeenteCode, Gemeente> _gemeenten;
        private readonly List<ImportIssue> _problemen;
        private readonly Dictionary<string, int> _kolom = new(StringComparer.Ordinal);

        public Lezer(RuwBestand bestand, GemeentelijkeIndeling indeling, DateOnly op)
        {
            _bestand = bestand;
            _indeling = indeling;
            _op = op;
            _gemeenten = indeling.OpDatum(op).ToDictionary(g => g.Code);
            _problemen = [.. bestand.Problemen];
        }

        public LocatieImport Lees()
        {
            if (_bestand.Kop.Count == 0) Gooi();
            if (_gemeenten.Count == 0)
            {
                Bestand($"de gemeentelijke indeling kent geen gemeenten op {LocatieWaarden.Datum(_op)}. Kies een datum waarop de indeling bekend is.");
                Gooi();
            }

            var genegeerd = LeesKop();
            if (_problemen.Count > 0 && _problemen.Any(p => p.Line == _bestand.KopRegel || p.Line == 0)) Gooi();

            var locaties = new List<Locatie>(_bestand.Rijen.Count);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var rijen = 0;
            foreach (var rij in _bestand.Rijen)
            {
                if (_kolom.Values.All(i => rij[i].IsLeeg)) continue; // only skipped columns filled in
                rijen++;
                if (LeesRij(rij, ids) is { } locatie) locaties.Add(locatie);
            }

            if (rijen == 0 && _problemen.Count == 0)
                Regel(_bestand.KopRegel,
                    "het bestand bevat alleen een kopregel en geen locaties. Zet onder de kopregel een regel per locatie. " +
                    "(Een bestand zonder locaties wordt nooit ingelezen, omdat het bij een volledige import het hele register zou leegmaken.)");

            Gooi(alleenAlsNodig: true);
            return new LocatieImport(locaties, _bestand.Bestand, _bestand.Formaat, _bestand.Werkblad,
                _kolom.OrderBy(kv => kv.Value).ToDictionary(kv => kv.Key, kv => _bestand.Kop[kv.Value], StringComparer.Ordinal),
                genegeerd);
        }

        // ---- header ----

        private List<string> LeesKop()
        {
            var kop = _bestand.Kop;
            var canoniek = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var alias = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var genegeerd = new List<int>();
            for (var i = 0; i < kop.Count; i++)
            {
                var sleutel = LocatieKolommen.Sleutel(kop[i]);
                if (sleutel.Length == 0)
                {
                    if (kop[i].Length > 0) genegeerd.Add(i);
                    continue;
                }
                var kolom = LocatieKolommen.Alle.FirstOrDefault(k => LocatieKolommen.Sleutel(k.Naam) == sleutel);
                if (kolom is not null)
                {
                    Voeg(canoniek, kolom.Naam, i);
                    continue;
                }
                kolom = LocatieKolommen.Alle.FirstOrDefault(k => k.Aliassen.Any(a => LocatieKolommen.Sleutel(a) == sleutel));
                if (kolom is not null)
                {
                    Voeg(alias, kolom.Naam, i);
                    continue;
                }
                if (LijktOp(sleutel) is { } bedoeld)
                    Kop(i, $"de kolom '{kop[i]}' wordt niet herkend, maar lijkt op '{bedoeld}'. Noem de kolom '{bedoeld}' (of, als het een andere kolom is, geef haar een naam die daar niet op lijkt).");
                else genegeerd.Add(i);
            }

            foreach (var kolom in LocatieKolommen.Alle)
            {
                if (canoniek.TryGetValue(kolom.Naam, out var eigen))
                {
                    _kolom[kolom.Naam] = eigen[0];
                    foreach (var dubbel in eigen.Skip(1))
                        Kop(dubbel, $"de kolom '{kolom.Naam}' staat meer dan eens in de kopregel ({Kolomlijst(eigen)}). Laat één kolom '{kolom.Naam}' staan.");
                    // With the real name present, an alias column is something else (e.g. 'gemeente' with names next to 'gemeentecode').
                    if (alias.TryGetValue(kolom.Naam, out var overbodig)) genegeerd.AddRange(overbodig);
                }
                else if (alias.TryGetValue(kolom.Naam, out var andere))
                {
                    _kolom[kolom.Naam] = andere[0];
                    foreach (var dubbel in andere.Skip(1))
                        Kop(dubbel, $"de kolommen {Kolomlijst(andere)} betekenen allebei '{kolom.Naam}', zodat niet vast te stellen is welke bedoeld is. " +
                                    $"Noem de bedoelde kolom '{kolom.Naam}' (de andere wordt dan overgeslagen), of verwijder er één.");
                }
                else if (kolom.Verplicht)
                {
                    var ook = kolom.Aliassen.Count == 0 ? "" : $" (ook herkend als: {string.Join(", ", kolom.Aliassen)})";
                    Regel(_bestand.KopRegel,
                        $"de verplichte kolom '{kolom.Naam}'{ook} ontbreekt. Gevonden kolommen: {IssueList.Kolommen(kop)}. " +
                        "Voeg de kolom toe, of begin met het sjabloon (spreiding locaties sjabloon --formaat xlsx)." +
                        (kop.Count == 1 && _bestand.Formaat == Bestandsformaat.Csv ? " Er is maar één kolom gevonden: scheid de kolommen met een puntkomma of komma." : ""));
                }
            }
            return genegeerd.Order().Select(i => kop[i]).ToList();
        }

        private static void Voeg(Dictionary<string, List<int>> d, string naam, int i)
        {
            if (!d.TryGetValue(naam, out var lijst)) d[naam] = lijst = [];
            lijst.Add(i);
        }

        private string Kolomlijst(List<int> indices) =>
            string.Join(" en ", indices.Select(i => $"'{_bestand.Kop[i]}' in kolom {Nr(i + 1)}"));

        /// <summary>A location column whose header differs from <paramref name="sleutel"/> by one letter (a typo), or null.</summary>
        private static string? LijktOp(string sleutel)
        {
            if (sleutel.Length < 5) return null;
            foreach (var kolom in LocatieKolommen.Alle)
                foreach (var naam in kolom.Aliassen.Prepend(kolom.Naam))
                    if (Afstand(sleutel, LocatieKolommen.Sleutel(naam)) <= 1) return kolom.Naam;
            return null;
        }

        private static int Afstand(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 1) return 2;
            var vorige = Enumerable.Range(0, b.Length + 1).ToArray();
            var huidige = new int[b.Length + 1];
            for (var i = 1; i <= a.Length; i++)
            {
                huidige[0] = i;
                for (var j = 1; j <= b.Length; j++)
                    huidige[j] = Math.Min(Math.Min(vorige[j] + 1, huidige[j - 1] + 1), vorige[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                (vorige, huidige) = (huidige, vorige);
            }
            return vorige[b.Length];
        }

        // ---- rows ----

        private Locatie? LeesRij(RuweRij rij, Dictionary<string, int> ids)
        {
            var voor = _problemen.Count;
            foreach (var i in _kolom.Values)
                if (rij[i].Fout is { } fout) Cel(rij, i, fout);
            if (_problemen.Count > voor) return null;

            var id = Tekst(rij, LocatieKolommen.Id);
            if (id is null)
                Cel(rij, LocatieKolommen.Id, "er is geen id ingevuld. Geef elke locatie een eigen id, bijvoorbeeld het locatienummer van het COA; het id blijft bij elke import gelijk.");
            else if (ids.TryGetValue(id, out var eerder))
                Cel(rij, LocatieKolommen.Id,
                    $"het id '{id}' komt twee keer voor: op regel {Nr(eerder)} en op regel {Nr(rij.Regel)}. " +
                    "Geef elke locatie een eigen id, of verwijder de dubbele regel.");
            else ids[id] = rij.Regel;

            var naam = Tekst(rij, LocatieKolommen.Naam);
            if (naam is null) Cel(rij, LocatieKolommen.Naam, "er is geen naam ingevuld. Vul de naam van de locatie in.");

            var gemeente = Gemeente(rij);
            var plaatsen = Geheel(rij, LocatieKolommen.Plaatsen, "het aantal plaatsen", verplicht: true);
            var amv = Geheel(rij, LocatieKolommen.AmvPlaatsen, "het aantal amv-plaatsen", verplicht: false);
            var soort = Keuze<LocatieSoort>(rij, LocatieKolommen.Soort, "soort", LocatieKolommen.SoortenLijst, LocatieWaarden.TryParseSoort);
            var fase = Keuze<LocatieFase>(rij, LocatieKolommen.Fase, "fase", LocatieKolommen.FasenLijst, LocatieWaarden.TryParseFase);
            var begin = Datum(rij, LocatieKolommen.Begindatum, out var beginOk);
            var eind = Datum(rij, LocatieKolommen.Einddatum, out var eindOk);
            var getekend = JaNee(rij, LocatieKolommen.BoGetekend);
            var boDatum = Datum(rij, LocatieKolommen.BoDatum, out var boDatumOk);
            var boEind = Datum(rij, LocatieKolommen.BoEinddatum, out var boEindOk);
            var bron = Tekst(rij, LocatieKolommen.Bron);
            var opmerkingen = Tekst(rij, LocatieKolommen.Opmerkingen);

            if (id is null || naam is null || gemeente is null || plaatsen is null || amv is null || soort is null || fase is null
                || !beginOk || !eindOk || getekend is null || !boDatumOk || !boEindOk)
                return null;

            var locatie = new Locatie(id, naam, gemeente.Code, plaatsen.Value, amv.Value, soort.Value, fase.Value, begin, eind,
                new Bestuursovereenkomst(getekend.Value, boDatum, boEind), bron, opmerkingen);
            ControleerRecord(rij, locatie);
            return _problemen.Count > voor ? null : locatie;
        }

        /// <summary>
        /// The record's own checks (<see cref="Locatie.Problemen"/>), each reported at the column it is about: the
        /// first column whose value, replaced by a harmless one, makes the problem go away.
        /// </summary>
        private void ControleerRecord(RuweRij rij, Locatie locatie)
        {
            var problemen = locatie.Problemen();
            if (problemen.Count == 0) return;
            foreach (var probleem in problemen)
            {
                var kolom = Neutraal.FirstOrDefault(n => !n.Maak(locatie).Problemen().Contains(probleem));
                if (kolom.Kolom is { } naam && _kolom.ContainsKey(naam))
                    Cel(rij, naam, probleem + ". " + kolom.Advies);
                else
                    Regel(rij.Regel, probleem + ". Controleer de gegevens op deze regel.");
            }
        }

        private static readonly (string Kolom, Func<Locatie, Locatie> Maak, string Advies)[] Neutraal =
        [
            (LocatieKolommen.Id, l => l with { Id = "x" }, "Vul een id in."),
            (LocatieKolommen.Naam, l => l with { Naam = "x" }, "Vul de naam van de locatie in."),
            (LocatieKolommen.AmvPlaatsen, l => l with { AmvPlaatsen = 0 },
                "De amv-plaatsen zijn een deel van de plaatsen: vul een geheel getal in van 0 of meer en niet meer dan het aantal plaatsen."),
            (LocatieKolommen.Plaatsen, l => l with { Plaatsen = int.MaxValue }, "Vul de capaciteit in als geheel getal van 0 of meer."),
            (LocatieKolommen.Einddatum, l => l with { Einddatum = null },
                "Controleer de begin- en einddatum; de einddatum is de laatste dag van gebruik. Laat de einddatum leeg als die niet vastligt."),
            (LocatieKolommen.Begindatum, l => l with { Begindatum = null }, "Controleer de begin- en einddatum."),
            (LocatieKolommen.BoEinddatum, l => l with { Bestuursovereenkomst = l.Bestuursovereenkomst with { Einddatum = null } },
                "Controleer bo_datum en bo_einddatum; bo_einddatum is de laatste dag die de bestuursovereenkomst dekt."),
            (LocatieKolommen.BoDatum, l => l with { Bestuursovereenkomst = l.Bestuursovereenkomst with { Datum = null } },
                "Controleer bo_datum en bo_einddatum."),
        ];

        private string? Tekst(RuweRij rij, string kolom) =>
            _kolom.TryGetValue(kolom, out var i) && rij[i].Tekst is { Length: > 0 } t ? t : null;

        private Gemeente? Gemeente(RuweRij rij)
        {
            const string k = LocatieKolommen.Gemeentecode;
            var cel = rij[_kolom[k]];
            var tekst = cel.Tekst;
            if (tekst.Length == 0)
            {
                Cel(rij, k, "er is geen gemeentecode ingevuld. Vul de CBS-code in van de gemeente waarin de locatie ligt, bijvoorbeeld GM0363.");
                return null;
            }
            if (cel.Waarde is double d && d == Math.Floor(d) && d is >= 1 and <= 9999)
                tekst = d.ToString("0", CultureInfo.InvariantCulture);
            if (!GemeenteCode.TryParse(tekst, out var code))
            {
                var opNaam = _gemeenten.Values.Where(g =>
                    string.Equals(g.Naam, tekst, StringComparison.OrdinalIgnoreCase) || string.Equals(g.CbsRegionaam, tekst, StringComparison.OrdinalIgnoreCase)).ToList();
                Cel(rij, k, opNaam.Count == 1
                    ? $"'{Kort(tekst)}' is een gemeentenaam, geen gemeentecode. Vul de CBS-code in: {opNaam[0].Code} voor {opNaam[0].Naam}."
                    : $"'{Kort(tekst)}' is geen gemeentecode. Vul de CBS-code van de gemeente in, bijvoorbeeld GM0363 of 0363 (de lijst staat bij het CBS: Gemeentelijke indeling).");
                return null;
            }
            if (_gemeenten.TryGetValue(code, out var gemeente)) return gemeente;
            var ooit = _indeling.Alle.Where(g => g.Code == code).ToList();
            var vervallen = ooit.LastOrDefault(g => g.GeldigTot is { } tot && tot <= _op);
            var later = ooit.FirstOrDefault(g => g.GeldigVanaf > _op);
            Cel(rij, k, vervallen is not null
                ? $"{code} ({vervallen.Naam}) bestaat niet meer in de gemeentelijke indeling op {LocatieWaarden.Datum(_op)}: de gemeente is per {LocatieWaarden.Datum(vervallen.GeldigTot!.Value)} opgeheven. Vul de code in van de gemeente waarin zij is opgegaan."
                : later is not null
                    ? $"{code} ({later.Naam}) bestaat pas vanaf {LocatieWaarden.Datum(later.GeldigVanaf)}, niet in de gemeentelijke indeling op {LocatieWaarden.Datum(_op)}. Vul de code in van de gemeente op die datum."
                    : $"{code} is geen gemeente in de gemeentelijke indeling op {LocatieWaarden.Datum(_op)}. Controleer de code (de lijst staat bij het CBS: Gemeentelijke indeling).");
            return null;
        }

        private int? Geheel(RuweRij rij, string kolom, string wat, bool verplicht)
        {
            if (!_kolom.TryGetValue(kolom, out var i)) return 0;
            var cel = rij[i];
            switch (cel.Waarde)
            {
                case double d:
                    if (d != Math.Floor(d))
                    {
                        Cel(rij, kolom, $"'{cel.Tekst}' is geen geheel getal. Vul {wat} in als geheel getal, bijvoorbeeld 400.");
                        return null;
                    }
                    if (d is > int.MaxValue or < int.MinValue)
                    {
                        Cel(rij, kolom, $"'{cel.Tekst}' is te groot voor {wat}. Controleer het getal.");
                        return null;
                    }
                    return (int)d; // a negative number is reported by the record's own checks
                case DateTime:
                    Cel(rij, kolom, $"de cel is een datum ({cel.Tekst}), geen getal. Vul {wat} in als geheel getal en maak van de cel een getal- of standaardcel.");
                    return null;
                case bool or TimeSpan:
                    Cel(rij, kolom, $"'{cel.Tekst}' is geen getal. Vul {wat} in als geheel getal, bijvoorbeeld 400.");
                    return null;
            }
            var tekst = cel.Tekst;
            var uitkomst = Numbers.ParseInteger(tekst, _bestand.DuizendtalPunt, out var waarde);
            if (uitkomst == NumberOutcome.Negative)
            {
                uitkomst = Numbers.ParseInteger(tekst[1..], _bestand.DuizendtalPunt, out waarde);
                waarde = -waarde; // reported by the record's own checks, at this column
            }
            switch (uitkomst)
            {
                case NumberOutcome.Ok:
                    return waarde;
                case NumberOutcome.Empty when !verplicht:
                    return 0;
                case NumberOutcome.Empty:
                    Cel(rij, kolom, $"er is geen waarde ingevuld voor {wat}. Vul een geheel getal in (0 als er (nog) geen plaatsen zijn).");
                    return null;
                case NumberOutcome.TooLarge:
                    Cel(rij, kolom, $"'{Kort(tekst)}' is te groot voor {wat}. Controleer het getal.");
                    return null;
                default:
                    Cel(rij, kolom, $"'{Kort(tekst)}' is geen geheel getal. Vul {wat} in als geheel getal zonder tekst, spaties of decimalen, bijvoorbeeld 400" +
                                    (_bestand.DuizendtalPunt ? " (een punt mag alleen tussen groepen van drie cijfers staan, zoals 1.200)." : "."));
                    return null;
            }
        }

        private delegate bool Parser<T>(string tekst, out T waarde);

        private T? Keuze<T>(RuweRij rij, string kolom, string wat, string lijst, Parser<T> parse) where T : struct
        {
            var tekst = rij[_kolom[kolom]].Tekst;
            if (tekst.Length == 0)
            {
                Cel(rij, kolom, $"er is geen {wat} ingevuld. Kies een van: {lijst}.");
                return null;
            }
            if (parse(tekst, out var waarde)) return waarde;
            Cel(rij, kolom, $"'{Kort(tekst)}' is geen bekende {wat}. Kies een van: {lijst}.");
            return null;
        }

        private DateOnly? Datum(RuweRij rij, string kolom, out bool ok)
        {
            ok = true;
            if (!_kolom.TryGetValue(kolom, out var i)) return null;
            var cel = rij[i];
            switch (cel.Waarde)
            {
                case DateTime dt:
                    return DateOnly.FromDateTime(dt);
                case double:
                    ok = false;
                    Cel(rij, kolom, $"'{cel.Tekst}' is een getal, geen datum. Maak van de cel een datumcel (Celeigenschappen > Datum), of schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2024-03-01.");
                    return null;
                case bool or TimeSpan:
                    ok = false;
                    Cel(rij, kolom, $"'{cel.Tekst}' is geen datum. Schrijf de datum als JJJJ-MM-DD (2024-03-01) of DD-MM-JJJJ (01-03-2024), of laat de cel leeg als de datum onbekend is.");
                    return null;
            }
            if (cel.Tekst.Length == 0) return null;
            if (LocatieWaarden.TryParseDatum(cel.Tekst, out var datum)) return datum;
            ok = false;
            Cel(rij, kolom, $"'{Kort(cel.Tekst)}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD (2024-03-01) of DD-MM-JJJJ (01-03-2024), of laat de cel leeg als de datum onbekend is.");
            return null;
        }

        private bool? JaNee(RuweRij rij, string kolom)
        {
            if (!_kolom.TryGetValue(kolom, out var i)) return false;
            var cel = rij[i];
            switch (cel.Waarde)
            {
                case bool b:
                    return b;
                case double d when d is 0 or 1:
                    return d == 1;
            }
            if (cel.Tekst.Length == 0) return false;
            if (cel.Waarde is not (DateTime or TimeSpan or double) && LocatieWaarden.TryParseJaNee(cel.Tekst, out var waarde)) return waarde;
            Cel(rij, kolom, $"'{Kort(cel.Tekst)}' is geen ja of nee. Vul ja of nee in (ook goed: true/false of 1/0); leeg betekent nee.");
            return null;
        }

        // ---- issues ----

        private void Cel(RuweRij rij, string kolom, string bericht) => Cel(rij, _kolom[kolom], bericht);

        private void Cel(RuweRij rij, int index, string bericht) =>
            _problemen.Add(new ImportIssue(_bestand.Bestand, rij.Regel, index + 1, _bestand.Kop[index], rij[index].Tekst, bericht));

        private void Kop(int index, string bericht) =>
            _problemen.Add(new ImportIssue(_bestand.Bestand, _bestand.KopRegel, index + 1, _bestand.Kop[index], _bestand.Kop[index], bericht));

        private void Regel(int regel, string bericht) => _problemen.Add(new ImportIssue(_bestand.Bestand, regel, null, null, null, bericht));

        private void Bestand(string bericht) => _problemen.Add(new ImportIssue(_bestand.Bestand, 0, null, null, null, bericht));

        private void Gooi(bool alleenAlsNodig = false)
        {
            if (alleenAlsNodig && _problemen.Count == 0) return;
            if (_problemen.Count == 0) Bestand("het bestand kan niet als locatiebestand worden gelezen.");
            throw new ImportException(_problemen
                .OrderBy(p => p.Line == 0 ? int.MaxValue : p.Line)
                .ThenBy(p => p.Column ?? 0)
                .ToList());
        }

        private static string Nr(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string Kort(string tekst) => tekst.Length <= 60 ? tekst : tekst[..57] + "...";
    }
}
