using System.Runtime.CompilerServices;

namespace Spreiding.Core.Arithmetic;

/// <summary>
/// A <see cref="decimal"/> as the integer mantissa and power of ten it is stored as (trailing zeros
/// kept: 1.50m is 150 at scale 2), and back. Exact; no arithmetic on decimals.
/// </summary>
internal static class DecimalParts
{
    /// <summary>Largest scale a decimal can carry.</summary>
    public const int MaxScale = 28;

    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[MaxScale + 1];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    private static readonly ulong[] SmallPowersOfTen = BuildSmallPowersOfTen();

    private static ulong[] BuildSmallPowersOfTen()
    {
        var powers = new ulong[20]; // 10^19 < 2^64
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>10^exponent for 0 &lt;= exponent &lt;= 28.</summary>
    public static UInt128 Pow10(int exponent) => PowersOfTen[exponent];

    /// <summary>10^exponent for 0 &lt;= exponent &lt;= 19.</summary>
    public static ulong SmallPow10(int exponent) => SmallPowersOfTen[exponent];

    /// <summary>value = mantissa x 10^-scale with |mantissa| &lt; 2^63; false when the mantissa is larger.</summary>
    public static bool TrySplit(decimal value, out long mantissa, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] != 0 || magnitude > long.MaxValue)
        {
            mantissa = 0;
            return false;
        }
        mantissa = bits[3] < 0 ? -(long)magnitude : (long)magnitude;
        return true;
    }

    /// <summary>The positive decimal mantissa x 10^-scale, stored with exactly that scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Positive(ulong mantissa, int scale) =>
        new((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);

    /// <summary>The positive decimal mantissa x 10^-scale, stored with exactly that scale; mantissa below 2^96.</summary>
    public static decimal Positive(UInt128 mantissa, int scale)
    {
        if ((mantissa >> 96) != UInt128.Zero || scale is < 0 or > MaxScale)
            throw new ArgumentOutOfRangeException(nameof(mantissa), "The value does not fit in a decimal.");
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), false, (byte)scale);
    }

    /// <summary>value x 10^-from written at scale <paramref name="to"/>; exact when the caller knows it divides.</summary>
    public static UInt128 Rescale(UInt128 value, int from, int to) =>
        to >= from ? value * PowersOfTen[to - from] : value / PowersOfTen[from - to];
}
