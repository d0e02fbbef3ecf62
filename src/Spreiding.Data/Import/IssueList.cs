using System.Globalization;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Import;

/// <summary>Collects the issues of one file; <see cref="ThrowIfAny"/> refuses the whole file.</summary>
internal sealed class IssueList(DelimitedFile file)
{
    private readonly List<ImportIssue> _issues = [.. file.Issues];

    public int Count => _issues.Count;

    public void File(string message) => _issues.Add(new ImportIssue(file.FileName, 0, null, null, null, message));

    public void Line(int line, string message) => _issues.Add(new ImportIssue(file.FileName, line, null, null, null, message));

    /// <summary>An issue about the cell in 0-based column <paramref name="index"/> of <paramref name="row"/>.</summary>
    public void Cell(DelimitedRow row, int index, string message) =>
        _issues.Add(new ImportIssue(file.FileName, row.Line, index + 1, file.Header[index], row[index], message));

    public void Header(int index, string message) =>
        _issues.Add(new ImportIssue(file.FileName, file.HeaderLine, index + 1, file.Header[index], file.Header[index], message));

    public void ThrowIfAny()
    {
        if (_issues.Count > 0) throw new ImportException(_issues.OrderBy(i => i.Line == 0 ? int.MaxValue : i.Line).ThenBy(i => i.Column ?? 0).ToList());
    }

    public static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Aantal(int n, string enkelvoud, string meervoud) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? enkelvoud : meervoud);

    /// <summary>"GM0014 Groningen, GM0034 Almere, ... en 12 meer".</summary>
    public static string Lijst(IEnumerable<Gemeente> gemeenten, int max = 30)
    {
        var all = gemeenten.ToList();
        var text = string.Join(", ", all.Take(max).Select(g => g.Code + " " + g.Naam));
        if (all.Count > max) text += " en " + (all.Count - max).ToString(CultureInfo.InvariantCulture) + " meer";
        return text;
    }

    public static string Kolommen(IReadOnlyList<string> header) =>
        string.Join(", ", header.Take(12).Select(h => "'" + DelimitedFile.Shorten(h) + "'")) + (header.Count > 12 ? ", ..." : "");
}
