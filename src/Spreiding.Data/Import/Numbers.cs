using System.Globalization;
using System.Text.RegularExpressions;

namespace Spreiding.Data.Import;

internal enum NumberOutcome
{
    Ok,
    /// <summary>The cell is empty.</summary>
    Empty,
    /// <summary>CBS marks a suppressed or secret value with '.' (and 'x').</summary>
    Suppressed,
    Negative,
    TooLarge,
    NotANumber,
    /// <summary>A decimal comma in a file whose delimiter is a comma.</summary>
    CommaInCommaFile,
    /// <summary>The decimal mark differs from the one used earlier in the same column.</summary>
    OtherDecimalMark,
}

/// <summary>
/// Number rules for imported cells (the cell is already trimmed).
/// <para>Integers (inhabitants): digits only, no sign, no spaces. A point as thousands separator
/// (<c>918.117</c>, groups of exactly three digits) is accepted only when the file writes decimals with a comma
/// (<see cref="DelimitedFile.UsesDecimalComma"/>); otherwise <c>918.117</c> would be ambiguous and is refused,
/// never read as 918.117 or 918117 by guesswork. A comma is never a thousands separator.</para>
/// <para>Decimals (SES-WOA scores): optional sign, digits, optionally a decimal mark and digits; no thousands
/// separators and no exponent. The mark is a point, or a comma when the delimiter is a semicolon or tab;
/// one column uses one mark throughout (the first one seen).</para>
/// </summary>
internal static partial class Numbers
{
    public static bool IsThousandsGrouping(string cell) => Grouping().IsMatch(cell);

    public static NumberOutcome ParseInteger(string cell, bool groupingAllowed, out int value)
    {
        value = 0;
        if (cell.Length == 0) return NumberOutcome.Empty;
        if (cell is "." or "x" or "X") return NumberOutcome.Suppressed;
        var digits = cell;
        var negative = false;
        if (digits.StartsWith('-') && digits.Length > 1)
        {
            negative = true;
            digits = digits[1..];
        }
        if (groupingAllowed && Grouping().IsMatch(digits)) digits = digits.Replace(".", "", StringComparison.Ordinal);
        if (!OnlyDigits().IsMatch(digits)) return NumberOutcome.NotANumber;
        if (negative) return NumberOutcome.Negative;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return NumberOutcome.TooLarge;
        return NumberOutcome.Ok;
    }

    /// <summary>
    /// Parses a decimal. <paramref name="columnMark"/> carries the decimal mark first seen in this column
    /// (null until one is seen) and is updated.
    /// </summary>
    public static NumberOutcome ParseDecimal(string cell, char delimiter, ref char? columnMark, out decimal value)
    {
        value = 0m;
        if (cell.Length == 0) return NumberOutcome.Empty;
        if (cell is "." or "x" or "X") return NumberOutcome.Suppressed;
        var match = DecimalNumber().Match(cell);
        if (!match.Success) return NumberOutcome.NotANumber;
        var mark = match.Groups["mark"].Success ? match.Groups["mark"].Value[0] : (char?)null;
        if (mark == ',' && delimiter == ',') return NumberOutcome.CommaInCommaFile;
        if (mark is { } m)
        {
            if (columnMark is { } seen && seen != m) return NumberOutcome.OtherDecimalMark;
            columnMark = m;
        }
        var invariant = mark == ',' ? cell.Replace(',', '.') : cell;
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return NumberOutcome.TooLarge;
        return NumberOutcome.Ok;
    }

    [GeneratedRegex(@"^[1-9]\d{0,2}(\.\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyDigits();

    [GeneratedRegex(@"^[-+]?[0-9]+((?<mark>[.,])[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
