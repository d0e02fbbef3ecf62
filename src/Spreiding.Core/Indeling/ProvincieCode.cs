using System.Globalization;

namespace Spreiding.Core.Indeling;

/// <summary>A CBS province code, <c>PV20</c> (Groningen) to <c>PV31</c> (Limburg).</summary>
public readonly record struct ProvincieCode : IComparable<ProvincieCode>
{
    public int Number { get; }

    private ProvincieCode(int number) => Number = number;

    public static bool TryParse(string? text, out ProvincieCode code)
    {
        code = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.StartsWith("PV", StringComparison.OrdinalIgnoreCase)) s = s[2..];
        if (s.Length != 2 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return false;
        code = new ProvincieCode(n);
        return true;
    }

    public static ProvincieCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new InvalidInputException($"'{text}' is geen provinciecode. Gebruik de CBS-code, bijvoorbeeld PV27.");

    public override string ToString() => "PV" + Number.ToString("D2", CultureInfo.InvariantCulture);

    public int CompareTo(ProvincieCode other) => Number.CompareTo(other.Number);
}
