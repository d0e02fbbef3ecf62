using System.Globalization;

namespace Spreiding.Data.Import;

/// <summary>
/// One problem found in an imported file: where it is and what the user should do about it.
/// </summary>
/// <param name="File">The file name as the user knows it (without folder), e.g. <c>bevolking.csv</c>.</param>
/// <param name="Line">1-based physical line number; the header is line 1. 0 means the file as a whole.</param>
/// <param name="Column">1-based column number, or null when the problem is not about one column.</param>
/// <param name="ColumnName">The column header as written in the file, when known.</param>
/// <param name="Value">The offending cell value (trimmed), when there is one.</param>
/// <param name="Message">Dutch text: what is wrong and what to do.</param>
public sealed record ImportIssue(string File, int Line, int? Column, string? ColumnName, string? Value, string Message)
{
    /// <summary>
    /// <c>bevolking.csv, regel 12, kolom 2 (inwoners): 'twaalf' is geen geheel getal. ...</c>;
    /// without line for whole-file problems (<see cref="Line"/> 0).
    /// </summary>
    public override string ToString()
    {
        var where = File;
        if (Line > 0) where += ", regel " + Line.ToString(CultureInfo.InvariantCulture);
        if (Column is { } column)
        {
            where += ", kolom " + column.ToString(CultureInfo.InvariantCulture);
            if (!string.IsNullOrWhiteSpace(ColumnName)) where += " (" + ColumnName + ")";
        }
        return where + ": " + Message;
    }
}
