using System.Globalization;
using System.Text;
using Spreiding.Core;

namespace Spreiding.Data.Import;

/// <summary>
/// An import was refused. Nothing of the file was taken over; <see cref="Issues"/> lists every problem found
/// in it, and the (Dutch) message lists them too, at most <see cref="MaxListed"/> of them.
/// </summary>
public sealed class ImportException : InvalidInputException
{
    /// <summary>How many issues the message lists before it says "en N meer".</summary>
    public const int MaxListed = 20;

    public IReadOnlyList<ImportIssue> Issues { get; }

    public ImportException(IReadOnlyList<ImportIssue> issues) : base(FormatMessage(issues))
    {
        if (issues.Count == 0) throw new ArgumentException("An ImportException needs at least one issue.", nameof(issues));
        Issues = issues;
    }

    internal static ImportException Single(string file, int line, string message) =>
        new([new ImportIssue(file, line, null, null, null, message)]);

    private static string FormatMessage(IReadOnlyList<ImportIssue> issues)
    {
        if (issues.Count == 0) return "Het bestand is niet ingelezen.";
        var files = issues.Select(i => i.File).Distinct().ToList();
        var sb = new StringBuilder();
        sb.Append("Het bestand ").Append(string.Join(", ", files)).Append(" is niet ingelezen: ");
        sb.Append(issues.Count == 1
            ? "er is 1 probleem gevonden."
            : "er zijn " + issues.Count.ToString(CultureInfo.InvariantCulture) + " problemen gevonden.");
        sb.Append(" Er is niets overgenomen; los de problemen op en lees het bestand opnieuw in.");
        foreach (var issue in issues.Take(MaxListed))
            sb.Append('\n').Append("- ").Append(issue);
        if (issues.Count > MaxListed)
            sb.Append('\n').Append("en ").Append((issues.Count - MaxListed).ToString(CultureInfo.InvariantCulture)).Append(" meer.");
        return sb.ToString();
    }
}
