using System.Globalization;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Import;

/// <summary>The result of a population import.</summary>
/// <param name="Bevolking">Inhabitants for every municipality of the division on the peildatum; its Bron names the file and format.</param>
/// <param name="Format">The layout recognised from the header; <c>Format.Omschrijving()</c> describes it in Dutch.</param>
/// <param name="RowsRead">Non-blank data lines read (the header not counted).</param>
/// <param name="RowsSkipped">Lines skipped because they are about another kind of region (Nederland, landsdeel, provincie, COROP, wijk, buurt).</param>
/// <param name="Warnings">Dutch notes that did not stop the import, e.g. a period that differs from the peildatum.</param>
public sealed record BevolkingImport(
    Bevolking Bevolking,
    ImportFormaat Format,
    int RowsRead,
    int RowsSkipped,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The CBS period in the file (e.g. "2023"), null when the file has no period column.</summary>
    public string? Periode { get; init; }
}

/// <summary>
/// Reads inhabitants per municipality. Formats, recognised from the header line:
/// <list type="number">
/// <item>plain: <c>gemeentecode;inwoners</c> (or comma/tab), codes <c>GM0363</c>, <c>0363</c> or <c>363</c>;
/// further columns (e.g. <c>gemeentenaam</c>) are ignored;</item>
/// <item>a CBS StatLine CSV download of a population table (03759ned, 70072ned, ...): region column
/// <c>Regio's</c>, <c>Regio's (code)</c> or <c>Regiocode ...</c>; value column <c>Bevolking op 1 januari (aantal)</c>
/// or <c>.../Totale bevolking (aantal)</c>; period column <c>Perioden</c> if any;</item>
/// <item>a CBS OData export: <c>RegioS</c> (padded codes), <c>Perioden</c> (<c>2023JJ00</c>),
/// <c>BevolkingOp1Januari_1</c> or <c>TotaleBevolking_1</c>.</item>
/// </list>
/// In CBS files, regions may be codes or CBS names; rows about Nederland, landsdelen (LD), provinces (PV), COROP
/// areas (CR), wijken, buurten or other non-GM codes are skipped and counted. Everything else must be right:
/// every municipality of the division on the peildatum exactly once, each with a non-negative whole number.
/// All problems are collected and thrown together as an <see cref="ImportException"/>; nothing is returned then.
/// </summary>
public static class BevolkingImporter
{
    private const string CbsAttributie = "CBS, CC BY 4.0";

    public static BevolkingImport Read(string path, GemeentelijkeIndeling indeling, DateOnly peildatum) =>
        Read(DelimitedFile.Read(path), indeling, peildatum);

    /// <summary>Reads from a stream of UTF-8 text (with or without BOM); <paramref name="fileName"/> is used in messages.</summary>
    public static BevolkingImport Read(Stream stream, string fileName, GemeentelijkeIndeling indeling, DateOnly peildatum) =>
        Read(DelimitedFile.Read(stream, fileName), indeling, peildatum);

    public static BevolkingImport Read(TextReader reader, string fileName, GemeentelijkeIndeling indeling, DateOnly peildatum) =>
        Read(DelimitedFile.Read(reader, fileName), indeling, peildatum);

    public static BevolkingImport Read(DelimitedFile file, GemeentelijkeIndeling indeling, DateOnly peildatum)
    {
        var issues = new IssueList(file);
        if (file.Header.Count == 0) issues.ThrowIfAny();

        var zoeker = new GemeenteZoeker(indeling, peildatum);
        if (zoeker.Gemeenten.Count == 0)
        {
            issues.File($"de gemeentelijke indeling kent geen gemeenten op {IssueList.Datum(peildatum)}. Kies een peildatum waarvoor de indeling bekend is.");
            issues.ThrowIfAny();
        }

        var layout = DetectLayout(file, issues);
        if (layout is null) issues.ThrowIfAny();
        var l = layout!;

        if (file.Rows.Count == 0)
        {
            if (file.Issues.Count == 0)
                issues.Line(file.HeaderLine, "het bestand bevat alleen een kopregel en geen gegevens. Voeg onder de kopregel een regel per gemeente toe.");
            issues.ThrowIfAny();
        }

        var before = issues.Count;
        var periode = Perioden.Enige(file, l.PeriodeKolom, issues);
        if (issues.Count > before) issues.ThrowIfAny(); // several periods: every municipality would be a duplicate
        var warnings = new List<string>();
        if (periode is { } p && CbsKolommen.Jaar(p.Periode) is { } jaar && jaar != peildatum.Year)
            warnings.Add($"Het bestand gaat over periode {p.Periode}, maar de peildatum is {IssueList.Datum(peildatum)}. Controleer of dit de bedoelde tabel is.");

        var cbs = l.Formaat != ImportFormaat.Eenvoudig;
        var grouping = file.UsesDecimalComma;
        var inwoners = new Dictionary<GemeenteCode, int>();
        var firstLine = new Dictionary<GemeenteCode, int>();
        var skipped = 0;

        foreach (var row in file.Rows)
        {
            var cell = row[l.RegioKolom];
            var regio = cbs ? zoeker.ZoekRegio(cell, namenToegestaan: true) : zoeker.ZoekCode(cell);
            if (regio.Soort == RegioSoort.AndereRegio)
            {
                skipped++;
                continue;
            }
            if (regio.Soort != RegioSoort.Gemeente)
                issues.Cell(row, l.RegioKolom, RegioMessage(regio, cell, cbs, zoeker.Peildatum));

            var gemeente = regio.Gemeente;
            if (gemeente is not null)
            {
                if (firstLine.TryGetValue(gemeente.Code, out var earlier))
                {
                    issues.Cell(row, l.RegioKolom,
                        $"{gemeente.Naam} ({gemeente.Code}) staat twee keer in het bestand: op regel {earlier.ToString(CultureInfo.InvariantCulture)} en op regel {row.Line.ToString(CultureInfo.InvariantCulture)}. " +
                        "Laat één regel per gemeente staan." +
                        (cbs && file.Header.Count > 3 ? " Bevat de download meerdere categorieën (bijvoorbeeld geslacht of leeftijd)? Filter dan in StatLine op het totaal." : ""));
                    gemeente = null;
                }
                else firstLine[gemeente.Code] = row.Line;
            }

            var outcome = Numbers.ParseInteger(row[l.WaardeKolom], grouping, out var value);
            if (outcome != NumberOutcome.Ok)
                issues.Cell(row, l.WaardeKolom, IntegerMessage(outcome, row[l.WaardeKolom], grouping));
            else if (gemeente is not null)
                inwoners[gemeente.Code] = value;
        }

        if (firstLine.Count == 0 && skipped > 0)
        {
            issues.File($"het bestand bevat geen enkele gemeente; {IssueList.Aantal(skipped, "regel gaat", "regels gaan")} over andere regio's (Nederland, landsdelen, provincies, COROP-gebieden, wijken of buurten) en {(skipped == 1 ? "is" : "zijn")} overgeslagen. " +
                "Kies in StatLine bij Regio's de gemeenten en download het bestand opnieuw.");
        }
        else
        {
            var missing = zoeker.Gemeenten.Where(g => !firstLine.ContainsKey(g.Code)).ToList();
            if (missing.Count > 0)
                issues.File($"{IssueList.Aantal(missing.Count, "gemeente", "gemeenten")} van de indeling op {IssueList.Datum(peildatum)} {(missing.Count == 1 ? "ontbreekt" : "ontbreken")}: {IssueList.Lijst(missing)}. " +
                    "Voeg voor elke gemeente een regel met het aantal inwoners toe.");
        }

        issues.ThrowIfAny();

        var tabel = CbsKolommen.TabelUitBestandsnaam(file.FileName);
        var bron = cbs
            ? new Bron($"{file.FileName} ({l.Formaat.Omschrijving()}{(tabel is null ? "" : " " + tabel)})", CbsAttributie,
                tabel is null ? null : "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/" + tabel)
            : new Bron($"{file.FileName} ({l.Formaat.Omschrijving()}: gemeentecode, inwoners)", "eigen bestand van de gebruiker");
        return new BevolkingImport(new Bevolking(peildatum, bron, inwoners), l.Formaat, file.Rows.Count, skipped, warnings)
        {
            Periode = periode?.Periode,
        };
    }

    private static Layout? DetectLayout(DelimitedFile file, IssueList issues)
    {
        var header = file.Header;
        var code = file.ColumnIndex("gemeentecode", "gemeente_code", "gm_code", "code");
        var plainValue = file.ColumnIndex("inwoners", "aantal_inwoners", "bevolking");
        if (code >= 0 && plainValue >= 0) return new Layout(ImportFormaat.Eenvoudig, code, plainValue, null);

        if (CbsKolommen.IsLangeVorm(header))
        {
            issues.Line(file.HeaderLine,
                "dit is een bestand in de lange vorm van een CBS-datapakket (kolommen Measure en Value, zoals Observations.csv). " +
                "Download de tabel in StatLine als CSV, met de regio's in de rijen en alleen het onderwerp 'Bevolking op 1 januari'.");
            return null;
        }

        var candidates = new List<int>();
        var otherUnit = new List<int>();
        for (var i = 0; i < header.Count; i++)
            if (CbsKolommen.IsBevolking(header[i], out var eenheid))
                (CbsKolommen.IsAantal(eenheid) ? candidates : otherUnit).Add(i);

        if (candidates.Count > 1)
        {
            foreach (var i in candidates.Skip(1))
                issues.Header(i,
                    $"er zijn {candidates.Count.ToString(CultureInfo.InvariantCulture)} kolommen met een aantal inwoners ({string.Join(", ", candidates.Select(c => "kolom " + (c + 1).ToString(CultureInfo.InvariantCulture)))}), zodat niet vast te stellen is welke bedoeld is. " +
                    "Download in StatLine alleen het onderwerp 'Bevolking op 1 januari' (of 'Totale bevolking'), en lees het bestand opnieuw in.");
            return null;
        }
        if (candidates.Count == 0 && otherUnit.Count > 0)
        {
            CbsKolommen.IsBevolking(header[otherUnit[0]], out var unit);
            issues.Header(otherUnit[0],
                $"deze kolom geeft de bevolking in '{unit}', niet als aantal personen. " +
                "Download een tabel met het aantal inwoners per gemeente (eenheid 'aantal'), bijvoorbeeld 03759ned of 70072ned.");
            return null;
        }

        if (candidates.Count == 1)
        {
            var layout = Layout.Cbs(file, candidates[0], namenToegestaan: true);
            if (layout is not null) return layout;
            issues.Line(file.HeaderLine,
                $"de kolom met het aantal inwoners is gevonden, maar geen kolom met de regio (Regio's, Regio's (code), Regiocode of RegioS). Gevonden kolommen: {IssueList.Kolommen(header)}. " +
                "Download het bestand opnieuw met de regio's in de rijen.");
            return null;
        }

        if (code >= 0)
        {
            issues.Line(file.HeaderLine,
                $"de kolom 'inwoners' ontbreekt. De kopregel moet 'gemeentecode{file.Delimiter}inwoners' zijn; gevonden kolommen: {IssueList.Kolommen(header)}.");
            return null;
        }

        issues.Line(file.HeaderLine,
            $"de kopregel wordt niet herkend als bevolkingsbestand. Gevonden kolommen: {IssueList.Kolommen(header)}. " +
            "Gebruik een bestand met de kopregel 'gemeentecode;inwoners', of een CSV-download uit CBS StatLine met de regio's en het onderwerp 'Bevolking op 1 januari (aantal)'." +
            (header.Count == 1 ? " Er is maar één kolom gevonden: scheid de kolommen met een puntkomma of komma." : ""));
        return null;
    }

    internal static string RegioMessage(RegioUitkomst regio, string cell, bool cbs, DateOnly peildatum) => regio.Soort switch
    {
        RegioSoort.Leeg => "er is geen gemeente ingevuld. Vul de gemeentecode in, bijvoorbeeld GM0363.",
        RegioSoort.OnbekendeGemeentecode =>
            $"{regio.Code} is geen gemeente in de gemeentelijke indeling op {IssueList.Datum(peildatum)}. " +
            "Controleer de code; is de gemeente opgeheven of samengevoegd, gebruik dan cijfers volgens de indeling van die datum.",
        RegioSoort.OnbekendeNaam =>
            $"'{DelimitedFile.Shorten(cell)}' is geen gemeente in de gemeentelijke indeling op {IssueList.Datum(peildatum)}. " +
            "Gebruik de naam zoals het CBS die schrijft (bijvoorbeeld 'Groningen (gemeente)') of de gemeentecode (GM0014).",
        RegioSoort.Dubbelzinnig =>
            $"'{DelimitedFile.Shorten(cell)}' past bij meer dan één gemeente. Gebruik de gemeentecode of de CBS-naam met toevoeging, bijvoorbeeld 'Hengelo (O.)'.",
        _ => cbs
            ? $"'{DelimitedFile.Shorten(cell)}' is geen regiocode. Gebruik de CBS-code, bijvoorbeeld GM0363."
            : $"'{DelimitedFile.Shorten(cell)}' is geen gemeentecode. Gebruik de CBS-code, bijvoorbeeld GM0363 of 0363.",
    };

    private static string IntegerMessage(NumberOutcome outcome, string cell, bool grouping) => outcome switch
    {
        NumberOutcome.Empty => "er is geen aantal inwoners ingevuld. Vul het aantal inwoners in.",
        NumberOutcome.Suppressed =>
            $"'{cell}' betekent bij het CBS dat het cijfer ontbreekt of geheim is; zonder aantal inwoners kan de gemeente niet meedoen. " +
            "Vul het aantal inwoners in, of gebruik een tabel waarin het wel staat.",
        NumberOutcome.Negative => $"'{cell}' is negatief. Een aantal inwoners kan niet negatief zijn; vul het juiste aantal in.",
        NumberOutcome.TooLarge => $"'{cell}' is te groot voor een aantal inwoners. Controleer het getal.",
        _ => $"'{DelimitedFile.Shorten(cell)}' is geen geheel getal. Vul een aantal inwoners in, zonder punten of spaties" +
             (grouping ? " (een punt mag alleen tussen groepen van drie cijfers staan, zoals 918.117)." : "."),
    };
}
