namespace Spreiding.Data.Import;

internal static class Perioden
{
    /// <summary>
    /// The one period all rows of the file share (normalised by <see cref="CbsKolommen.NormaliseerPeriode"/>),
    /// or null when there is no period column. Several periods are an issue: the user must filter the download.
    /// </summary>
    public static (string Periode, bool Voorlopig)? Enige(DelimitedFile file, int? kolom, IssueList issues)
    {
        if (kolom is not { } k) return null;
        (string Periode, bool Voorlopig)? first = null;
        var others = new List<string>();
        DelimitedRow? firstOther = null;
        foreach (var row in file.Rows)
        {
            if (row[k].Length == 0) continue;
            var p = CbsKolommen.NormaliseerPeriode(row[k]);
            if (first is null) first = p;
            else if (!string.Equals(p.Periode, first.Value.Periode, StringComparison.OrdinalIgnoreCase))
            {
                firstOther ??= row;
                if (!others.Contains(p.Periode, StringComparer.OrdinalIgnoreCase)) others.Add(p.Periode);
            }
            else if (p.Voorlopig) first = (first.Value.Periode, true);
        }
        if (firstOther is not null && first is { } f)
        {
            var list = string.Join(", ", new[] { f.Periode }.Concat(others.Take(9))) + (others.Count > 9 ? ", ..." : "");
            issues.Cell(firstOther, k,
                $"het bestand bevat meer dan één periode ({list}); deze regel gaat over '{firstOther[k]}', eerdere regels over '{f.Periode}'. " +
                "Filter de download in StatLine op één periode en lees het bestand opnieuw in.");
        }
        return first;
    }
}
