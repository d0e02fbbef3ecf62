using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Tests.Support;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

/// <summary>
/// The shortcuts of the apportionment against its general path: requests built from integer weights
/// (<see cref="PreparedRequest.FromScaled"/>) against requests of decimals, and the 64-bit arithmetic
/// against the 128-bit arithmetic the same problem takes when its weights are 10^k times larger.
/// </summary>
public class FastPathTests
{
    private const int Runs = 150;

    /// <summary>Decimal weights with 0-6 decimals (trailing zeros too), some zero, and a further total.</summary>
    public sealed record DecimalCase(decimal[] Weights, int Total, int Further, ulong Seed)
    {
        public Claimant[] Claimants() => Weights.Select((w, i) => new Claimant(NameOf(i), w)).ToArray();

        public override string ToString() =>
            $"DecimalCase(total {Total}, further {Further}, seed {Seed}, weights [{string.Join(", ", Weights)}])";
    }

    public static class DecimalCases
    {
        public static Arbitrary<DecimalCase> Arbitrary() =>
            Gen.Choose(1, 40).SelectMany(n =>
                    Gen.Frequency(
                            (1, Gen.Constant(0)),
                            // A few distinct values now and then: ties at the margin.
                            (3, Gen.Choose(1, 4).Select(v => v * 250)),
                            (6, Gen.Choose(1, 1_000_000)))
                        .SelectMany(m => Gen.Choose(0, 6).Select(s => new decimal(m, 0, 0, false, (byte)s)))
                        .ArrayOf(n))
                .Where(ws => ws.Any(w => w > 0))
                .SelectMany(ws => Gen.Choose(0, 5000).SelectMany(t => Gen.Choose(0, 800).SelectMany(f =>
                    Gen.Choose(0, int.MaxValue).Select(seed => new DecimalCase(ws, t, f, (ulong)seed)))))
                .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(DecimalCases)], MaxTest = Runs)]
    public void A_request_from_scaled_integer_weights_apportions_like_the_decimal_request(DecimalCase c)
    {
        var (weights, scale) = ScaleExactly(c.Weights);
        var names = c.Weights.Select((_, i) => NameOf(i)).ToArray();
        foreach (var method in AllMethods)
        {
            var ties = new TieRule.Lot(c.Seed);
            var expected = Apportioner.Apportion(new ApportionmentRequest(c.Claimants(), c.Total, method, ties), [c.Further]);
            var prepared = PreparedRequest.FromScaled(names, [.. c.Weights], weights, scale, c.Total, method);
            var actual = Apportioner.Apportion(prepared, method, ties, [c.Further]);
            Assert.Equal(prepared.Weights, PreparedRequest.Create(new ApportionmentRequest(c.Claimants(), c.Total, method, ties)).Weights);
            for (var k = 0; k < 2; k++) Identical.Result(expected[k], actual[k], $"{method} total {k}");
        }
    }

    [Property(Arbitrary = [typeof(DecimalCases)], MaxTest = Runs)]
    public void Ties_are_refused_the_same_way_from_scaled_integer_weights(DecimalCase c)
    {
        var (weights, scale) = ScaleExactly(c.Weights);
        var names = c.Weights.Select((_, i) => NameOf(i)).ToArray();
        foreach (var method in AllMethods)
        {
            var refuse = new TieRule.Refuse();
            TieException? expected = null, actual = null;
            try { Apportioner.Apportion(new ApportionmentRequest(c.Claimants(), c.Total, method, refuse), [c.Further]); }
            catch (TieException e) { expected = e; }
            try { Apportioner.Apportion(PreparedRequest.FromScaled(names, [.. c.Weights], weights, scale, c.Total, method), method, refuse, [c.Further]); }
            catch (TieException e) { actual = e; }
            Assert.Equal(expected?.Message, actual?.Message);
            Assert.Equal(expected?.Tied, actual?.Tied);
        }
    }

    [Property(Arbitrary = [typeof(DecimalCases)], MaxTest = Runs)]
    public void Weights_beyond_64_bits_give_what_the_64_bit_arithmetic_gives(DecimalCase c, byte exponent)
    {
        // Integer weights times 10^k (k 8..16) push the products and sums past 2^64, onto the 128-bit path.
        var k = 8 + exponent % 9;
        var small = c.Weights.Select((w, i) => new Claimant(NameOf(i), Mantissa(w))).ToArray();
        var large = small.Select(x => x with { Weight = x.Weight * Pow10(k) }).ToArray();
        foreach (var method in AllMethods)
        {
            var ties = new TieRule.Lot(c.Seed);
            var narrow = Apportioner.Apportion(new ApportionmentRequest(small, c.Total, method, ties), [c.Further]);
            var wide = Apportioner.Apportion(new ApportionmentRequest(large, c.Total, method, ties), [c.Further]);
            for (var t = 0; t < 2; t++)
            {
                Assert.Equal(narrow[t].Seats(), wide[t].Seats());
                Assert.Equal(narrow[t].Allotments.Select(a => a.Bounded), wide[t].Allotments.Select(a => a.Bounded));
                Assert.Equal(narrow[t].Allotments.Select(a => a.Quota), wide[t].Allotments.Select(a => a.Quota));
                Assert.Equal(narrow[t].Lots.Select(l => string.Join(",", l.Tied) + "/" + string.Join(",", l.Winners)),
                    wide[t].Lots.Select(l => string.Join(",", l.Tied) + "/" + string.Join(",", l.Winners)));
                // The divisor is chosen in weight units (not always 10^k times the other), but reproduces the result.
                if (method != ApportionmentMethod.Published && wide[t].Lots.Count == 0 && wide[t].Divisor is { } d)
                    Assert.Equal(wide[t].Seats(), PropertyTests.Reproduce(method, large, d));
            }
        }
    }

    [Property(MaxTest = 1000)]
    public void Radix_selection_finds_the_kth_largest(ulong[] values, int k, byte shape)
    {
        if (values.Length == 0) return;
        // Shapes: many equal values, spread 64-bit values, 128-bit values, long runs to select from.
        var items = (shape % 4) switch
        {
            0 => values.Select(v => (UInt128)(v % 13)).ToArray(),
            1 => values.Select(v => (UInt128)v).ToArray(),
            2 => values.Select(v => ((UInt128)v << 40) | (v % 7)).ToArray(),
            _ => values.Concat(values).Concat(values).Select(v => (UInt128)(v >> (int)(v % 60))).ToArray(),
        };
        var position = Math.Abs(k % items.Length) + 1;
        var expected = items.OrderDescending().ElementAt(position - 1);
        var bound = items.Max() + 1 + (UInt128)(values[0] % 1000);
        Assert.Equal(expected, LargestRemainder.KthLargest<UInt128>(items.ToArray(), position, bound));
        if (bound <= ulong.MaxValue)
            Assert.Equal((ulong)expected, LargestRemainder.KthLargest<ulong>(items.Select(v => (ulong)v).ToArray(), position, (ulong)bound));
    }

    [Property(MaxTest = 2000)]
    public void The_divisor_chosen_in_128_bits_is_the_one_chosen_in_big_integers(
        ulong lowerNumerator, uint lowerDenominator, ulong gap, uint upperDenominator, byte shape)
    {
        // Claims as the divisor methods make them: lower (strongest left out) below upper (weakest held),
        // squared for Huntington-Hill, sometimes infinite (denominator 0) or absent, sometimes far apart.
        var squared = shape % 2 == 1;
        var wide = shape % 5 == 0;
        UInt128 ln = wide ? (UInt128)lowerNumerator << 50 : lowerNumerator, ld = lowerDenominator % 100_000 + 1;
        UInt128 ud = (shape % 7 == 0) ? 0 : upperDenominator % 100_000 + 1;
        // upper / ud above ln / ld: un = ln x ud / ld + gap (rounded up).
        var un = ud == 0 ? ln : ln * ud / ld + 1 + (shape % 3 == 0 ? gap % 16 : gap);
        (UInt128, UInt128)? lower = shape % 11 == 0 ? null : (ln, shape % 13 == 0 ? 0 : ld);
        (UInt128, UInt128)? upper = shape % 17 == 0 ? null : (un, ud);

        var big = DivisorChoice.Between(squared,
            lower is { } l ? ((BigInteger)l.Item1, (BigInteger)l.Item2) : null,
            upper is { } u ? ((BigInteger)u.Item1, (BigInteger)u.Item2) : null);
        if (!DivisorChoice.TryBetween(squared, lower, upper, out var narrow)) return;
        Assert.Equal(big is null, narrow is null);
        if (big is not null)
        {
            Assert.Equal(big[0], (BigInteger)narrow!.Value.X);
            Assert.Equal(big[1], (BigInteger)narrow.Value.Y);
        }
    }

    private static decimal Mantissa(decimal w)
    {
        var bits = decimal.GetBits(w);
        return new decimal(bits[0], bits[1], bits[2], false, 0);
    }

    private static decimal Pow10(int k)
    {
        var p = 1m;
        for (var i = 0; i < k; i++) p *= 10;
        return p;
    }

    /// <summary>The weights as integers over the smallest common power of ten, computed independently.</summary>
    private static (UInt128[] Weights, int Scale) ScaleExactly(decimal[] weights)
    {
        var parts = weights.Select(w =>
        {
            var bits = decimal.GetBits(w);
            var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
            var scale = (bits[3] >> 16) & 0xFF;
            while (scale > 0 && !mantissa.IsZero && mantissa % 10 == 0) { mantissa /= 10; scale--; }
            return (Mantissa: mantissa, Scale: mantissa.IsZero ? 0 : scale);
        }).ToArray();
        var common = parts.Max(p => p.Scale);
        return (parts.Select(p => (UInt128)(p.Mantissa * BigInteger.Pow(10, common - p.Scale))).ToArray(), common);
    }
}
