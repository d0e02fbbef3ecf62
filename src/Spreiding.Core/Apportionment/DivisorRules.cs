using Spreiding.Core.Arithmetic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// The rounding rule of a divisor method, phrased as the claim ("priority") w / d(n) of a claimant
/// with weight w that holds n units on its next unit, d(n) being the method's signpost. All
/// comparisons are exact; static members so the generic driver is specialised per rule.
/// </summary>
internal interface IDivisorRule
{
    /// <summary>Sign of (claim of a on unit na+1) minus (claim of b on unit nb+1).</summary>
    static abstract int Compare(UInt128 wa, long na, UInt128 wb, long nb);

    /// <summary>What <see cref="Round"/> divides by for the multiplier a/b: b, or 2b for Sainte-Lague.</summary>
    static abstract UInt128 RoundingDivisor(UInt128 b);

    /// <summary>
    /// Units for weight w at multiplier a/b (divisor b/a), ties at a signpost rounded up; <paramref name="d"/>
    /// divides by <see cref="RoundingDivisor"/>(b), made once per multiplier.
    /// </summary>
    static abstract long Round(UInt128 w, UInt128 a, UInt128 b, in FixedDivisor d);

    /// <summary><see cref="Round"/> for the common case 2 a w + 2 b &lt; 2^64.</summary>
    static abstract long Round64(ulong w, ulong a, ulong b, in FixedDivisor d);

    /// <summary>A starting multiplier a/b whose rounded sum is close to the target (BAZI-style jump).</summary>
    static abstract (UInt128 A, UInt128 B) Estimate(long total, int count, UInt128 weightSum);

    /// <summary>True when <see cref="Claim"/> returns the square of the claim (irrational signposts).</summary>
    static abstract bool Squared { get; }

    /// <summary>The claim w / d(n) (or its square) as a fraction; denominator 0 means infinite.</summary>
    static abstract (BigInteger Numerator, BigInteger Denominator) Claim(UInt128 w, long n);

    /// <summary><see cref="Claim"/> in 128 bits; false when it does not fit.</summary>
    static abstract bool TryClaim(UInt128 w, long n, out (UInt128 Numerator, UInt128 Denominator) claim);
}

internal static class RuleMath
{
    /// <summary>Weights below 2^32 and counts below 2^30: every w x (2n + 1) fits in 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Small(UInt128 wa, long na, UInt128 wb, long nb) =>
        (wa | wb) <= uint.MaxValue && (ulong)(na | nb) < 1UL << 30;

    internal static UInt128 Times(UInt128 w, long n) =>
        w <= ulong.MaxValue ? ExactMath.Product((ulong)w, (ulong)n) : w * (ulong)n;
}

/// <summary>Sainte-Lague / Webster: signposts n + 1/2, compared as 2w / (2n + 1).</summary>
internal readonly struct SainteLagueRule : IDivisorRule
{
    public static int Compare(UInt128 wa, long na, UInt128 wb, long nb) =>
        RuleMath.Small(wa, na, wb, nb)
            ? ((ulong)wa * (ulong)(2 * nb + 1)).CompareTo((ulong)wb * (ulong)(2 * na + 1))
            : ExactMath.CompareProducts(wa, (UInt128)(2 * nb + 1), wb, (UInt128)(2 * na + 1));

    public static UInt128 RoundingDivisor(UInt128 b) => 2 * b;

    public static long Round(UInt128 w, UInt128 a, UInt128 b, in FixedDivisor d) => (long)d.Divide(2 * a * w + b);

    public static long Round64(ulong w, ulong a, ulong b, in FixedDivisor d) => (long)d.Divide(2 * a * w + b);

    public static (UInt128 A, UInt128 B) Estimate(long total, int count, UInt128 weightSum) => ((UInt128)total, weightSum);

    public static bool Squared => false;

    public static (BigInteger Numerator, BigInteger Denominator) Claim(UInt128 w, long n) => (2 * (BigInteger)w, 2 * n + 1);

    public static bool TryClaim(UInt128 w, long n, out (UInt128 Numerator, UInt128 Denominator) claim)
    {
        claim = (2 * w, (UInt128)(2 * n + 1));
        return w <= UInt128.MaxValue / 2 && n is >= 0 and < long.MaxValue / 2;
    }
}

/// <summary>D'Hondt / Jefferson: signposts n + 1.</summary>
internal readonly struct DHondtRule : IDivisorRule
{
    public static int Compare(UInt128 wa, long na, UInt128 wb, long nb) =>
        RuleMath.Small(wa, na, wb, nb)
            ? ((ulong)wa * (ulong)(nb + 1)).CompareTo((ulong)wb * (ulong)(na + 1))
            : ExactMath.CompareProducts(wa, (UInt128)(nb + 1), wb, (UInt128)(na + 1));

    public static UInt128 RoundingDivisor(UInt128 b) => b;

    public static long Round(UInt128 w, UInt128 a, UInt128 b, in FixedDivisor d) => (long)d.Divide(a * w);

    public static long Round64(ulong w, ulong a, ulong b, in FixedDivisor d) => (long)d.Divide(a * w);

    // Rounding down loses about half a unit per claimant; aim that much higher.
    public static (UInt128 A, UInt128 B) Estimate(long total, int count, UInt128 weightSum) =>
        ((UInt128)(2 * total + count), 2 * weightSum);

    public static bool Squared => false;

    public static (BigInteger Numerator, BigInteger Denominator) Claim(UInt128 w, long n) => ((BigInteger)w, n + 1);

    public static bool TryClaim(UInt128 w, long n, out (UInt128 Numerator, UInt128 Denominator) claim)
    {
        claim = (w, (UInt128)(n + 1));
        return n is >= 0 and < long.MaxValue;
    }
}

/// <summary>
/// Huntington-Hill: signposts sqrt(n(n+1)), compared through squares w^2 / (n(n+1)). The first unit
/// has an infinite claim; among several first units the larger weight goes first.
/// </summary>
internal readonly struct HuntingtonHillRule : IDivisorRule
{
    public static int Compare(UInt128 wa, long na, UInt128 wb, long nb)
    {
        if (na == 0 || nb == 0)
            return na == 0 && nb == 0 ? wa.CompareTo(wb) : na == 0 ? 1 : -1;
        if (RuleMath.Small(wa, na, wb, nb))
        {
            // Weights below 2^32 and counts below 2^31: every w x n fits in 63 bits.
            ulong a = (ulong)wa, b = (ulong)wb;
            return ExactMath.CompareProducts(a * (ulong)nb, a * (ulong)(nb + 1), b * (ulong)na, b * (ulong)(na + 1));
        }
        return ExactMath.CompareProducts(
            RuleMath.Times(wa, nb), RuleMath.Times(wa, nb + 1),
            RuleMath.Times(wb, na), RuleMath.Times(wb, na + 1));
    }

    public static UInt128 RoundingDivisor(UInt128 b) => b;

    public static long Round(UInt128 w, UInt128 a, UInt128 b, in FixedDivisor d)
    {
        if (a == UInt128.Zero) return 0;
        var x = a * w;
        var f = d.Divide(x);
        var fb = f * b;
        // Up when x/b >= sqrt(f(f+1)), i.e. x^2 >= (f b)((f+1) b); always for f = 0.
        return (long)f + (ExactMath.CompareProducts(x, x, fb, fb + b) >= 0 ? 1 : 0);
    }

    public static long Round64(ulong w, ulong a, ulong b, in FixedDivisor d)
    {
        if (a == 0) return 0;
        var x = a * w;
        var f = d.DivRem(x, out var r);
        // Up when x/b >= sqrt(f(f+1)), i.e. when r/b reaches sqrt(f(f+1)) - f, which for f >= 1 lies
        // between 0.41 and 0.5: r >= b/2 is up, r < 3b/8 is down, only the band between needs the squares.
        if (f > 0 && r >= b - r) return (long)f + 1;
        if (f > 0 && r < (b >> 3) * 3) return (long)f;
        var fb = x - r;
        return (long)f + (ExactMath.CompareProducts(x, x, fb, fb + b) >= 0 ? 1 : 0);
    }

    public static (UInt128 A, UInt128 B) Estimate(long total, int count, UInt128 weightSum) => ((UInt128)total, weightSum);

    public static bool Squared => true;

    public static (BigInteger Numerator, BigInteger Denominator) Claim(UInt128 w, long n)
    {
        var big = (BigInteger)w;
        return (big * big, (BigInteger)n * (n + 1));
    }

    public static bool TryClaim(UInt128 w, long n, out (UInt128 Numerator, UInt128 Denominator) claim)
    {
        var fits = w <= ulong.MaxValue && n is >= 0 and < 1L << 62;
        claim = fits ? (Math.BigMul((ulong)w, (ulong)w), Math.BigMul((ulong)n, (ulong)(n + 1))) : default;
        return fits;
    }
}
