using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Spreiding.Core.Arithmetic;

/// <summary>Exact integer helpers for the hot paths; no exceptions for control flow, no floating point.</summary>
internal static class ExactMath
{
    /// <summary>The high 64 bits of a x b (the low ones are a * b), in registers: one mulx or umulh.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MultiplyHigh(ulong a, ulong b) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b)
        : ArmBase.Arm64.IsSupported ? ArmBase.Arm64.MultiplyHigh(a, b)
        : Math.BigMul(a, b, out _);

    /// <summary>a x b exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt128 Product(ulong a, ulong b) => new(MultiplyHigh(a, b), a * b);

    /// <summary>Compares a*b with c*d for 64-bit factors, using the full 128-bit products.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareProducts(ulong a, ulong b, ulong c, ulong d)
    {
        ulong left = MultiplyHigh(a, b), right = MultiplyHigh(c, d);
        return left != right ? (left < right ? -1 : 1) : (a * b).CompareTo(c * d);
    }

    /// <summary>Compares a*b with c*d for non-negative 128-bit factors, using the full 256-bit products.</summary>
    public static int CompareProducts(UInt128 a, UInt128 b, UInt128 c, UInt128 d)
    {
        if ((a | b | c | d) <= ulong.MaxValue)
            return CompareProducts((ulong)a, (ulong)b, (ulong)c, (ulong)d);
        var leftHigh = UInt128.BigMul(a, b, out var leftLow);
        var rightHigh = UInt128.BigMul(c, d, out var rightLow);
        var high = leftHigh.CompareTo(rightHigh);
        return high != 0 ? high : leftLow.CompareTo(rightLow);
    }

    /// <summary>a x b exactly, with one 64-bit multiplication when b fits in 64 bits; the product must fit in 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt128 Product(ulong a, UInt128 b) => b <= ulong.MaxValue ? Product(a, (ulong)b) : a * b;

    /// <summary>x / y rounded down, on 64-bit hardware division when both fit.</summary>
    public static UInt128 DivFloor(UInt128 x, UInt128 y) =>
        ((x | y) >> 64) == UInt128.Zero ? (UInt128)((ulong)x / (ulong)y) : x / y;

    /// <summary>Floor of the square root of a non-negative integer (Newton iteration from above).</summary>
    public static BigInteger FloorSqrt(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentOutOfRangeException(nameof(value));
        if (value < 2) return value;
        if (value <= ulong.MaxValue) return FloorSqrt((ulong)value);
        var x = BigInteger.One << (int)((value.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + value / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Floor of the square root (Newton iteration from above, 64-bit hardware division where it fits).</summary>
    public static UInt128 FloorSqrt(UInt128 value)
    {
        if (value <= ulong.MaxValue) return FloorSqrt((ulong)value);
        var x = UInt128.One << (int)((128 - UInt128.LeadingZeroCount(value) + 1) / 2);
        while (true)
        {
            var y = (x + value / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Greatest common divisor (Euclid; 64-bit hardware division once both fit).</summary>
    public static UInt128 Gcd(UInt128 a, UInt128 b)
    {
        while (b != UInt128.Zero)
        {
            if (a <= ulong.MaxValue && b <= ulong.MaxValue)
            {
                ulong x = (ulong)a, y = (ulong)b;
                while (y != 0) (x, y) = (y, x % y);
                return x;
            }
            (a, b) = (b, a % b);
        }
        return a;
    }

    private static ulong FloorSqrt(ulong value)
    {
        if (value < 2) return value;
        // Newton from a power of two above the root decreases monotonically to the floor.
        var x = 1UL << ((64 - BitOperations.LeadingZeroCount(value) + 1) / 2);
        while (true)
        {
            var y = (x + value / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static readonly BigInteger[] SmallPowersOfTen =
        Enumerable.Range(0, 64).Select(e => BigInteger.Pow(10, e)).ToArray();

    public static BigInteger Pow10(int exponent) =>
        exponent < SmallPowersOfTen.Length ? SmallPowersOfTen[exponent] : BigInteger.Pow(10, exponent);

    /// <summary>Number of decimal digits of a positive integer.</summary>
    public static int DecimalDigits(BigInteger positive)
    {
        var digits = 1;
        while (digits < SmallPowersOfTen.Length && SmallPowersOfTen[digits] <= positive) digits++;
        if (digits < SmallPowersOfTen.Length) return digits;
        for (var p = SmallPowersOfTen[^1] * 10; p <= positive; p *= 10) digits++;
        return digits;
    }
}
