using System.Globalization;
using ClosedXML.Excel;
using Spreiding.Data.Import;

namespace Spreiding.Data.Locaties;

/// <summary>
/// One cell as read: its text (trimmed; for a typed spreadsheet cell an invariant rendering) and, for XLSX,
/// the typed value (<see cref="double"/>, <see cref="DateTime"/>, <see cref="bool"/>, <see cref="TimeSpan"/> or
/// <see cref="string"/>). <see cref="Fout"/> is set when the cell could not be read at all (a formula that
/// cannot be computed).
/// </summary>
internal readonly record struct Cel(string Tekst, object? Waarde = null, string? Fout = null)
{
    public static readonly Cel Leeg = new("");

    public bool IsLeeg => Fout is null && Tekst.Length == 0;
}

/// <summary>A data row with its physical line (CSV) or spreadsheet row number (XLSX).</summary>
internal sealed record RuweRij(int Regel, IReadOnlyList<Cel> Cellen)
{
    public Cel this[int index] => index < Cellen.Count ? Cellen[index] : Cel.Leeg;
}

/// <summary>
/// A table read from CSV or XLSX, before any meaning is given to it: header, rows of cells, and the structural
/// problems found while reading. Column <c>i</c> (0-based) is column number <c>i + 1</c> in the file.
/// </summary>
/// <param name="DuizendtalPunt">Whether a point between groups of three digits (<c>1.200</c>) may be read as a thousands separator.</param>
internal sealed record RuwBestand(
    string Bestand,
    Bestandsformaat Formaat,
    string? Werkblad,
    int KopRegel,
    IReadOnlyList<string> Kop,
    IReadOnlyList<RuweRij> Rijen,
    IReadOnlyList<ImportIssue> Problemen,
    bool DuizendtalPunt)
{
    private const string WatErInMoet =
        "Kies het juiste bestand: een kopregel (id, naam, gemeentecode, plaatsen, soort, fase, ...) en daaronder een regel per locatie.";

    private const string LeegBericht = "het bestand is leeg. " + WatErInMoet;

    public static RuwBestand UitCsv(DelimitedFile file)
    {
        var problemen = file.Issues.ToList();
        if (file.Header.Count == 0 && problemen is [{ Line: 0 }])
            problemen = [new ImportIssue(file.FileName, 0, null, null, null, LeegBericht)];
        var rijen = file.Rows
            .Select(r => new RuweRij(r.Line, r.Fields.Select(f => new Cel(f)).ToList()))
            .ToList();
        // Integers only in this file: with semicolons or tabs (Dutch Excel) 1.200 can only mean 1200;
        // with commas it could be an English decimal, so it is refused there.
        return new RuwBestand(file.FileName, Bestandsformaat.Csv, null, file.HeaderLine, file.Header, rijen, problemen,
            DuizendtalPunt: file.Delimiter != ',');
    }

    /// <summary>Reads the sheet "Locaties" (any case) if there is one, otherwise the first visible sheet.</summary>
    public static RuwBestand UitXlsx(Stream stream, string bestand)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception e)
        {
            throw ImportException.Single(bestand, 0,
                $"het bestand kan niet als Excel-werkmap (.xlsx) worden geopend ({e.Message.Trim()}). " +
                "Sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)' of als 'CSV UTF-8', zonder wachtwoord, en lees het opnieuw in.");
        }
        using (workbook)
        {
            var blad = workbook.Worksheets.FirstOrDefault(w => string.Equals(w.Name.Trim(), "Locaties", StringComparison.OrdinalIgnoreCase))
                       ?? workbook.Worksheets.FirstOrDefault(w => w.Visibility == XLWorksheetVisibility.Visible)
                       ?? workbook.Worksheets.FirstOrDefault();
            if (blad is null)
                return new RuwBestand(bestand, Bestandsformaat.Xlsx, null, 0, [], [], [new ImportIssue(bestand, 0, null, null, null, LeegBericht)], false);

            var kop = new List<string>();
            var kopRegel = 0;
            var rijen = new List<RuweRij>();
            foreach (var row in blad.RowsUsed())
            {
                if (kopRegel == 0)
                {
                    var cellen = row.CellsUsed().ToList();
                    var breedte = cellen.Count == 0 ? 0 : cellen.Max(c => c.Address.ColumnNumber);
                    var kopCellen = Enumerable.Range(1, breedte).Select(i => LeesCel(row.Cell(i))).ToList();
                    if (kopCellen.All(c => c.IsLeeg)) continue;
                    while (kopCellen.Count > 1 && kopCellen[^1].IsLeeg) kopCellen.RemoveAt(kopCellen.Count - 1);
                    kop = kopCellen.Select(c => c.Tekst).ToList();
                    kopRegel = row.RowNumber();
                    continue;
                }
                var rij = new Cel[kop.Count];
                var leeg = true;
                for (var i = 0; i < kop.Count; i++)
                {
                    rij[i] = LeesCel(row.Cell(i + 1));
                    if (!rij[i].IsLeeg) leeg = false;
                }
                if (!leeg) rijen.Add(new RuweRij(row.RowNumber(), rij));
            }
            if (kopRegel == 0)
                return new RuwBestand(bestand, Bestandsformaat.Xlsx, blad.Name, 0, [], [],
                    [new ImportIssue(bestand, 0, null, null, null, $"het werkblad '{blad.Name}' is leeg. " + WatErInMoet)], false);
            return new RuwBestand(bestand, Bestandsformaat.Xlsx, blad.Name, kopRegel, kop, rijen, [], false);
        }
    }

    private static Cel LeesCel(IXLCell cell)
    {
        object? waarde;
        try
        {
            waarde = cell.Value; // a formula is computed by ClosedXML
        }
        catch (Exception) when (cell.HasFormula)
        {
            waarde = cell.CachedValue; // what Excel computed when it saved the file
            if (waarde is null or "")
                return new Cel("=" + cell.FormulaA1.TrimStart('='), null,
                    "de formule in deze cel kan niet worden berekend. Vervang de formule door haar uitkomst (in Excel: Kopiëren, Plakken speciaal > Waarden).");
        }
        return waarde switch
        {
            null => Cel.Leeg,
            string s => new Cel(s.Trim(), s.Trim()),
            double d => new Cel(d.ToString("R", CultureInfo.InvariantCulture), d),
            DateTime dt => new Cel(dt.TimeOfDay == TimeSpan.Zero
                ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), dt),
            bool b => new Cel(b ? "WAAR" : "ONWAAR", b),
            TimeSpan t => new Cel(t.ToString("c", CultureInfo.InvariantCulture), t),
            IFormattable f => new Cel(f.ToString(null, CultureInfo.InvariantCulture).Trim(), f.ToString(null, CultureInfo.InvariantCulture).Trim()),
            _ => new Cel(waarde.ToString()?.Trim() ?? "", waarde.ToString()?.Trim() ?? ""),
        };
    }
}
