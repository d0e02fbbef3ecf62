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
        Between<BigInteger, BigIntegerOps>(squared, lower, upper, out var divisor);
        return divisor is { } d ? [d.X, d.Y] : null;
    }

    /// <summary>
    /// <see cref="Between(bool, ValueTuple{BigInteger, BigInteger}?, ValueTuple{BigInteger, BigInteger}?)"/> in
    /// 128-bit integers: the same divisor (x / y) when every intermediate fits, false when one does not.
    /// </summary>
    public static bool TryBetween(
        bool squared, (UInt128 Numerator, UInt128 Denominator)? lower, (UInt128 Numerator, UInt128 Denominator)? upper,
        out (UInt128 X, UInt128 Y)? divisor) =>
        Between<UInt128, UInt128Ops>(squared, lower, upper, out divisor);

    /// <summary>Sign of claim minus x/y.</summary>
    public static int CompareClaim(bool squared, (BigInteger Numerator, BigInteger Denominator) claim, BigInteger x, BigInteger y)
    {
        CompareClaim<BigInteger, BigIntegerOps>(squared, claim, x, y, out var sign);
        return sign;
    }

    private static bool Between<T, TOps>(bool squared, (T Numerator, T Denominator)? lower, (T Numerator, T Denominator)? upper, out (T X, T Y)? divisor)
        where T : struct, IBinaryInteger<T>
        where TOps : struct, IExactOps<T>
    {
        divisor = null;
        if (lower is { } infinite && T.IsZero(infinite.Denominator)) return true;
        T floor;
        if (upper is null || T.IsZero(upper.Value.Denominator))
        {
            // Every divisor above the strongest claim left out works.
            if (lower is null) divisor = (T.One, T.One);
            else if (FloorScaled<T, TOps>(squared, lower.Value, 0, out floor)) divisor = (floor + T.One, T.One);
            else return false;
            return true;
        }

        if (!FloorScaled<T, TOps>(squared, upper.Value, 0, out var top)) return false;
        var exponent = T.IsPositive(top) && !T.IsZero(top) ? DecimalDigits<T, TOps>(top) - 1 : 0;
        for (; exponent >= FinestExponent; exponent--)
        {
            // The smallest multiple of 10^exponent above the lower claim; is it below the upper one?
            floor = T.Zero;
            if (lower is { } l && !FloorScaled<T, TOps>(squared, l, exponent, out floor)) return false;
            var c = floor + T.One;
            if (!TOps.TryPow10(Math.Abs(exponent), out var power)) return false;
            var x = c;
            if (exponent >= 0 && !TOps.TryMultiply(c, power, out x)) return false;
            var y = exponent >= 0 ? T.One : power;
            if (!CompareClaim<T, TOps>(squared, upper.Value, x, y, out var sign)) return false;
            if (sign > 0)
            {
                divisor = (x, y);
                return true;
            }
        }
        if (!squared) divisor = (upper.Value.Numerator, upper.Value.Denominator);
        return true;
    }

    private static bool CompareClaim<T, TOps>(bool squared, (T Numerator, T Denominator) claim, T x, T y, out int sign)
        where T : struct, IBinaryInteger<T>
        where TOps : struct, IExactOps<T>
    {
        sign = 1;
        if (T.IsZero(claim.Denominator)) return true;
        if (!squared)
        {
            sign = TOps.CompareProducts(claim.Numerator, y, x, claim.Denominator);
            return true;
        }
        if (!TOps.TryMultiply(y, y, out var yy) || !TOps.TryMultiply(x, x, out var xx)) return false;
        sign = TOps.CompareProducts(claim.Numerator, yy, xx, claim.Denominator);
        return true;
    }

    /// <summary>Floor of claim / 10^exponent.</summary>
    private static bool FloorScaled<T, TOps>(bool squared, (T Numerator, T Denominator) claim, int exponent, out T floor)
        where T : struct, IBinaryInteger<T>
        where TOps : struct, IExactOps<T>
    {
        floor = T.Zero;
        if (!TOps.TryPow10(Math.Abs(squared ? 2 * exponent : exponent), out var power)) return false;
        T n = claim.Numerator, d = claim.Denominator;
        if (exponent >= 0 ? !TOps.TryMultiply(claim.Denominator, power, out d) : !TOps.TryMultiply(claim.Numerator, power, out n))
            return false;
        var q = n / d;
        floor = squared ? TOps.FloorSqrt(q) : q;
        return true;
    }

    /// <summary>Number of decimal digits of a positive integer.</summary>
    private static int DecimalDigits<T, TOps>(T positive)
        where T : struct, IBinaryInteger<T>
        where TOps : struct, IExactOps<T>
    {
        var digits = 1;
        while (TOps.TryPow10(digits, out var p) && p <= positive) digits++;
        return TOps.TryPow10(digits, out _) ? digits : TOps.DecimalDigits(positive);
    }

    /// <summary>The integer operations the choice needs, exact; the 128-bit ones say when a result does not fit.</summary>
    private interface IExactOps<T>
    {
        static abstract bool TryMultiply(T a, T b, out T product);
        static abstract bool TryPow10(int exponent, out T power);
        static abstract T FloorSqrt(T value);
        /// <summary>Sign of a x b - c x d.</summary>
        static abstract int CompareProducts(T a, T b, T c, T d);
        static abstract int DecimalDigits(T positive);
    }

    private readonly struct BigIntegerOps : IExactOps<BigInteger>
    {
        public static bool TryMultiply(BigInteger a, BigInteger b, out BigInteger product)
        {
            product = a * b;
            return true;
        }

        public static bool TryPow10(int exponent, out BigInteger power)
        {
            power = ExactMath.Pow10(exponent);
            return true;
        }

        public static BigInteger FloorSqrt(BigInteger value) => ExactMath.FloorSqrt(value);

        public static int CompareProducts(BigInteger a, BigInteger b, BigInteger c, BigInteger d) => (a * b).CompareTo(c * d);

        public static int DecimalDigits(BigInteger positive) => ExactMath.DecimalDigits(positive);
    }

    private readonly struct UInt128Ops : IExactOps<UInt128>
    {
        private static readonly UInt128[] Powers = BuildPowers();

        private static UInt128[] BuildPowers()
        {
            var powers = new UInt128[39]; // 10^38 < 2^128 < 10^39
            powers[0] = UInt128.One;
            for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
            return powers;
        }

        public static bool TryMultiply(UInt128 a, UInt128 b, out UInt128 product)
        {
            var high = UInt128.BigMul(a, b, out product);
            return high == UInt128.Zero;
        }

        public static bool TryPow10(int exponent, out UInt128 power)
        {
            var fits = exponent < Powers.Length;
            power = fits ? Powers[exponent] : UInt128.Zero;
            return fits;
        }

        public static UInt128 FloorSqrt(UInt128 value) => ExactMath.FloorSqrt(value);

        public static int CompareProducts(UInt128 a, UInt128 b, UInt128 c, UInt128 d) => ExactMath.CompareProducts(a, b, c, d);

        public static int DecimalDigits(UInt128 positive) => ExactMath.DecimalDigits((BigInteger)positive);
    }
}
