using FsCheck;
using FsCheck.Xunit;
using Spreiding.Core.Apportionment;

namespace Spreiding.Tests.Core.Apportionment;

public class SharedTotalsTests
{
    [Property(MaxTest = 200)]
    public void Apportioning_several_totals_at_once_equals_apportioning_each_on_its_own(PositiveInt[] weights, byte first, byte second, int methodIndex)
    {
        if (weights.Length == 0) return;
        var method = Enum.GetValues<ApportionmentMethod>()[Math.Abs(methodIndex % 5)];
        var claimants = weights.Select((w, i) => new Claimant($"G{i:00}", w.Get)).ToArray();
        var request = new ApportionmentRequest(claimants, first, method, new TieRule.Lot(11));

        var together = Apportioner.Apportion(request, [second]);

        var alone = new[] { Apportioner.Apportion(request), Apportioner.Apportion(request with { Total = second }) };
        Assert.Equal(2, together.Count);
        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(alone[k].Total, together[k].Total);
            Assert.Equal(alone[k].Allotments, together[k].Allotments);
            Assert.Equal(alone[k].Lots.Select(l => string.Join(",", l.Winners)), together[k].Lots.Select(l => string.Join(",", l.Winners)));
        }
    }

    [Fact]
    public void A_further_total_below_the_minimums_is_refused()
    {
        var claimants = new[] { new Claimant("a", 1m, Minimum: 3), new Claimant("b", 1m, Minimum: 3) };
        var request = new ApportionmentRequest(claimants, 10, ApportionmentMethod.SainteLague, new TieRule.Refuse());
        Assert.Throws<Spreiding.Core.InvalidInputException>(() => Apportioner.Apportion(request, [4]));
    }
}
