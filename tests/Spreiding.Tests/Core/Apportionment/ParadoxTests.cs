using Spreiding.Core.Apportionment;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

public class ParadoxTests
{
    // Weights 6, 6, 2 (sum 14).
    // Total 10: quotas 4.29 4.29 1.43, floors 4 4 1, the last seat to C's remainder .43: 4 4 2.
    // Total 11: quotas 4.71 4.71 1.57, floors 4 4 1, two seats to A and B (.71 > .57): 5 5 1.
    private static readonly Claimant[] Alabama = Named(("A", 6m), ("B", 6m), ("C", 2m));

    [Fact]
    public void Largest_remainder_shows_the_Alabama_paradox_one_more_seat_costs_C_a_seat()
    {
        var before = Apportion(Alabama, 10, ApportionmentMethod.LargestRemainder);
        var after = Apportion(Alabama, 11, ApportionmentMethod.LargestRemainder);
        Assert.Equal([4, 4, 2], before.Seats());
        Assert.Equal([5, 5, 1], after.Seats());
        Assert.True(after.Seats()[2] < before.Seats()[2]);
    }

    [Theory]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Divisor_methods_do_not_show_the_Alabama_paradox_on_the_same_input(ApportionmentMethod method)
    {
        var before = Apportion(Alabama, 10, method, new TieRule.Lot(1)).Seats();
        var after = Apportion(Alabama, 11, method, new TieRule.Lot(1)).Seats();
        Assert.All(Enumerable.Range(0, 3), i => Assert.True(after[i] >= before[i]));
    }
}
