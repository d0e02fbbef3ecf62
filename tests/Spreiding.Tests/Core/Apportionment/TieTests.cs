using Spreiding.Core.Apportionment;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

public class TieTests
{
    // Hamilton, total 2: quotas 1/2, 1/2, 1; C takes its whole seat, A and B tie for the other.
    private static readonly Claimant[] HalfAndHalf = Named(("B", 1m), ("C", 2m), ("A", 1m));

    [Fact]
    public void Refuse_throws_a_tie_exception_naming_exactly_the_tied_claimants()
    {
        var tie = Assert.Throws<TieException>(() => Apportion(HalfAndHalf, 2, ApportionmentMethod.LargestRemainder));
        Assert.Equal(["A", "B"], tie.Tied);
        Assert.Equal(1, tie.Contested);
        Assert.Contains("'A' en 'B'", tie.Message);
        Assert.Contains("1 plaats", tie.Message);
        Assert.Contains("--loting", tie.Message);
        Assert.DoesNotContain("'C'", tie.Message);
    }

    [Fact]
    public void A_tie_exception_is_an_invalid_input_exception()
    {
        Assert.ThrowsAny<Spreiding.Core.InvalidInputException>(() => Apportion(HalfAndHalf, 2, ApportionmentMethod.LargestRemainder));
    }

    [Fact]
    public void DHondt_refuses_a_tie_between_equal_next_averages()
    {
        // A's second average 6/2 = 3 equals B's first average 3/1; one seat left after A's first.
        var tie = Assert.Throws<TieException>(() => Apportion(Named(("A", 6m), ("B", 3m)), 2, ApportionmentMethod.DHondt));
        Assert.Equal(["A", "B"], tie.Tied);
        Assert.Equal(1, tie.Contested);
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Three_equal_claimants_sharing_two_units_contest_two(ApportionmentMethod method)
    {
        var tie = Assert.Throws<TieException>(() => Apportion(Named(("Z", 5m), ("X", 5m), ("Y", 5m)), 2, method));
        Assert.Equal(["X", "Y", "Z"], tie.Tied);
        Assert.Equal(2, tie.Contested);
        Assert.Contains("2 plaatsen", tie.Message);
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Equal_claims_that_all_get_the_same_are_not_a_tie(ApportionmentMethod method)
    {
        var result = Apportion(Named(("A", 5m), ("B", 5m), ("C", 10m)), 8, method);
        Assert.Equal([2, 2, 4], result.Seats());
        Assert.Empty(result.Lots);
    }

    [Fact]
    public void Published_never_ties()
    {
        var result = Apportion(HalfAndHalf, 2, ApportionmentMethod.Published);
        Assert.Equal([1, 1, 1], result.Seats());
    }

    [Fact]
    public void A_lot_gives_reproducible_winners_and_records_the_drawing()
    {
        var first = Apportion(HalfAndHalf, 2, ApportionmentMethod.LargestRemainder, new TieRule.Lot(2024));
        var second = Apportion(HalfAndHalf, 2, ApportionmentMethod.LargestRemainder, new TieRule.Lot(2024));
        Assert.Equal(first.Seats(), second.Seats());
        var lot = Assert.Single(first.Lots);
        Assert.Equal(2024UL, lot.Seed);
        Assert.Equal(["A", "B"], lot.Tied);
        Assert.Equal(1, lot.Contested);
        var winner = Assert.Single(lot.Winners);
        Assert.Contains(winner, new[] { "A", "B" });
        var seats = first.SeatsByName();
        Assert.Equal(1, seats[winner]);
        Assert.Equal(0, seats[winner == "A" ? "B" : "A"]);
        Assert.Equal(1, seats["C"]);
        Assert.Equal(2, first.Assigned);
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void A_lot_does_not_depend_on_input_order(ApportionmentMethod method)
    {
        var claimants = Enumerable.Range(0, 7).Select(i => new Claimant($"Gemeente {i}", 3m)).ToArray();
        var forward = Apportion(claimants, 3, method, new TieRule.Lot(99));
        var backward = Apportion(claimants.Reverse().ToArray(), 3, method, new TieRule.Lot(99));
        Assert.Equal(forward.SeatsByName(), backward.SeatsByName());
        var lot = Assert.Single(forward.Lots);
        Assert.Equal(lot.Tied, Assert.Single(backward.Lots).Tied);
        Assert.Equal(lot.Winners, backward.Lots[0].Winners);
        Assert.Equal(3, lot.Winners.Count);
        Assert.Equal(lot.Winners.Order(StringComparer.Ordinal), lot.Winners);
    }

    [Fact]
    public void A_different_seed_can_give_a_different_winner()
    {
        var winners = Enumerable.Range(0, 32)
            .Select(seed => Apportion(HalfAndHalf, 2, ApportionmentMethod.LargestRemainder, new TieRule.Lot((ulong)seed)).Lots[0].Winners[0])
            .ToHashSet();
        Assert.Equal(new HashSet<string> { "A", "B" }, winners);
    }

    [Fact]
    public void The_lot_winner_for_a_fixed_seed_is_stable_across_runs_and_platforms()
    {
        // Pinned values, computed independently (Python): FNV-1a 64 over UTF-8 keyed by SplitMix64, so
        // nothing depends on the runtime's string hashing. Changing them changes every published lot.
        Assert.Equal(0xE220A8397B1DCDAFUL, TieBreaking.SplitMix64(0));
        Assert.Equal(17921098490803608512UL, TieBreaking.LotKey(2024, "Amsterdam"));
        Assert.NotEqual(TieBreaking.LotKey(2024, "Amsterdam"), TieBreaking.LotKey(2025, "Amsterdam"));
    }

    [Fact]
    public void A_divisor_method_tie_by_lot_reports_the_tied_average_as_divisor()
    {
        // D'Hondt A 6, B 3, 2 seats: the contested average is 3, so only D = 3 separates winner and loser.
        var result = Apportion(Named(("A", 6m), ("B", 3m)), 2, ApportionmentMethod.DHondt, new TieRule.Lot(5));
        Assert.Equal(new Spreiding.Core.Arithmetic.Fraction(3, 1), result.Divisor);
        Assert.Equal(2, result.Assigned);
        Assert.Single(result.Lots);
    }
}
