using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using static Spreiding.Tests.Core.Apportionment.Support;

namespace Spreiding.Tests.Core.Apportionment;

/// <summary>Published worked examples; every expected number is re-derived in the comments.</summary>
public class TextbookExampleTests
{
    // The election of the Wikipedia articles on D'Hondt and Sainte-Lague: 8 seats.
    private static readonly Claimant[] Election =
        Named(("A", 100_000m), ("B", 80_000m), ("C", 30_000m), ("D", 20_000m));

    [Fact]
    public void DHondt_gives_the_election_example_4_3_1_0()
    {
        // Averages v/1, v/2, ...: A 100k 50k 33.3k 25k | B 80k 40k 26.7k | C 30k | D 20k.
        // The 8 largest: 100k A, 80k B, 50k A, 40k B, 33.3k A, 30k C, 26.7k B, 25k A; next would be 20k.
        var result = Apportion(Election, 8, ApportionmentMethod.DHondt);
        Assert.Equal([4, 3, 1, 0], result.Seats());
        Assert.Equal(0, result.Difference);
    }

    [Fact]
    public void Sainte_Lague_gives_the_election_example_3_3_1_1_where_DHondt_differs()
    {
        // Averages v/1, v/3, v/5: A 100k 33.3k 20k | B 80k 26.7k 16k | C 30k 10k | D 20k.
        // The 8 largest: 100k, 80k, 33.3k, 30k, 26.7k, 20k (A), 20k (D), 16k (B); next is A's 14.3k.
        var result = Apportion(Election, 8, ApportionmentMethod.SainteLague);
        Assert.Equal([3, 3, 1, 1], result.Seats());
    }

    [Fact]
    public void Largest_remainder_gives_the_last_seat_to_the_largest_remainder()
    {
        // Wikipedia, largest remainder method, Hare quota 100,000 / 10 = 10,000 votes:
        // quotas 4.70 1.60 1.58 1.20 0.61 0.31, floors 4 1 1 1 0 0 (7 seats).
        // The 3 remaining seats go to remainders .70, .61 and .60; .58 (C) just misses.
        var parties = Named(("A", 47_000m), ("B", 16_000m), ("C", 15_800m), ("D", 12_000m), ("E", 6_100m), ("F", 3_100m));
        var result = Apportion(parties, 10, ApportionmentMethod.LargestRemainder);
        Assert.Equal([5, 2, 1, 1, 1, 0], result.Seats());
        Assert.Equal(new Fraction(47, 10), result.Allotments[0].Quota);
    }

    [Theory]
    // Same six parties, 10 seats, every method a different answer:
    // D'Hondt averages: A 47k 23.5k 15.7k 11.75k 9.4k 7.83k |
    //   B 16k 8k | C 15.8k 7.9k | D 12k | E 6.1k: top 10 ends with 7.9k (C), next is A's 7.83k: A5 B2 C2 D1.
    // Sainte-Lague (divisors 1 3 5 7): A 47k 15.7k 9.4k 6.71k 5.2k | B 16k 5.3k | C 15.8k 5.27k | D 12k 4k
    //   | E 6.1k | F 3.1k; top 10 ends with 5.27k (C), next is A's 5.22k: A4 B2 C2 D1 E1.
    // Huntington-Hill: first seats unconditional (6), then A 47k/1.41=33.2k 47k/2.45=19.2k 47k/3.46=13.6k,
    //   B 16k/1.41=11.3k, C 11.2k, D 8.5k: the 4 left go to A A A B: A4 B2 C1 D1 E1 F1.
    [InlineData(ApportionmentMethod.DHondt, new[] { 5, 2, 2, 1, 0, 0 })]
    [InlineData(ApportionmentMethod.SainteLague, new[] { 4, 2, 2, 1, 1, 0 })]
    [InlineData(ApportionmentMethod.HuntingtonHill, new[] { 4, 2, 1, 1, 1, 1 })]
    [InlineData(ApportionmentMethod.LargestRemainder, new[] { 5, 2, 1, 1, 1, 0 })]
    [InlineData(ApportionmentMethod.Published, new[] { 5, 2, 2, 1, 1, 0 })]
    public void The_six_party_example_separates_the_methods(ApportionmentMethod method, int[] expected)
    {
        var parties = Named(("A", 47_000m), ("B", 16_000m), ("C", 15_800m), ("D", 12_000m), ("E", 6_100m), ("F", 3_100m));
        Assert.Equal(expected, Apportion(parties, 10, method).Seats());
    }

    // Tannenbaum, Excursions in Modern Mathematics: the Republic of Parador, 250 seats,
    // population 12,500,000, standard divisor 50,000; quotas 32.92 138.72 3.08 41.82 13.70 19.76.
    private static readonly Claimant[] Parador =
        Named(("A", 1_646_000m), ("B", 6_936_000m), ("C", 154_000m), ("D", 2_091_000m), ("E", 685_000m), ("F", 988_000m));

    [Theory]
    // Hamilton: floors 32 138 3 41 13 19 = 246; the 4 left go to remainders .92 A, .82 D, .76 F, .72 B.
    [InlineData(ApportionmentMethod.LargestRemainder, new[] { 33, 139, 3, 42, 13, 20 })]
    // Jefferson, divisor 49,500: 33.25 140.12 3.11 42.24 13.84 19.96, rounded down: 250.
    [InlineData(ApportionmentMethod.DHondt, new[] { 33, 140, 3, 42, 13, 19 })]
    // Webster, divisor 50,100: 32.85 138.44 3.07 41.74 13.67 19.72, rounded: 250.
    [InlineData(ApportionmentMethod.SainteLague, new[] { 33, 138, 3, 42, 14, 20 })]
    // Huntington-Hill agrees with Webster here: at divisor 50,100, E's 13.67 is above sqrt(13*14)=13.49
    // and B's 138.44 below sqrt(138*139)=138.50.
    [InlineData(ApportionmentMethod.HuntingtonHill, new[] { 33, 138, 3, 42, 14, 20 })]
    // Rounding each quota: 33 139 3 42 14 20 = 251, one too many.
    [InlineData(ApportionmentMethod.Published, new[] { 33, 139, 3, 42, 14, 20 })]
    public void Parador_is_apportioned_as_in_the_textbook(ApportionmentMethod method, int[] expected)
    {
        var result = Apportion(Parador, 250, method);
        Assert.Equal(expected, result.Seats());
        Assert.Equal(method == ApportionmentMethod.Published ? 251 : 250, result.Assigned);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Divisor_methods_report_a_divisor_that_reproduces_Parador(ApportionmentMethod method)
    {
        var result = Apportion(Parador, 250, method);
        var divisor = Assert.IsType<Fraction>(result.Divisor);
        foreach (var a in result.Allotments)
        {
            var q = new Fraction((long)a.Weight * divisor.Denominator, divisor.Numerator); // w / D
            var n = (long)q.Floor();
            var roundedUp = method switch
            {
                ApportionmentMethod.DHondt => false,
                ApportionmentMethod.SainteLague => q.FractionalPart() >= new Fraction(1, 2),
                // q >= sqrt(n(n+1)) <=> q^2 >= n(n+1)
                _ => n == 0 || (q.Numerator * q.Numerator).CompareTo(n * (n + 1) * q.Denominator * q.Denominator) >= 0,
            };
            Assert.Equal(a.Seats, n + (roundedUp ? 1 : 0));
        }
    }

    [Fact]
    public void Huntington_Hill_gives_every_claimant_a_first_seat_where_the_others_give_none()
    {
        // Four seats go to the four first seats (infinite claims); the fifth to A at 1000/sqrt(2) = 707.
        // D'Hondt and Sainte-Lague: A's averages 1000/5 = 200 and 1000/9 = 111 still beat 10.
        var claimants = Named(("A", 1000m), ("B", 10m), ("C", 10m), ("D", 10m));
        Assert.Equal([2, 1, 1, 1], Apportion(claimants, 5, ApportionmentMethod.HuntingtonHill).Seats());
        Assert.Equal([5, 0, 0, 0], Apportion(claimants, 5, ApportionmentMethod.DHondt).Seats());
        Assert.Equal([5, 0, 0, 0], Apportion(claimants, 5, ApportionmentMethod.SainteLague).Seats());
    }

    [Fact]
    public void Published_rounds_each_quota_on_its_own_so_the_parts_can_exceed_the_total()
    {
        // Quotas 0.5 and 0.5 both round half up.
        var result = Apportion(Claimants(1m, 1m), 1, ApportionmentMethod.Published);
        Assert.Equal([1, 1], result.Seats());
        Assert.Equal(2, result.Assigned);
        Assert.Equal(1, result.Difference);
        Assert.Null(result.Divisor);
    }

    [Fact]
    public void Published_can_also_fall_short_of_the_total()
    {
        // Quotas 3 1/3 each round down to 3.
        var result = Apportion(Claimants(1m, 1m, 1m), 10, ApportionmentMethod.Published);
        Assert.Equal([3, 3, 3], result.Seats());
        Assert.Equal(-1, result.Difference);
    }

    [Fact]
    public void Quota_is_total_times_weight_over_weight_sum_exactly()
    {
        var result = Apportion(Claimants(1m, 2m), 10, ApportionmentMethod.SainteLague);
        Assert.Equal(new Fraction(10, 3), result.Allotments[0].Quota);
        Assert.Equal(new Fraction(20, 3), result.Allotments[1].Quota);
        Assert.Equal("10/3", result.Allotments[0].Quota.ToString());
    }

    [Fact]
    public void Allotments_come_back_in_input_order_with_their_weights()
    {
        var claimants = Named(("Zwolle", 3.5m), ("Almere", 1.25m), ("Leeuwarden", 0m));
        var result = Apportion(claimants, 19, ApportionmentMethod.LargestRemainder);
        Assert.Equal(["Zwolle", "Almere", "Leeuwarden"], result.Allotments.Select(a => a.Name));
        Assert.Equal([3.5m, 1.25m, 0m], result.Allotments.Select(a => a.Weight));
        // 19 x 3.5/4.75 = 14, 19 x 1.25/4.75 = 5: exact quotas, no remainders.
        Assert.Equal([14, 5, 0], result.Seats());
        Assert.Equal(ApportionmentMethod.LargestRemainder, result.Method);
        Assert.Equal(19, result.Total);
        Assert.Empty(result.Lots);
    }

    [Theory]
    // Published rounds A's own quota 7 x 5/5 = 7 and adds C's minimum on top.
    [InlineData(ApportionmentMethod.Published, 7)]
    [InlineData(ApportionmentMethod.LargestRemainder, 5)]
    [InlineData(ApportionmentMethod.SainteLague, 5)]
    [InlineData(ApportionmentMethod.DHondt, 5)]
    [InlineData(ApportionmentMethod.HuntingtonHill, 5)]
    public void Zero_weight_gets_nothing_or_its_minimum(ApportionmentMethod method, int forA)
    {
        var claimants = new[] { new Claimant("A", 5m), new Claimant("B", 0m), new Claimant("C", 0m, Minimum: 2) };
        var result = Apportion(claimants, 7, method);
        Assert.Equal([forA, 0, 2], result.Seats());
        Assert.Equal([false, false, true], result.Allotments.Select(a => a.Bounded));
    }

    [Theory]
    [InlineData(ApportionmentMethod.Published)]
    [InlineData(ApportionmentMethod.LargestRemainder)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void A_total_of_zero_gives_everyone_zero(ApportionmentMethod method)
    {
        var result = Apportion(Claimants(3m, 1m, 0m), 0, method);
        Assert.Equal([0, 0, 0], result.Seats());
        Assert.Equal(0, result.Assigned);
    }

    [Fact]
    public void An_empty_request_with_total_zero_is_an_empty_result()
    {
        var result = Apportion([], 0, ApportionmentMethod.SainteLague);
        Assert.Empty(result.Allotments);
        Assert.Equal(0, result.Assigned);
    }
}
