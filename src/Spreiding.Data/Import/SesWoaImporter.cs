using System.Globalization;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Import;

/// <summary>The result of a SES-WOA import.</summary>
/// <param name="SesWoa">The scores found; its Periode is the period without '*', its Bron names the file and format.</param>
/// <param name="Format">The layout recognised from the header; <c>Format.Omschrijving()</c> describes it in Dutch.</param>
/// <param name="RowsRead">Non-blank data lines read (the header not counted).</param>
/// <param name="RowsSkipped">Lines not taken: other regions (Nederland, wijken, buurten, ...) and municipalities without a score ('.').</param>
/// <param name="Ontbrekend">Municipalities of the division on the peildatum that have no score in the file, ordered by code.</param>
/// <param name="Warnings">Dutch notes that did not stop the import.</param>
public sealed record SesWoaImport(
    SesWoa SesWoa,
    ImportFormaat Format,
    int RowsRead,
    int RowsSkipped,
    IReadOnlyList<GemeenteCode> Ontbrekend,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when CBS marks the period as provisional ("2022*"), in the file or in the period passed in.</summary>
    public bool Voorlopig { get; init; }

    /// <summary>Municipalities that are in the file but whose score CBS suppressed ('.', 'x' or empty); they are also in <see cref="Ontbrekend"/>.</summary>
    public IReadOnlyList<GemeenteCode> ZonderScore { get; init; } = [];
}

/// <summary>
/// Reads SES-WOA total scores per municipality. Formats, recognised from the header line:
/// <list type="number">
/// <item>plain: <c>gemeentecode;ses_woa</c> (or comma/tab; <c>ses_woa_score</c> also accepted), decimal point, or
/// decimal comma when the delimiter is a semicolon or tab;</item>
/// <item>a CBS StatLine CSV download of 85900NED, 86092NED, 85163NED or 85539NED: region codes from
/// <c>Regiocode (gemeente, wijk, buurt) (code)</c>, score from <c>SES-WOA/Totaalscore/Gemiddelde score (Getal)</c>,
/// period from <c>Perioden</c>;</item>
/// <item>a CBS OData export of those tables: <c>WijkenEnBuurten</c>, <c>Perioden</c>, <c>GemiddeldeScore_29</c>.</item>
/// </list>
/// Only rows whose region code starts with GM are taken; WK/BU and other region rows are skipped. A file may be
/// partial (<see cref="SesWoaImport.Ontbrekend"/>); a suppressed score ('.', 'x' or empty) counts as missing.
/// Unknown codes, duplicates, text in the score column and files without any score are refused, all problems
/// together, as an <see cref="ImportException"/>.
/// <para>Period: from the <c>Perioden</c> column when the file has one (all rows must share one period; a trailing
/// '*' sets <see cref="SesWoaImport.Voorlopig"/>), otherwise the <c>periode</c> argument; when both are given they
/// must agree, and when neither is, the file is refused.</para>
/// </summary>
public static class SesWoaImporter
{
    private const string CbsAttributie = "CBS, CC BY 4.0";

    /// <param name="peildatum">Selects the municipalities of <paramref name="indeling"/> the codes are checked against.</param>
    /// <param name="periode">The period the scores describe (e.g. "2022"), for files without a Perioden column.</param>
    public static SesWoaImport Read(string path, GemeentelijkeIndeling indeling, DateOnly peildatum, string? periode = null) =>
        Read(DelimitedFile.Read(path), indeling, peildatum, periode);

    public static SesWoaImport Read(Stream stream, string fileName, GemeentelijkeIndeling indeling, DateOnly peildatum, string? periode = null) =>
        Read(DelimitedFile.Read(stream, fileName), indeling, peildatum, periode);

    public static SesWoaImport Read(TextReader reader, string fileName, GemeentelijkeIndeling indeling, DateOnly peildatum, string? periode = null) =>
        Read(DelimitedFile.Read(reader, fileName), indeling, peildatum, periode);

    public static SesWoaImport Read(DelimitedFile file, GemeentelijkeIndeling indeling, DateOnly peildatum, string? periode = null)
    {
        var issues = new IssueList(file);
        if (file.Header.Count == 0) issues.ThrowIfAny();

        var zoeker = new GemeenteZoeker(indeling, peildatum);
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
        var (periodeTekst, voorlopig) = ResolvePeriod(file, l, periode, issues);
        if (issues.Count > before && l.PeriodeKolom is not null) issues.ThrowIfAny(); // several periods or a conflict: the rows are not what was meant

        var cbs = l.Formaat != ImportFormaat.Eenvoudig;
        var scores = new Dictionary<GemeenteCode, decimal>();
        var firstLine = new Dictionary<GemeenteCode, int>();
        var zonderScore = new List<GemeenteCode>();
        var warnings = new List<string>();
        var skipped = 0;
        char? mark = null;
        var markLine = 0;

        foreach (var row in file.Rows)
        {
            var cell = row[l.RegioKolom];
            var regio = cbs ? zoeker.ZoekRegio(cell, namenToegestaan: false) : zoeker.ZoekCode(cell);
            if (regio.Soort == RegioSoort.AndereRegio)
            {
                skipped++;
                continue;
            }
            if (regio.Soort != RegioSoort.Gemeente)
                issues.Cell(row, l.RegioKolom, BevolkingImporter.RegioMessage(regio, cell, cbs, peildatum));

            var gemeente = regio.Gemeente;
            if (gemeente is not null)
            {
                if (firstLine.TryGetValue(gemeente.Code, out var earlier))
                {
                    issues.Cell(row, l.RegioKolom,
                        $"{gemeente.Naam} ({gemeente.Code}) staat twee keer in het bestand: op regel {earlier.ToString(CultureInfo.InvariantCulture)} en op regel {row.Line.ToString(CultureInfo.InvariantCulture)}. " +
                        "Laat één regel per gemeente staan.");
                    gemeente = null;
                }
                else firstLine[gemeente.Code] = row.Line;
            }

            var value = row[l.WaardeKolom];
            var markBefore = mark;
            var outcome = Numbers.ParseDecimal(value, file.Delimiter, ref mark, out var score);
            if (markBefore is null && mark is not null) markLine = row.Line;
            switch (outcome)
            {
                case NumberOutcome.Ok:
                    if (gemeente is not null)
                    {
                        scores[gemeente.Code] = score;
                        if (Math.Abs(score) > 5m)
                            warnings.Add($"{gemeente.Naam} ({gemeente.Code}) heeft score {value} (regel {row.Line.ToString(CultureInfo.InvariantCulture)}); SES-WOA-scores liggen meestal tussen -1 en 1. Controleer of dit de kolom met de totaalscore is.");
                    }
                    break;
                case NumberOutcome.Empty or NumberOutcome.Suppressed:
                    skipped++;
                    if (gemeente is not null) zonderScore.Add(gemeente.Code);
                    break;
                default:
                    issues.Cell(row, l.WaardeKolom, DecimalMessage(outcome, value, mark, markLine));
                    break;
            }
        }

        if (scores.Count == 0 && issues.Count == 0)
            issues.File(firstLine.Count == 0
                ? "het bestand bevat geen enkele gemeente (alleen andere regio's, zoals wijken en buurten). Kies in StatLine ook de gemeenten (regiocode GM...) en download het bestand opnieuw."
                : "geen enkele gemeente in het bestand heeft een SES-WOA-score (alle waarden zijn '.' of leeg). Gebruik een tabel of periode waarin de scores gepubliceerd zijn.");

        issues.ThrowIfAny();

        var tabel = CbsKolommen.TabelUitBestandsnaam(file.FileName);
        var bron = cbs
            ? new Bron($"{file.FileName} ({l.Formaat.Omschrijving()}{(tabel is null ? "" : " " + tabel)})", CbsAttributie,
                tabel is null ? null : "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/" + tabel)
            : new Bron($"{file.FileName} ({l.Formaat.Omschrijving()}: gemeentecode, ses_woa)", "eigen bestand van de gebruiker");
        var sesWoa = new SesWoa(periodeTekst!, bron, scores);
        var ontbrekend = sesWoa.Ontbrekend(zoeker.Gemeenten);
        return new SesWoaImport(sesWoa, l.Formaat, file.Rows.Count, skipped, ontbrekend, warnings)
        {
            Voorlopig = voorlopig,
            ZonderScore = zonderScore.Order().ToList(),
        };
    }

    private static (string? Periode, bool Voorlopig) ResolvePeriod(DelimitedFile file, Layout l, string? given, IssueList issues)
    {
        var fromFile = Perioden.Enige(file, l.PeriodeKolom, issues);
        (string Periode, bool Voorlopig)? fromCaller = string.IsNullOrWhiteSpace(given) ? null : CbsKolommen.NormaliseerPeriode(given);
        if (fromFile is { } f)
        {
            if (fromCaller is { } c && !string.Equals(c.Periode, f.Periode, StringComparison.OrdinalIgnoreCase))
            {
                var row = file.Rows.First(r => r[l.PeriodeKolom!.Value].Length > 0);
                issues.Cell(row, l.PeriodeKolom!.Value,
                    $"het bestand gaat over periode {f.Periode}, maar opgegeven is periode {c.Periode}. Geef de periode van het bestand op, of kies het bestand van periode {c.Periode}.");
            }
            return (f.Periode, f.Voorlopig || fromCaller is { Voorlopig: true });
        }
        if (fromCaller is { } only) return only;
        issues.File("het bestand heeft geen kolom 'Perioden' en er is geen periode opgegeven. Geef op over welke periode de scores gaan, bijvoorbeeld 2022.");
        return (null, false);
    }

    private static Layout? DetectLayout(DelimitedFile file, IssueList issues)
    {
        var header = file.Header;
        var code = file.ColumnIndex("gemeentecode", "gemeente_code", "gm_code", "code");
        var plainValue = file.ColumnIndex("ses_woa", "ses-woa", "seswoa", "ses_woa_score");
        if (code >= 0 && plainValue >= 0) return new Layout(ImportFormaat.Eenvoudig, code, plainValue, null);

        if (CbsKolommen.IsLangeVorm(header))
        {
            issues.Line(file.HeaderLine,
                "dit is een bestand in de lange vorm van een CBS-datapakket (kolommen Measure en Value, zoals Observations.csv). " +
                "Download de tabel in StatLine als CSV, met de regio's in de rijen en het onderwerp 'SES-WOA, Totaalscore, Gemiddelde score'.");
            return null;
        }

        var candidates = Enumerable.Range(0, header.Count).Where(i => CbsKolommen.IsSesWoaTotaalscore(header[i])).ToList();
        if (candidates.Count > 1)
        {
            foreach (var i in candidates.Skip(1))
                issues.Header(i,
                    $"er zijn {candidates.Count.ToString(CultureInfo.InvariantCulture)} kolommen met een SES-WOA-totaalscore ({string.Join(", ", candidates.Select(c => "kolom " + (c + 1).ToString(CultureInfo.InvariantCulture)))}), zodat niet vast te stellen is welke bedoeld is. " +
                    "Download in StatLine alleen het onderwerp 'SES-WOA, Totaalscore, Gemiddelde score', en lees het bestand opnieuw in.");
            return null;
        }
        if (candidates.Count == 1)
        {
            var layout = Layout.Cbs(file, candidates[0], namenToegestaan: false);
            if (layout is not null) return layout;
            issues.Line(file.HeaderLine,
                $"de kolom met de SES-WOA-score is gevonden, maar geen kolom met regiocodes (Regiocode (gemeente, wijk, buurt) of WijkenEnBuurten). Gevonden kolommen: {IssueList.Kolommen(header)}. " +
                "Voeg in StatLine het onderwerp 'Regiocode (gemeente, wijk, buurt)' toe en download het bestand opnieuw.");
            return null;
        }

        if (code >= 0)
        {
            issues.Line(file.HeaderLine,
                $"de kolom 'ses_woa' ontbreekt. De kopregel moet 'gemeentecode{file.Delimiter}ses_woa' zijn; gevonden kolommen: {IssueList.Kolommen(header)}.");
            return null;
        }

        issues.Line(file.HeaderLine,
            $"de kopregel wordt niet herkend als SES-WOA-bestand. Gevonden kolommen: {IssueList.Kolommen(header)}. " +
            "Gebruik een bestand met de kopregel 'gemeentecode;ses_woa', of een CSV-download uit CBS StatLine (85900NED, 86092NED, 85163NED of 85539NED) met de regiocode en het onderwerp 'SES-WOA, Totaalscore, Gemiddelde score'." +
            (header.Count == 1 ? " Er is maar één kolom gevonden: scheid de kolommen met een puntkomma of komma." : ""));
        return null;
    }

    private static string DecimalMessage(NumberOutcome outcome, string cell, char? mark, int markLine) => outcome switch
    {
        NumberOutcome.CommaInCommaFile =>
            $"'{cell}' heeft een komma als decimaalteken, maar in dit bestand scheidt de komma de kolommen. " +
            "Gebruik een punt als decimaalteken (bijvoorbeeld -0.125), of een puntkomma als scheidingsteken.",
        NumberOutcome.OtherDecimalMark =>
            $"'{cell}' heeft een {(mark == ',' ? "punt" : "komma")} als decimaalteken, maar regel {markLine.ToString(CultureInfo.InvariantCulture)} een {(mark == ',' ? "komma" : "punt")}. " +
            "Gebruik in het hele bestand hetzelfde decimaalteken.",
        NumberOutcome.TooLarge => $"'{cell}' is te groot voor een SES-WOA-score. Controleer het getal.",
        _ => $"'{DelimitedFile.Shorten(cell)}' is geen getal. Vul een SES-WOA-score in, bijvoorbeeld -0.125 of 0,25, zonder spaties; laat de cel leeg of zet er een punt (.) als de score ontbreekt.",
    };
}
