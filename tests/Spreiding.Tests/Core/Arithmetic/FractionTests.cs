using System.Numerics;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Tests.Core.Arithmetic;

public class FractionTests
{
    [Fact]
    public void Comparison_is_exact_where_the_cross_products_do_not_fit_in_128_bits()
    {
        var big = Int128.MaxValue / 3;
        var a = new Fraction(big, big - 1);   // just above 1
        var b = new Fraction(big - 1, big - 2); // a little further above 1
        Assert.True(a < b);
        Assert.Equal(((BigInteger)big * (big - 2)).CompareTo((BigInteger)(big - 1) * (big - 1)), a.CompareTo(b));
    }

    [Theory]
    [InlineData(-3, 4, -1, 2, -1)]
    [InlineData(-1, 2, -3, 4, 1)]
    [InlineData(-1, 2, 1, 3, -1)]
    [InlineData(0, 5, -1, 7, 1)]
    [InlineData(2, 4, 1, 2, 0)]
    public void Comparison_respects_signs(long an, long ad, long bn, long bd, int expected)
    {
        Assert.Equal(expected, Math.Sign(new Fraction(an, ad).CompareTo(new Fraction(bn, bd))));
    }

    [Fact]
    public void Int128_minimum_compares_below_everything_else()
    {
        Assert.True(new Fraction(Int128.MinValue, 1) < new Fraction(Int128.MinValue + 1, 1));
        Assert.True(new Fraction(Int128.MinValue, 1) < new Fraction(-1, Int128.MaxValue));
    }

    [Theory]
    [InlineData(5, 2, 3)]
    [InlineData(7, 2, 4)]
    [InlineData(249, 100, 2)]
    [InlineData(-5, 2, -3)]
    [InlineData(0, 9, 0)]
    public void Half_up_rounding_takes_exact_halves_away_from_zero(long n, long d, long expected)
    {
        Assert.Equal((Int128)expected, new Fraction(n, d).RoundHalfUp());
    }

    [Theory]
    [InlineData(1, 3, 6, "0.333333")]
    [InlineData(2, 3, 2, "0.67")]
    [InlineData(-1, 8, 2, "-0.13")]
    [InlineData(96000, 1, 0, "96000")]
    public void Decimal_notation_rounds_half_up_from_the_exact_value(long n, long d, int decimals, string expected)
    {
        Assert.Equal(expected, new Fraction(n, d).ToDecimalString(decimals));
    }
}
