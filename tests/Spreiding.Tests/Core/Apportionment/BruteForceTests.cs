using FsCheck.Xunit;
using Spreiding.Core.Apportionment;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

/// <summary>The fast jump-and-step divisor methods against the naive one-unit-at-a-time loop.</summary>
public class BruteForceTests
{
    [Property(Arbitrary = [typeof(Generators)], MaxTest = 150)]
    public void Divisor_methods_equal_the_naive_highest_averages_loop(Case c)
    {
        foreach (var method in DivisorMethods) Check(method, c.Claimants(), c.Total);
    }

    [Property(Arbitrary = [typeof(Generators)], MaxTest = 150)]
    public void Bounded_divisor_methods_equal_the_naive_loop_from_the_minimums(BoundedCase b)
    {
        if (!b.Feasible()) return;
        foreach (var method in DivisorMethods) Check(method, b.Claimants(), b.Total);
    }

    [Theory]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Divisor_methods_equal_the_naive_loop_on_a_large_skewed_house(ApportionmentMethod method)
    {
        // Many small claimants and a few big ones: the estimate is off and the steps must make up for it.
        var claimants = Enumerable.Range(0, 120)
            .Select(i => new Claimant(NameOf(i), i < 3 ? 1_000_000m + i : 1m + i % 7))
            .ToArray();
        foreach (var total in new[] { 1, 50, 119, 120, 121, 500, 3_001 }) Check(method, claimants, total);
    }

    private static void Check(ApportionmentMethod method, IReadOnlyList<Claimant> claimants, int total)
    {
        var naive = NaiveDivisor.Run(method, claimants, total);
        if (naive.Tie)
        {
            var tie = Assert.Throws<TieException>(() => Apportion(claimants, total, method));
            Assert.Equal(naive.Tied, tie.Tied);
        }
        else
        {
            Assert.Equal(naive.Seats.Select(s => (int)s), Apportion(claimants, total, method).Seats());
        }
    }
}
