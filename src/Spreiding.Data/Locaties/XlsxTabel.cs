using System.Globalization;
using ClosedXML.Excel;

namespace Spreiding.Data.Locaties;

/// <summary>A cell value with its own formatting, for <see cref="XlsxTabel"/>.</summary>
/// <param name="Waarde">As for a plain cell: text, a number, a date, a yes/no, or null.</param>
/// <param name="Getalnotatie">An Excel number format, e.g. <c>0.000000</c> or <c>#,##0</c>; null for the default.</param>
/// <param name="Vet">Bold, e.g. for a totals row.</param>
public sealed record XlsxCel(object? Waarde, string? Getalnotatie = null, bool Vet = false);

/// <summary>One sheet for <see cref="XlsxTabel"/>: a header row and rows of typed cells, with an optional title above and notes below.</summary>
/// <param name="Naam">The sheet name (at most 31 characters, none of <c>[ ] : * ? / \</c>).</param>
/// <param name="Kolommen">The header row.</param>
/// <param name="Rijen">The data rows; a row may be shorter than the header (the rest stays empty).</param>
public sealed record XlsxWerkblad(string Naam, IReadOnlyList<string> Kolommen, IEnumerable<IReadOnlyList<object?>> Rijen)
{
    /// <summary>A title in row 1 (bold, larger); the header then starts in row 3.</summary>
    public string? Titel { get; init; }

    /// <summary>Lines of text below the table, after one empty row (e.g. sources, "niet de wettelijke verdeling").</summary>
    public IReadOnlyList<string>? Voetnoten { get; init; }

    /// <summary>Column widths in Excel character units; null (or a missing entry) to size each column to its contents.</summary>
    public IReadOnlyList<double>? Breedtes { get; init; }
}

/// <summary>
/// Writes tables to an XLSX workbook with typed cells: <see cref="string"/> as text (never interpreted as a number,
/// date or formula), integers and <see cref="decimal"/>/<see cref="double"/> as numbers, <see cref="DateOnly"/> and
/// <see cref="DateTime"/> as dates (<c>yyyy-mm-dd</c>), <see cref="bool"/> as a logical cell, null as an empty cell,
/// <see cref="XlsxCel"/> for a number format or bold; anything else as its invariant text. The header is bold on a
/// coloured background, frozen, and has an autofilter; column widths are set explicitly (never measured with fonts,
/// which needs System.Drawing).
/// </summary>
public static class XlsxTabel
{
    public const string Datumnotatie = "yyyy-mm-dd";
    public const string DatumTijdnotatie = "yyyy-mm-dd hh:mm";

    private const double MinimaleBreedte = 8;
    private const double MaximaleBreedte = 60;

    /// <summary>Writes one sheet to <paramref name="stream"/>.</summary>
    public static void Schrijf(Stream stream, string werkblad, IReadOnlyList<string> kolommen, IEnumerable<IReadOnlyList<object?>> rijen,
        string? titel = null, IReadOnlyList<string>? voetnoten = null) =>
        Schrijf(stream, [new XlsxWerkblad(werkblad, kolommen, rijen) { Titel = titel, Voetnoten = voetnoten }]);

    /// <summary>Writes several sheets, in order, to <paramref name="stream"/>.</summary>
    public static void Schrijf(Stream stream, IReadOnlyList<XlsxWerkblad> werkbladen)
    {
        if (werkbladen.Count == 0) throw new ArgumentException("Een werkmap heeft minstens één werkblad.", nameof(werkbladen));
        using var workbook = new XLWorkbook();
        foreach (var blad in werkbladen) Voeg(workbook, blad, out _);
        workbook.SaveAs(stream);
    }

    /// <summary>Adds <paramref name="blad"/> to <paramref name="workbook"/>; <paramref name="kopRij"/> is the row number of the header.</summary>
    internal static IXLWorksheet Voeg(XLWorkbook workbook, XlsxWerkblad blad, out int kopRij)
    {
        if (string.IsNullOrWhiteSpace(blad.Naam) || blad.Naam.Length > 31 || blad.Naam.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
            throw new ArgumentException($"'{blad.Naam}' kan geen naam van een werkblad zijn (1 tot 31 tekens, zonder [ ] : * ? / \\).", nameof(blad));
        if (blad.Kolommen.Count == 0) throw new ArgumentException("Een tabel heeft minstens één kolom.", nameof(blad));

        var ws = workbook.Worksheets.Add(blad.Naam);
        var n = blad.Kolommen.Count;
        var lengte = new double[n];
        kopRij = 1;
        if (blad.Titel is { } titel)
        {
            var cel = ws.Cell(1, 1);
            cel.SetValue(titel);
            cel.Style.Font.Bold = true;
            cel.Style.Font.FontSize = 14;
            kopRij = 3;
        }

        for (var k = 0; k < n; k++)
        {
            ws.Cell(kopRij, k + 1).SetValue(blad.Kolommen[k]);
            lengte[k] = Lengte(blad.Kolommen[k]) + 1; // bold
        }
        var kop = ws.Range(kopRij, 1, kopRij, n);
        kop.Style.Font.Bold = true;
        kop.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        kop.Style.Border.BottomBorder = XLBorderStyleValues.Thin;

        var rij = kopRij;
        foreach (var waarden in blad.Rijen)
        {
            rij++;
            if (waarden.Count > n)
                throw new ArgumentException($"Rij {rij} heeft {waarden.Count} waarden, de kopregel {n} kolommen.", nameof(blad));
            for (var k = 0; k < waarden.Count; k++)
                lengte[k] = Math.Max(lengte[k], Zet(ws.Cell(rij, k + 1), waarden[k]));
        }

        ws.SheetView.FreezeRows(kopRij);
        ws.Range(kopRij, 1, rij, n).SetAutoFilter();

        if (blad.Voetnoten is { Count: > 0 } voetnoten)
        {
            var r = rij + 2;
            foreach (var noot in voetnoten)
            {
                var cel = ws.Cell(r++, 1);
                cel.SetValue(noot);
                cel.Style.Font.Italic = true;
            }
        }

        for (var k = 0; k < n; k++)
        {
            var breedte = blad.Breedtes is { } b && k < b.Count && b[k] > 0
                ? b[k]
                : Math.Clamp(lengte[k] + 2, MinimaleBreedte, MaximaleBreedte);
            ws.Column(k + 1).Width = breedte;
        }
        return ws;
    }

    /// <summary>Writes <paramref name="waarde"/> into <paramref name="cel"/>; returns the width its text needs, in characters.</summary>
    internal static double Zet(IXLCell cel, object? waarde)
    {
        switch (waarde)
        {
            case null:
                return 0;
            case XlsxCel x:
                var breedte = Zet(cel, x.Waarde);
                if (x.Getalnotatie is { } notatie) cel.Style.NumberFormat.Format = notatie;
                if (x.Vet) cel.Style.Font.Bold = true;
                return x.Getalnotatie is { } f ? Math.Max(breedte, f.Length) : breedte;
            case string s:
                cel.SetValue(s);
                return Lengte(s);
            case DateOnly d:
                cel.SetValue(d.ToDateTime(TimeOnly.MinValue));
                cel.Style.DateFormat.Format = Datumnotatie;
                return 10;
            case DateTime dt:
                cel.SetValue(dt);
                cel.Style.DateFormat.Format = dt.TimeOfDay == TimeSpan.Zero ? Datumnotatie : DatumTijdnotatie;
                return dt.TimeOfDay == TimeSpan.Zero ? 10 : 16;
            case bool b:
                cel.SetValue(b);
                return 6;
            case int or long or short or byte or sbyte or uint or ushort or ulong or float or double or decimal:
                var getal = Convert.ToDouble(waarde, CultureInfo.InvariantCulture);
                cel.SetValue(getal);
                return getal.ToString("R", CultureInfo.InvariantCulture).Length;
            case IFormattable opmaakbaar:
                var tekst = opmaakbaar.ToString(null, CultureInfo.InvariantCulture);
                cel.SetValue(tekst);
                return Lengte(tekst);
            default:
                var anders = waarde.ToString() ?? "";
                cel.SetValue(anders);
                return Lengte(anders);
        }
    }

    /// <summary>The length of the longest line of <paramref name="tekst"/>.</summary>
    private static double Lengte(string tekst) =>
        tekst.Contains('\n') ? tekst.Split('\n').Max(r => r.TrimEnd('\r').Length) : tekst.Length;
}
