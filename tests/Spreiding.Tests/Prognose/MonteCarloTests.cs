using FsCheck;
using FsCheck.Xunit;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class MonteCarloTests
{
    private const int Runs = 1_500; // above MonteCarlo.ParallelVanaf, so the parallel path is taken

    [Fact]
    public void SplitMix64_gives_the_published_reference_sequence_from_seed_0()
    {
        var g = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, g.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, g.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, g.NextUInt64());
    }

    [Fact]
    public void The_triangular_inverse_cdf_hits_min_mode_and_max_and_has_the_right_mean()
    {
        Assert.Equal(2, Toeval.Driehoek(0, 2, 3, 7));
        Assert.Equal(3, Toeval.Driehoek(0.2, 2, 3, 7), 12); // F(mode) = (3 - 2) / (7 - 2)
        Assert.Equal(7, Toeval.Driehoek(1, 2, 3, 7), 12);
        var g = new SplitMix64(42);
        var som = 0.0;
        const int n = 200_000;
        for (var i = 0; i < n; i++) som += Toeval.Driehoek(g.NextDouble(), 2, 3, 7);
        Assert.Equal(4.0, som / n, 1); // (2 + 3 + 7) / 3
    }

    [Fact]
    public void The_same_seed_gives_identical_results_in_parallel_and_sequentially()
    {
        var scenario = AlleHefbomen();
        var parallel = MonteCarlo.Draai(scenario, Doelbezetting, Runs, 2026, parallel: true);
        var sequentieel = MonteCarlo.Draai(scenario, Doelbezetting, Runs, 2026, parallel: false);
        Assert.Equal(sequentieel.BehoeftePerRun, parallel.BehoeftePerRun);
        Assert.Equal(sequentieel.PerMaand, parallel.PerMaand);
        Assert.Equal(sequentieel.Landelijk, parallel.Landelijk);
        for (var r = 0; r < Runs; r += 97) Assert.True(sequentieel.Behoeftepad(r).SequenceEqual(parallel.Behoeftepad(r)));
    }

    [Fact]
    public void A_run_depends_only_on_seed_and_run_index_not_on_how_many_runs_there_are()
    {
        var scenario = AlleHefbomen();
        var klein = MonteCarlo.Draai(scenario, Doelbezetting, 10, 7);
        var groot = MonteCarlo.Draai(scenario, Doelbezetting, Runs, 7);
        Assert.Equal(klein.BehoeftePerRun, groot.BehoeftePerRun.Take(10));
    }

    [Fact]
    public void A_different_seed_changes_the_sampled_results_but_not_the_central_path()
    {
        var scenario = AlleHefbomen();
        var a = MonteCarlo.Draai(scenario, Doelbezetting, 200, 1);
        var b = MonteCarlo.Draai(scenario, Doelbezetting, 200, 2);
        Assert.NotEqual(a.BehoeftePerRun, b.BehoeftePerRun);
        Assert.Equal(a.CentraalPad.Behoefte, b.CentraalPad.Behoefte);
        Assert.Equal(Prognosemodel.Simuleer(scenario, Doelbezetting).Behoefte, a.CentraalPad.Behoefte);
    }

    [Fact]
    public void Percentiles_are_ordered_nationally_and_in_every_month()
    {
        var mc = MonteCarlo.Draai(AlleHefbomen(), Doelbezetting, Runs, 99);
        Assert.True(mc.Landelijk.P10 <= mc.Landelijk.P50 && mc.Landelijk.P50 <= mc.Landelijk.P90);
        Assert.True(mc.Landelijk.P10 < mc.Landelijk.P90, "with uncertain inputs the band has width");
        Assert.All(mc.PerMaand, p => Assert.True(p.P10 <= p.P50 && p.P50 <= p.P90));
        Assert.Equal(37, mc.PerMaand.Count);
        Assert.Equal(mc.PerMaand[12], mc.Landelijk); // the peildatum is a month point
    }

    [Fact]
    public void A_scenario_without_ranges_gives_the_central_need_in_every_run()
    {
        var mc = MonteCarlo.Draai(Basis(onzeker: false), Doelbezetting, 50, 3);
        Assert.Empty(mc.Onzeker);
        Assert.All(mc.BehoeftePerRun, b => Assert.Equal(mc.CentraleBehoefte, b));
    }

    [Fact]
    public void Shared_parameters_draw_the_same_values_whatever_other_figures_a_scenario_has()
    {
        // A lever that never acts but has its own uncertain effect must not shift the draws of the parameters.
        var basis = MonteCarlo.Draai(Basis(), Doelbezetting, 300, 5);
        var metExtra = MonteCarlo.Draai(MetHefbomen(ExtraUitstroom(new DateOnly(2040, 1, 1))), Doelbezetting, 300, 5);
        Assert.Equal(basis.BehoeftePerRun, metExtra.BehoeftePerRun);
    }

    [Fact]
    public void Every_sampled_value_lies_within_its_range()
    {
        var model = Prognosemodel.Bereid(AlleHefbomen());
        var p = model.CentraleParameterwaarden.ToArray();
        var e = model.CentraleEffecten.ToArray();
        for (var r = 0; r < 500; r++)
        {
            MonteCarlo.Trek(model, 11, r, p, e);
            foreach (var o in model.Onzeker)
            {
                var x = o.Soort == GrootheidSoort.Parameter ? p[o.Index] : e[o.Index];
                Assert.InRange(x, o.Min, o.Max);
            }
        }
    }

    [Fact]
    public void Progress_is_reported_with_increasing_counts_ending_at_all_runs()
    {
        var meldingen = new List<(int, int)>();
        MonteCarlo.Draai(Basis(), Doelbezetting, Runs, 1, (klaar, totaal) => meldingen.Add((klaar, totaal)));
        Assert.NotEmpty(meldingen);
        Assert.Equal((Runs, Runs), meldingen[^1]);
        for (var i = 1; i < meldingen.Count; i++) Assert.True(meldingen[i].Item1 > meldingen[i - 1].Item1);
    }

    [Fact]
    public void Totals_are_the_need_rounded_half_up_to_whole_places()
    {
        Assert.Equal(88_001, MonteCarloResultaat.AfrondenHalfOmhoog(88_000.5));
        Assert.Equal(88_000, MonteCarloResultaat.AfrondenHalfOmhoog(88_000.4999));
        var mc = MonteCarlo.Draai(Basis(), Doelbezetting, 20, 1);
        var totalen = mc.Totalen();
        for (var r = 0; r < 20; r++) Assert.True(Math.Abs(totalen[r] - mc.BehoeftePerRun[r]) <= 0.5);
        Assert.Throws<InvalidInputException>(() => MonteCarlo.Draai(Basis(), Doelbezetting, 0, 1));
    }

    [Fact]
    public void Nearest_rank_percentiles_pick_the_value_at_rank_ceil_p_n_over_100()
    {
        var tien = Enumerable.Range(1, 10).Select(i => (double)i).Reverse().ToArray();
        Assert.Equal(new Percentielen(1, 5, 9), Percentiel.Van(tien));
        var honderd = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        Assert.Equal(new Percentielen(10, 50, 90), Percentiel.Van(honderd));
        Assert.Equal(new Percentielen(7, 7, 7), Percentiel.Van([7.0]));
        Assert.Equal(new GeheelPercentielen(1, 2, 3), Percentiel.Van([3, 1, 2]));
        Assert.Equal(1_000, Percentiel.Rang(10, 10_000));
        Assert.Equal(5_000, Percentiel.Rang(50, 10_000));
        Assert.Equal(9_000, Percentiel.Rang(90, 10_000));
    }

    [Property(MaxTest = 300)]
    public void Percentiles_by_selection_equal_those_read_from_a_full_sort(NormalFloat[] waarden, byte duplicaten)
    {
        if (waarden.Length == 0) return;
        // Rounding to a few values forces many duplicates, the hard case for a partition.
        var invoer = waarden.Select(w => duplicaten % 2 == 0 ? w.Get : Math.Round(w.Get % 5)).ToArray();
        var gesorteerd = invoer.Order().ToArray();
        double Op(int p) => gesorteerd[Percentiel.Rang(p, gesorteerd.Length) - 1];
        Assert.Equal(new Percentielen(Op(10), Op(50), Op(90)), Percentiel.Van(invoer));
    }

    [Fact]
    public void Each_draw_is_the_triangular_inverse_cdf_of_the_first_number_of_its_documented_stream()
    {
        var model = Prognosemodel.Bereid(AlleHefbomen());
        var p = model.CentraleParameterwaarden.ToArray();
        var e = model.CentraleEffecten.ToArray();
        MonteCarlo.Trek(model, 2026, 17, p, e);
        foreach (var o in model.Onzeker)
        {
            var sleutel = o.Soort == GrootheidSoort.Parameter ? Toeval.ParameterSleutel(o.Naam) : Toeval.HefboomSleutel(o.Naam);
            var verwacht = Toeval.Driehoek(Toeval.Stroom(2026, 17, sleutel).NextDouble(), o.Min, o.Modus, o.Max);
            Assert.Equal(verwacht, o.Soort == GrootheidSoort.Parameter ? p[o.Index] : e[o.Index]);
        }
    }

    [Property(MaxTest = 300)]
    public void Whole_number_percentiles_by_counting_equal_those_by_sorting(int[] waarden, bool breed)
    {
        if (waarden.Length == 0) return;
        var invoer = breed ? waarden : waarden.Select(w => w % 50).ToArray();
        var gesorteerd = invoer.Order().ToArray();
        int Op(int p) => gesorteerd[Percentiel.Rang(p, gesorteerd.Length) - 1];
        var verwacht = new GeheelPercentielen(Op(10), Op(50), Op(90));
        Assert.Equal(verwacht, Percentiel.Van(invoer));
        Assert.True(verwacht.P10 <= verwacht.P50 && verwacht.P50 <= verwacht.P90);
    }
}
