using Spreiding.Core.Apportionment;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

public class BoundsTests
{
    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void A_maximum_caps_a_claimant_and_the_rest_is_shared_among_the_others(ApportionmentMethod method)
    {
        // Unbounded A would get 10 x 10/12 = 8.3; capped at 4, B and C share 6 equally.
        var claimants = new[] { new Claimant("A", 10m, Maximum: 4), new Claimant("B", 1m), new Claimant("C", 1m) };
        var result = Apportion(claimants, 10, method);
        Assert.Equal([4, 3, 3], result.Seats());
        Assert.Equal([true, false, false], result.Allotments.Select(a => a.Bounded));
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void A_minimum_lifts_a_small_claimant(ApportionmentMethod method)
    {
        var claimants = new[] { new Claimant("A", 1m, Minimum: 3), new Claimant("B", 50m), new Claimant("C", 50m) };
        var result = Apportion(claimants, 11, method);
        Assert.Equal([3, 4, 4], result.Seats());
        Assert.Equal([true, false, false], result.Allotments.Select(a => a.Bounded));
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void A_maximum_that_binds_only_before_the_minimums_are_met_does_not_bind(ApportionmentMethod method)
    {
        // Equal weights, total 10: quotas 3 1/3 put A below its minimum 8 and B above its maximum 3.
        // Fixing both at once would leave 10 - 8 - 3 = -1 for C. Fixing A alone leaves 2 for B and C,
        // quotas 1 and 1, and B's maximum no longer binds.
        var claimants = new[] { new Claimant("A", 1m, Minimum: 8), new Claimant("B", 1m, Maximum: 3), new Claimant("C", 1m) };
        var result = Apportion(claimants, 10, method);
        Assert.Equal([8, 1, 1], result.Seats());
        Assert.Equal([true, false, false], result.Allotments.Select(a => a.Bounded));
    }

    [Fact]
    public void Largest_remainder_with_bounds_keeps_the_quota_property_within_the_free_claimants()
    {
        // A is capped at 2; B, C, D share 10 over weight 6: quotas 1.67, 3.33, 5.
        // Floors 1 3 5 = 9, the last seat to B's remainder .67.
        var claimants = new[]
        {
            new Claimant("A", 100m, Maximum: 2), new Claimant("B", 1m), new Claimant("C", 2m), new Claimant("D", 3m),
        };
        var result = Apportion(claimants, 12, ApportionmentMethod.LargestRemainder);
        Assert.Equal([2, 2, 3, 5], result.Seats());
    }

    [Fact]
    public void Bounds_equal_to_the_unbounded_result_are_not_reported_as_binding()
    {
        var claimants = new[] { new Claimant("A", 1m, Minimum: 5, Maximum: 5), new Claimant("B", 1m) };
        var result = Apportion(claimants, 10, ApportionmentMethod.SainteLague);
        Assert.Equal([5, 5], result.Seats());
        Assert.Equal([false, false], result.Allotments.Select(a => a.Bounded));
    }

    [Fact]
    public void Published_clamps_each_rounded_quota_and_says_so()
    {
        var claimants = new[] { new Claimant("A", 1m, Minimum: 2), new Claimant("B", 9m, Maximum: 7) };
        var result = Apportion(claimants, 10, ApportionmentMethod.Published);
        Assert.Equal([2, 7], result.Seats());
        Assert.Equal([true, true], result.Allotments.Select(a => a.Bounded));
        Assert.Equal(-1, result.Difference);
    }

    [Fact]
    public void Minimums_that_take_the_whole_total_leave_nothing_for_the_others()
    {
        var claimants = new[] { new Claimant("A", 1m, Minimum: 6), new Claimant("B", 1m, Minimum: 4), new Claimant("C", 100m) };
        foreach (var method in new[] { ApportionmentMethod.LargestRemainder, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill })
            Assert.Equal([6, 4, 0], Apportion(claimants, 10, method).Seats());
    }
}
