using System.Numerics;
using FsCheck.Xunit;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

/// <summary>Laws of the methods on random inputs. Ties go to a lot so that they never throw.</summary>
public class PropertyTests
{
    private const int Runs = 150;
    private static readonly TieRule Lot = new TieRule.Lot(7);

    private static ApportionmentResult Run(Case c, ApportionmentMethod method) => Apportion(c.Claimants(), c.Total, method, Lot);

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Parts_sum_to_the_total_for_every_method_but_published(Case c)
    {
        foreach (var method in AllMethods.Where(m => m != ApportionmentMethod.Published))
        {
            var result = Run(c, method);
            Assert.Equal(c.Total, result.Seats().Sum());
            Assert.Equal(c.Total, result.Assigned);
            Assert.Equal(0, result.Difference);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Largest_remainder_stays_within_one_of_the_quota(Case c)
    {
        foreach (var a in Run(c, ApportionmentMethod.LargestRemainder).Allotments)
        {
            var floor = (long)a.Quota.Floor();
            var ceiling = a.Quota.FractionalPart().Numerator == 0 ? floor : floor + 1;
            Assert.InRange(a.Seats, floor, ceiling);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Divisor_methods_are_house_monotone(Case c)
    {
        foreach (var method in DivisorMethods)
        {
            var smaller = Apportion(c.Claimants(), c.Total, method, Lot).Seats();
            var larger = Apportion(c.Claimants(), c.Total + 1, method, Lot).Seats();
            for (var i = 0; i < smaller.Length; i++) Assert.True(larger[i] >= smaller[i], $"{method}: claimant {i} lost a seat");
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void The_result_does_not_depend_on_input_order(ShuffledCase s)
    {
        var claimants = s.Case.Claimants();
        var shuffled = s.Permutation.Select(i => claimants[i]).ToArray();
        foreach (var method in AllMethods)
        {
            var ties = new TieRule.Lot(s.Seed);
            var original = Apportion(claimants, s.Case.Total, method, ties);
            var reordered = Apportion(shuffled, s.Case.Total, method, ties);
            Assert.Equal(original.SeatsByName(), reordered.SeatsByName());
            Assert.Equal(original.Divisor, reordered.Divisor);
            Assert.Equal(original.Lots.Count, reordered.Lots.Count);
            for (var i = 0; i < original.Lots.Count; i++)
            {
                Assert.Equal(original.Lots[i].Tied, reordered.Lots[i].Tied);
                Assert.Equal(original.Lots[i].Winners, reordered.Lots[i].Winners);
            }
            Assert.Equal(shuffled.Select(x => x.Name), reordered.Allotments.Select(a => a.Name));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Scaling_all_weights_by_a_positive_integer_changes_nothing(Case c, FsCheck.PositiveInt factor)
    {
        var f = factor.Get % 1000 + 1;
        var scaled = c.Claimants().Select(x => x with { Weight = x.Weight * f }).ToArray();
        foreach (var method in AllMethods)
        {
            var plain = Run(c, method);
            var bigger = Apportion(scaled, c.Total, method, Lot);
            Assert.Equal(plain.Seats(), bigger.Seats());
            Assert.Equal(plain.Allotments.Select(a => a.Quota), bigger.Allotments.Select(a => a.Quota));
            Assert.Equal(plain.Lots.SelectMany(l => l.Winners), bigger.Lots.SelectMany(l => l.Winners));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Scaling_all_weights_by_a_power_of_ten_changes_nothing(Case c, byte exponent)
    {
        // Weights 1..1000 divided by up to 10^9 as exact decimals, e.g. 317 -> 0.000317.
        var scale = (byte)(exponent % 10);
        var scaled = c.Claimants().Select(x => x with { Weight = new decimal((int)x.Weight, 0, 0, false, scale) }).ToArray();
        foreach (var method in AllMethods)
        {
            var plain = Run(c, method);
            var smaller = Apportion(scaled, c.Total, method, Lot);
            Assert.Equal(plain.Seats(), smaller.Seats());
            Assert.Equal(plain.Lots.SelectMany(l => l.Winners), smaller.Lots.SelectMany(l => l.Winners));
            // The divisor is in weight units, so it scales with the weights.
            if (plain.Divisor is { } d)
                Assert.Equal(new Fraction(d.Numerator, d.Denominator * Int128Pow10(scale)), smaller.Divisor);
            else
                Assert.Null(smaller.Divisor);
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Bounds_are_respected_when_they_are_feasible(BoundedCase b)
    {
        if (!b.Feasible()) return;
        foreach (var method in AllMethods.Where(m => m != ApportionmentMethod.Published))
        {
            var result = Apportion(b.Claimants(), b.Total, method, Lot);
            Assert.Equal(b.Total, result.Assigned);
            for (var i = 0; i < b.Weights.Length; i++)
            {
                var seats = result.Allotments[i].Seats;
                Assert.True(seats >= (b.Minimums[i] ?? 0), $"{method}: {i} below its minimum");
                Assert.True(b.Maximums[i] is not { } max || seats <= max, $"{method}: {i} above its maximum");
            }
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Bounded_largest_remainder_is_the_fixed_point_of_fixing_violators(BoundedCase b)
    {
        if (!b.Feasible()) return;
        var result = Apportion(b.Claimants(), b.Total, ApportionmentMethod.LargestRemainder, Lot);
        // The free claimants share what the bound ones leave, in proportion; the quota L x w must lie within
        // one of each free claimant's seats and outside the bound of each bound one.
        var allotments = result.Allotments;
        var positive = Enumerable.Range(0, allotments.Count).Where(i => b.Weights[i] > 0).ToArray();
        var free = positive.Where(i => !allotments[i].Bounded).ToArray();
        long freeTotal = b.Total - allotments.Where((a, i) => b.Weights[i] == 0 || a.Bounded).Sum(a => (long)a.Seats);
        long freeWeight = free.Sum(i => (long)b.Weights[i]);
        if (freeWeight == 0) return;
        foreach (var i in positive)
        {
            var quota = new Fraction(freeTotal * b.Weights[i], freeWeight);
            var seats = allotments[i].Seats;
            if (allotments[i].Bounded)
                Assert.True(seats == b.Minimums[i] && quota < Fraction.FromInteger(seats) ||
                            seats == b.Maximums[i] && quota > Fraction.FromInteger(seats), $"claimant {i} bound without reason");
            else
                Assert.InRange(seats, (long)quota.Floor(), (long)quota.Floor() + (quota.FractionalPart().Numerator == 0 ? 0 : 1));
        }
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void Published_is_each_quota_rounded_half_up_on_its_own(Case c)
    {
        var result = Run(c, ApportionmentMethod.Published);
        var sum = (BigInteger)c.Weights.Sum();
        for (var i = 0; i < c.Weights.Length; i++)
        {
            // round(T w / W) = floor((2 T w + W) / (2 W)), independent of Fraction.
            var expected = (2 * (BigInteger)c.Total * c.Weights[i] + sum) / (2 * sum);
            Assert.Equal(expected, (BigInteger)result.Allotments[i].Seats);
        }
        Assert.Equal(result.Seats().Sum(), result.Assigned);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = Runs)]
    public void The_reported_divisor_reproduces_the_result(Case c)
    {
        foreach (var method in DivisorMethods)
        {
            var result = Run(c, method);
            if (result.Lots.Count > 0 || result.Divisor is not { } d) continue;
            Assert.Equal(result.Seats(), Reproduce(method, c.Claimants(), d));
        }
    }

    private static Int128 Int128Pow10(int e)
    {
        Int128 p = 1;
        for (var i = 0; i < e; i++) p *= 10;
        return p;
    }

    /// <summary>The units each weight gets at divisor d, rounding at the method's signposts.</summary>
    internal static int[] Reproduce(ApportionmentMethod method, IReadOnlyList<Claimant> claimants, Fraction d)
    {
        // w / D = w x den / num; compare with the signpost s(n) exactly, in BigInteger.
        return claimants.Select(c =>
        {
            var (num, den) = Exact(c.Weight);
            var qn = num * (BigInteger)d.Denominator; // q = qn / qd
            var qd = den * (BigInteger)d.Numerator;
            if (qn.IsZero) return 0;
            var n = (int)(qn / qd);
            var up = method switch
            {
                ApportionmentMethod.DHondt => false,
                ApportionmentMethod.SainteLague => 2 * (qn - n * qd) >= qd,
                _ => n == 0 || qn * qn >= (BigInteger)n * (n + 1) * qd * qd,
            };
            return n + (up ? 1 : 0);
        }).ToArray();
    }

    private static (BigInteger Numerator, BigInteger Denominator) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (mantissa, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
    }
}
