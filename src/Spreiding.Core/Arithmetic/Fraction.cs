using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Spreiding.Core.Arithmetic;

/// <summary>
/// An exact non-negative-denominator fraction over <see cref="Int128"/>. Quotas are kept as
/// fractions so that no binary floating point enters an apportionment. Not reduced on
/// construction (reduction is only needed for display); comparisons cross-multiply into full
/// 256-bit products, so they never overflow.
/// </summary>
public readonly struct Fraction : IComparable<Fraction>, IEquatable<Fraction>
{
    public Int128 Numerator { get; }
    public Int128 Denominator { get; }

    public Fraction(Int128 numerator, Int128 denominator)
    {
        if (denominator == Int128.Zero) throw new DivideByZeroException("Fraction with denominator 0.");
        if (denominator < Int128.Zero) { numerator = -numerator; denominator = -denominator; }
        Numerator = numerator;
        Denominator = denominator;
    }

    // For callers that know the denominator is positive.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Fraction(Int128 numerator, Int128 denominator, bool positiveDenominator)
    {
        System.Diagnostics.Debug.Assert(positiveDenominator && denominator > Int128.Zero);
        Numerator = numerator;
        Denominator = denominator;
    }

    public static Fraction FromInteger(Int128 value) => new(value, Int128.One);

    /// <summary>numerator / denominator for a denominator the caller knows to be positive: no checks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Fraction OverPositive(Int128 numerator, Int128 denominator) => new(numerator, denominator, true);

    /// <summary>The largest integer not above the fraction.</summary>
    public Int128 Floor()
    {
        var q = Int128.DivRem(Numerator, Denominator);
        return q.Remainder < Int128.Zero ? q.Quotient - Int128.One : q.Quotient;
    }

    /// <summary>The fractional part as a fraction with the same denominator (0 &lt;= r &lt; 1).</summary>
    public Fraction FractionalPart() => new(Numerator - Floor() * Denominator, Denominator);

    /// <summary>Rounded to the nearest integer, exact halves away from zero ("half up" for positive values).</summary>
    public Int128 RoundHalfUp() =>
        Numerator >= Int128.Zero
            ? (Numerator * 2 + Denominator) / (Denominator * 2)
            : -new Fraction(-Numerator, Denominator).RoundHalfUp();

    /// <summary>Exact sum; fractions over the same denominator (quotas of one apportionment) add without growing it.</summary>
    public Fraction Add(Fraction other) =>
        Denominator == other.Denominator
            ? new Fraction(checked(Numerator + other.Numerator), Denominator)
            : new Fraction(checked(Numerator * other.Denominator + other.Numerator * Denominator), checked(Denominator * other.Denominator));

    public int CompareTo(Fraction other) => CompareProducts(Numerator, other.Denominator, other.Numerator, Denominator);

    public int CompareTo(Int128 value) => CompareTo(FromInteger(value));

    public bool Equals(Fraction other) => CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is Fraction f && Equals(f);
    public override int GetHashCode()
    {
        var (n, d) = Reduced();
        return HashCode.Combine(n, d);
    }

    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);
    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);
    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;
    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;
    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    /// <summary>Compares a*b with c*d exactly: signs first, then the full 256-bit products of the magnitudes.</summary>
    public static int CompareProducts(Int128 a, Int128 b, Int128 c, Int128 d)
    {
        var left = Int128.Sign(a) * Int128.Sign(b);
        var right = Int128.Sign(c) * Int128.Sign(d);
        if (left != right || left == 0) return left.CompareTo(right);
        var magnitudes = ExactMath.CompareProducts(Magnitude(a), Magnitude(b), Magnitude(c), Magnitude(d));
        return left > 0 ? magnitudes : -magnitudes;
    }

    // |Int128.MinValue| does not fit in Int128 but does in UInt128.
    private static UInt128 Magnitude(Int128 value) => value < Int128.Zero ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;

    /// <summary>The fraction in lowest terms.</summary>
    public (Int128 Numerator, Int128 Denominator) Reduced()
    {
        var g = Gcd(Int128.Abs(Numerator), Denominator);
        return g == Int128.Zero ? (Numerator, Denominator) : (Numerator / g, Denominator / g);
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != Int128.Zero) (a, b) = (b, a % b);
        return a;
    }

    /// <summary>
    /// Decimal notation with exactly <paramref name="decimals"/> digits after the point, rounded half up
    /// from the exact value. Invariant culture (decimal dot).
    /// </summary>
    public string ToDecimalString(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var scale = BigInteger.Pow(10, decimals);
        var n = (BigInteger)Numerator * scale;
        var d = (BigInteger)Denominator;
        var negative = n < 0;
        var abs = BigInteger.Abs(n);
        var rounded = (abs * 2 + d) / (2 * d);
        var digits = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var text = decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
        return negative && rounded != 0 ? "-" + text : text;
    }

    /// <summary>An approximation for display and plots only; never used in an apportionment.</summary>
    public decimal ToDecimal()
    {
        var (n, d) = Reduced();
        return (decimal)(BigInteger)n / (decimal)(BigInteger)d;
    }

    public override string ToString()
    {
        var (n, d) = Reduced();
        return d == Int128.One ? n.ToString(CultureInfo.InvariantCulture) : $"{n}/{d}";
    }
}
