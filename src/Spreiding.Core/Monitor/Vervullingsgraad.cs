using System.Globalization;

namespace Spreiding.Core.Monitor;

/// <summary>
/// The fulfilment rate gerealiseerd / opgave as a percentage with one decimal, computed exactly from the two
/// integers (no floating point): <c>tienden = floor((2000 × gerealiseerd + opgave) / (2 × opgave))</c>, i.e. the
/// percentage in tenths rounded half up. Not defined when the opgave is 0 (shown as <c>-</c>). May exceed 100%.
/// </summary>
public readonly record struct Vervullingsgraad(int Gerealiseerd, int Opgave)
{
    /// <summary>The text shown when the rate is not defined (opgave 0).</summary>
    public const string NietGedefinieerd = "-";

    public bool IsGedefinieerd => Opgave > 0;

    /// <summary>The percentage in tenths (123 for 12,3%), rounded half up; null when the opgave is 0.</summary>
    public long? Tienden
    {
        get
        {
            if (Opgave <= 0) return null;
            if (Gerealiseerd < 0) throw new InvalidOperationException("Het aantal gerealiseerde plaatsen kan niet negatief zijn.");
            return (2000L * Gerealiseerd + Opgave) / (2L * Opgave);
        }
    }

    /// <summary>The percentage as an exact decimal with one decimal place (12.3m); null when not defined.</summary>
    public decimal? Procent => Tienden is { } t ? t / 10m : null;

    /// <summary>Machine notation: <c>12.3</c>, always one decimal, decimal point; <c>-</c> when not defined.</summary>
    public string Invariant => Tienden is { } t
        ? (t / 10).ToString(CultureInfo.InvariantCulture) + "." + (t % 10).ToString(CultureInfo.InvariantCulture)
        : NietGedefinieerd;

    /// <summary>Dutch notation for people: <c>12,3%</c> (thousands with a point); <c>-</c> when not defined.</summary>
    public string Nederlands => Tienden is { } t
        ? Core.Nederlands.Geheel(t / 10) + "," + (t % 10).ToString(CultureInfo.InvariantCulture) + "%"
        : NietGedefinieerd;

    public override string ToString() => Invariant;
}
