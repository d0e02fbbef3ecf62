using Spreiding.Core;
using Spreiding.Core.Apportionment;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

public class ValidationTests
{
    private static InvalidInputException Refused(IReadOnlyList<Claimant> claimants, int total,
        ApportionmentMethod method = ApportionmentMethod.SainteLague) =>
        Assert.Throws<InvalidInputException>(() => Apportion(claimants, total, method));

    [Fact]
    public void A_duplicate_name_is_refused_naming_it()
    {
        var e = Refused(Named(("Ede", 1m), ("Epe", 2m), ("Ede", 3m)), 5);
        Assert.Contains("'Ede'", e.Message);
        Assert.Contains("meer dan eens", e.Message);
    }

    [Fact]
    public void Names_differing_only_in_case_are_different_claimants()
    {
        Assert.Equal([1, 1], Apportion(Named(("ede", 1m), ("Ede", 1m)), 2, ApportionmentMethod.DHondt).Seats());
    }

    [Fact]
    public void A_missing_name_is_refused()
    {
        Assert.Contains("geen naam", Refused([new Claimant(" ", 1m)], 1).Message);
    }

    [Fact]
    public void A_negative_weight_is_refused_naming_the_claimant()
    {
        var e = Refused(Named(("Ede", 1m), ("Epe", -0.5m)), 5);
        Assert.Contains("'Epe'", e.Message);
        Assert.Contains("negatief", e.Message);
        Assert.Contains("-0.5", e.Message);
    }

    [Fact]
    public void A_negative_total_is_refused()
    {
        Assert.Contains("negatief", Refused(Claimants(1m), -1).Message);
    }

    [Theory]
    [InlineData(ApportionmentMethod.Published)]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void All_weights_zero_with_a_positive_total_is_refused(ApportionmentMethod method)
    {
        Assert.Contains("Alle gewichten zijn 0", Refused(Claimants(0m, 0m), 3, method).Message);
    }

    [Fact]
    public void A_minimum_above_the_maximum_is_refused_naming_the_claimant()
    {
        var e = Refused([new Claimant("Urk", 1m, Minimum: 5, Maximum: 4), new Claimant("Edam", 1m)], 10);
        Assert.Contains("'Urk'", e.Message);
        Assert.Contains("minimum (5)", e.Message);
    }

    [Fact]
    public void Negative_bounds_are_refused()
    {
        Assert.Contains("'Urk'", Refused([new Claimant("Urk", 1m, Minimum: -1)], 1).Message);
        Assert.Contains("maximum", Refused([new Claimant("Urk", 1m, Maximum: -1)], 1).Message);
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Minimums_adding_up_to_more_than_the_total_are_refused(ApportionmentMethod method)
    {
        var e = Refused([new Claimant("A", 1m, Minimum: 6), new Claimant("B", 1m, Minimum: 5)], 10, method);
        Assert.Contains("minima", e.Message);
        Assert.Contains("11", e.Message);
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Maximums_adding_up_to_less_than_the_total_are_refused(ApportionmentMethod method)
    {
        var e = Refused([new Claimant("A", 1m, Maximum: 4), new Claimant("B", 1m, Maximum: 5)], 10, method);
        Assert.Contains("maxima", e.Message);
        Assert.Contains("9", e.Message);
    }

    [Fact]
    public void A_zero_weight_claimant_cannot_make_up_for_too_small_maximums()
    {
        // Nothing is proportional to weight 0, so C can get its minimum only.
        var e = Refused([new Claimant("A", 1m, Maximum: 4), new Claimant("B", 1m, Maximum: 5), new Claimant("C", 0m)], 10);
        Assert.Contains("gewicht 0", e.Message);
    }

    [Fact]
    public void Published_needs_no_feasible_bounds_because_it_need_not_hit_the_total()
    {
        var result = Apportion([new Claimant("A", 1m, Maximum: 4), new Claimant("B", 1m, Maximum: 5)], 10, ApportionmentMethod.Published);
        Assert.Equal([4, 5], result.Seats());
        Assert.Equal([true, false], result.Allotments.Select(a => a.Bounded));
        Assert.Equal(-1, result.Difference);
    }

    [Fact]
    public void Weights_too_large_or_too_precise_for_exact_arithmetic_are_refused()
    {
        // 79228162514264337593543950335 and 0.0000000000000000000000000001 need a common scale of 10^28.
        var e = Refused(Claimants(decimal.MaxValue, 0.0000000000000000000000000001m), 10);
        Assert.Contains("te groot of te nauwkeurig", e.Message);
    }

    [Fact]
    public void Trailing_zeros_do_not_make_weights_too_precise()
    {
        // 1.5000000000000000000000000000m has scale 28 but means 15/10.
        var result = Apportion(Claimants(1.5000000000000000000000000000m, 5_000_000_000_000m), 10, ApportionmentMethod.SainteLague);
        Assert.Equal(10, result.Assigned);
    }

    [Fact]
    public void Null_parts_of_the_request_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => Apportioner.Apportion(null!));
        Assert.Throws<ArgumentNullException>(() =>
            Apportioner.Apportion(new ApportionmentRequest(Claimants(1m), 1, ApportionmentMethod.DHondt, null!)));
    }
}
