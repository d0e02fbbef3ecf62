using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Prognose;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class VergelijkingTests
{
    private const int Runs = 400;
    private const ulong Zaad = 2026;

    private static readonly Lazy<(MonteCarloResultaat Basis, MonteCarloResultaat Beleid, PrognoseVerdelingResultaat BasisVerdeling, PrognoseVerdelingResultaat BeleidVerdeling)> Doorgerekend =
        new(() =>
        {
            var basis = MonteCarlo.Draai(Basis(), Doelbezetting, Runs, Zaad);
            var beleid = MonteCarlo.Draai(AlleHefbomen(), Doelbezetting, Runs, Zaad);
            var raming = Raming2024(ApportionmentMethod.SainteLague);
            return (basis, beleid, PrognoseVerdeling.Verdeel(raming, basis.Totalen(), Zaad), PrognoseVerdeling.Verdeel(raming, beleid.Totalen(), Zaad));
        });

    [Fact]
    public void Levers_that_only_lower_the_need_give_a_negative_difference_in_every_run_nationally_and_per_province()
    {
        var (basis, beleid, bv, sv) = Doorgerekend.Value;
        var v = Vergelijking.Vergelijk(basis, beleid, 0.05, bv, sv);
        Assert.True(v.Landelijk.Verschil.P90 < 0);
        Assert.True(v.Landelijk.Scenario.P50 < v.Landelijk.Basis.P50);
        for (var r = 0; r < Runs; r++) Assert.True(beleid.BehoeftePerRun[r] < basis.BehoeftePerRun[r]);
        Assert.All(v.Provincies, p =>
        {
            Assert.True(p.VerschilP50 < 0, $"{p.Provincie.Naam}: {p.VerschilP50}");
            Assert.True(p.VerschilPerRun.P90 <= 0);
        });
        Assert.All(v.Gemeenten, g => Assert.True(g.VerschilP50 <= 0 && g.VerschilPerRun.P10 <= g.VerschilPerRun.P90));
        Assert.Equal(342, v.Gemeenten.Count);
    }

    [Fact]
    public void A_baseline_compared_with_itself_differs_nowhere_and_is_not_flagged()
    {
        var (basis, _, bv, _) = Doorgerekend.Value;
        var v = Vergelijking.Vergelijk(basis, basis, 0.05, bv, bv);
        Assert.Equal(new Percentielen(0, 0, 0), v.Landelijk.Verschil);
        Assert.All(v.Gemeenten, g => Assert.Equal(new GeheelPercentielen(0, 0, 0), g.VerschilPerRun));
        Assert.False(v.Herziening.Gemarkeerd);
        Assert.Contains("verandert de landelijke behoefte op 1 januari 2027 niet", v.Herziening.Zin);
    }

    [Fact]
    public void The_revision_flag_uses_the_median_difference_relative_to_the_baseline_median()
    {
        var (basis, beleid, _, _) = Doorgerekend.Value;
        var v = Vergelijking.Vergelijk(basis, beleid, 0.05);
        var relatief = Math.Abs(beleid.Landelijk.P50 - basis.Landelijk.P50) / basis.Landelijk.P50;
        Assert.Equal(relatief, v.Herziening.RelatiefVerschil);
        Assert.Equal(relatief > 0.05, v.Herziening.Gemarkeerd);
        Assert.Empty(v.Gemeenten);
    }

    [Theory]
    [InlineData(95.0, false)]
    [InlineData(105.0, false)]
    [InlineData(94.9, true)]
    [InlineData(105.1, true)]
    [InlineData(100.0, false)]
    public void The_revision_flag_is_raised_only_strictly_above_the_threshold(double scenarioP50, bool gemarkeerd)
    {
        var toets = Vergelijking.Toets("basis", "beleid", new DateOnly(2027, 1, 1), 100, scenarioP50, new Percentielen(-6, -5, -4), 0.05);
        Assert.Equal(gemarkeerd, toets.Gemarkeerd);
        Assert.Contains(gemarkeerd ? "meer dan de herzieningsdrempel van 5,0%" : "geen aanleiding", toets.Zin);
    }

    [Fact]
    public void The_revision_sentence_states_the_evidence_in_Dutch()
    {
        var toets = Vergelijking.Toets("basis", "beleid", new DateOnly(2027, 1, 1), 88_000, 80_800, new Percentielen(-9_100, -7_200, -5_300), 0.05);
        Assert.True(toets.Gemarkeerd);
        Assert.Equal(
            "Scenario 'beleid' verlaagt de landelijke behoefte op 1 januari 2027 met 7.200 plaatsen ten opzichte van de basis 'basis' " +
            "(mediaan 80.800 tegen 88.000; verschil per run van P10 tot P90: -9.100 tot -5.300). Dat is 8,2% van de basis, meer dan " +
            "de herzieningsdrempel van 5,0%: het scenario is een aanwijzing voor aantoonbare effecten die een tussentijdse wijziging van " +
            "de capaciteitsraming kunnen rechtvaardigen (art. 2 lid 2 wet).",
            toets.Zin);
    }

    [Fact]
    public void Results_with_different_seeds_or_run_counts_cannot_be_paired()
    {
        var (basis, _, _, _) = Doorgerekend.Value;
        var anderZaad = MonteCarlo.Draai(AlleHefbomen(), Doelbezetting, Runs, Zaad + 1);
        Assert.Throws<InvalidInputException>(() => Vergelijking.Vergelijk(basis, anderZaad, 0.05));
        var minderRuns = MonteCarlo.Draai(AlleHefbomen(), Doelbezetting, Runs - 1, Zaad);
        Assert.Throws<InvalidInputException>(() => Vergelijking.Vergelijk(basis, minderRuns, 0.05));
    }
}
