using Spreiding.Core.Arithmetic;
using System.Numerics;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// Picks the divisor to report: the number with the fewest significant decimals strictly between the
/// strongest claim left out and the weakest claim held, so that it reproduces the result without
/// hitting a signpost and reads well in an explanation. Claims are fractions, or squares of the claim
/// for Huntington-Hill (denominator 0: infinite).
/// </summary>
internal static class DivisorChoice
{
    // Interval widths are at least about 10^-70 for weights below 2^90; this is a safety stop.
    private const int FinestExponent = -160;

    /// <returns>[numerator, denominator] in scaled weight units, or null when no finite divisor exists.</returns>
    public static BigInteger[]? Between(
        bool squared, (BigInteger Numerator, BigInteger Denominator)? lower, (BigInteger Numerator, BigInteger Denominator)? upper)
    {
        if (lower is { Denominator.IsZero: true }) return null;
        if (upper is null || upper.Value.Denominator.IsZero)
        {
            // Every divisor above the strongest claim left out works.
            return lower is null ? [BigInteger.One, BigInteger.One] : [FloorScaled(squared, lower.Value, 0) + 1, BigInteger.One];
        }

        var top = FloorScaled(squared, upper.Value, 0);
        var exponent = top.Sign > 0 ? ExactMath.DecimalDigits(top) - 1 : 0;
        for (; exponent >= FinestExponent; exponent--)
        {
            // The smallest multiple of 10^exponent above the lower claim; is it below the upper one?
            var c = (lower is null ? BigInteger.Zero : FloorScaled(squared, lower.Value, exponent)) + 1;
            BigInteger[] candidate = exponent >= 0 ? [c * ExactMath.Pow10(exponent), BigInteger.One] : [c, ExactMath.Pow10(-exponent)];
            if (CompareClaim(squared, upper.Value, candidate[0], candidate[1]) > 0) return candidate;
        }
        return squared ? null : [upper.Value.Numerator, upper.Value.Denominator];
    }

    /// <summary>Sign of claim minus x/y.</summary>
    public static int CompareClaim(bool squared, (BigInteger Numerator, BigInteger Denominator) claim, BigInteger x, BigInteger y)
    {
        if (claim.Denominator.IsZero) return 1;
        return squared
            ? (claim.Numerator * y * y).CompareTo(x * x * claim.Denominator)
            : (claim.Numerator * y).CompareTo(x * claim.Denominator);
    }

    /// <summary>Floor of claim / 10^exponent.</summary>
    private static BigInteger FloorScaled(bool squared, (BigInteger Numerator, BigInteger Denominator) claim, int exponent)
    {
        var power = ExactMath.Pow10(Math.Abs(squared ? 2 * exponent : exponent));
        var (n, d) = exponent >= 0 ? (claim.Numerator, claim.Denominator * power) : (claim.Numerator * power, claim.Denominator);
        var q = BigInteger.Divide(n, d);
        return squared ? ExactMath.FloorSqrt(q) : q;
    }
}
