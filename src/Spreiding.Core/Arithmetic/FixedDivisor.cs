using System.Runtime.CompilerServices;

namespace Spreiding.Core.Arithmetic;

/// <summary>
/// Exact division of many numerators by one divisor through a precomputed reciprocal: one hardware
/// division when it is made, then a multiplication and at most one correction per quotient. Numerators
/// and divisors that do not fit in 64 bits use <see cref="UInt128"/> division. Integer arithmetic only.
/// </summary>
internal readonly struct FixedDivisor
{
    private readonly UInt128 _divisor;
    // floor((2^64 - 1) / divisor) when the divisor fits in 64 bits, else 0.
    private readonly ulong _reciprocal;

    public FixedDivisor(UInt128 divisor)
    {
        if (divisor == UInt128.Zero) throw new DivideByZeroException("Division by 0.");
        _divisor = divisor;
        _reciprocal = divisor <= ulong.MaxValue ? ulong.MaxValue / (ulong)divisor : 0;
    }

    public UInt128 Divisor => _divisor;

    /// <summary>floor(numerator / divisor) and the remainder.</summary>
    public UInt128 DivRem(UInt128 numerator, out UInt128 remainder)
    {
        if (_reciprocal != 0 && numerator <= ulong.MaxValue)
        {
            var q = DivRem((ulong)numerator, out var r);
            remainder = r;
            return q;
        }
        var quotient = numerator / _divisor;
        remainder = numerator - quotient * _divisor;
        return quotient;
    }

    /// <summary>floor(numerator / divisor).</summary>
    public UInt128 Divide(UInt128 numerator) => DivRem(numerator, out _);

    /// <summary>True when the divisor fits in 64 bits, so that the 64-bit overloads may be used.</summary>
    public bool Is64 => _reciprocal != 0;

    /// <summary>floor(numerator / divisor) for a divisor that fits in 64 bits (<see cref="Is64"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Divide(ulong numerator) => DivRem(numerator, out _);

    /// <summary>
    /// The 64-bit case (<see cref="Is64"/>): q = high(n x reciprocal) is floor(n / d) or one less, because
    /// n/d - n x reciprocal / 2^64 = n (2^64 - reciprocal x d) / (d 2^64) is below n / 2^64 &lt; 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong DivRem(ulong numerator, out ulong remainder)
    {
        var d = (ulong)_divisor;
        var q = ExactMath.MultiplyHigh(numerator, _reciprocal);
        var r = numerator - q * d;
        if (r >= d)
        {
            q++;
            r -= d;
        }
        remainder = r;
        return q;
    }
}
