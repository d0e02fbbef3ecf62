using System.Globalization;

namespace Spreiding.Core.Indeling;

/// <summary>
/// A CBS municipality code, always written as <c>GM</c> plus four digits (<c>GM0363</c>).
/// Parsing accepts <c>GM0363</c>, <c>gm0363</c>, <c>0363</c> and <c>363</c>, with surrounding spaces.
/// </summary>
public readonly record struct GemeenteCode : IComparable<GemeenteCode>
{
    public int Number { get; }

    private GemeenteCode(int number) => Number = number;

    public static GemeenteCode FromNumber(int number)
    {
        if (number is < 1 or > 9999)
            throw new InvalidInputException($"Gemeentecode {number} valt buiten 0001-9999.");
        return new GemeenteCode(number);
    }

    public static bool TryParse(string? text, out GemeenteCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim().Trim('"').Trim();
        if (s.StartsWith("GM", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length is 0 or > 4) return false;
        foreach (var c in s) if (c is < '0' or > '9') return false;
        var n = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        if (n == 0) return false;
        code = new GemeenteCode(n);
        return true;
    }

    public static GemeenteCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new InvalidInputException(
                $"'{text}' is geen gemeentecode. Gebruik de CBS-code, bijvoorbeeld GM0363 of 0363.");

    /// <summary>The four digits without the prefix, as in the CBS column 'gemeentecode'.</summary>
    public string Digits => Number.ToString("D4", CultureInfo.InvariantCulture);

    // Codes are formatted in every row of every output; format each one once.
    private static readonly string?[] Formatted = new string?[10000];

    public override string ToString() => Formatted[Number] ??= "GM" + Digits;

    public int CompareTo(GemeenteCode other) => Number.CompareTo(other.Number);
}
