using FsCheck.Xunit;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Tests.Core.Arithmetic;

/// <summary>Division through a precomputed reciprocal against <see cref="UInt128"/> division.</summary>
public class FixedDivisorTests
{
    [Property(MaxTest = 2000)]
    public void Quotient_and_remainder_are_those_of_integer_division(ulong numeratorHigh, ulong numeratorLow, ulong divisorHigh, ulong divisorLow, byte shape)
    {
        // Shapes: 64-bit numerator and divisor, 128-bit numerator, 128-bit divisor, small divisor.
        var numerator = (shape % 4) switch
        {
            0 or 3 => (UInt128)numeratorLow,
            _ => new UInt128(numeratorHigh, numeratorLow),
        };
        var divisor = (shape % 4) switch
        {
            2 => new UInt128(divisorHigh, divisorLow),
            3 => (UInt128)(divisorLow % 1000),
            _ => (UInt128)divisorLow,
        };
        if (divisor == UInt128.Zero) divisor = 1;
        var d = new FixedDivisor(divisor);
        var q = d.DivRem(numerator, out var r);
        Assert.Equal(numerator / divisor, q);
        Assert.Equal(numerator % divisor, r);
        if (d.Is64 && numerator <= ulong.MaxValue)
            Assert.Equal((ulong)(numerator / divisor), d.Divide((ulong)numerator));
    }

    [Theory]
    [InlineData(1UL, ulong.MaxValue)]
    [InlineData(1UL, 0UL)]
    [InlineData(2UL, ulong.MaxValue)]
    [InlineData(3UL, ulong.MaxValue - 1)]
    [InlineData(ulong.MaxValue, ulong.MaxValue)]
    [InlineData(ulong.MaxValue, ulong.MaxValue - 1)]
    [InlineData(0x8000_0000_0000_0000UL, ulong.MaxValue)]
    [InlineData(0x8000_0000_0000_0001UL, 0x8000_0000_0000_0000UL)]
    [InlineData(10UL, 99UL)]
    public void Edge_cases_of_the_64_bit_reciprocal(ulong divisor, ulong numerator)
    {
        var d = new FixedDivisor(divisor);
        Assert.True(d.Is64);
        Assert.Equal(numerator / divisor, d.Divide(numerator));
        Assert.Equal((UInt128)(numerator / divisor), d.DivRem(numerator, out var r));
        Assert.Equal((UInt128)(numerator % divisor), r);
    }
}
