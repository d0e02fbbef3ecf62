using FsCheck;
using FsCheck.Xunit;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class PrognosemodelTests
{
    private const double Tolerantie = 1e-7;

    private static void AssertDichtbij(double verwacht, double werkelijk, string wat) =>
        Assert.True(Math.Abs(verwacht - werkelijk) <= Tolerantie * Math.Max(1, Math.Abs(verwacht)), $"{wat}: verwacht {verwacht}, kreeg {werkelijk}");

    /// <summary>A random but valid set of values: every parameter scaled by a factor in [0.05, 20], shares kept in [0, 1].</summary>
    private static Dictionary<string, double> Geschaald(NormalFloat[] factoren)
    {
        var waarden = new Dictionary<string, double>();
        var i = 0;
        foreach (var (naam, bereik) in Parameters())
        {
            var f = factoren.Length == 0 ? 1 : 0.05 + Math.Abs(factoren[i++ % factoren.Length].Get % 20);
            var w = bereik.Waarde * f;
            if (naam is ModelParameters.NareisAandeelInOpvang or ModelParameters.NareisAandeelSubsidiair or ModelParameters.Inwilligingspercentage)
                w = Math.Min(1, w);
            waarden[naam] = w;
        }
        return waarden;
    }

    [Property(MaxTest = 100)]
    public void Every_stock_changes_each_month_by_exactly_its_inflow_minus_its_outflow(NormalFloat[] factoren, PositiveInt extra)
    {
        var scenario = AlleHefbomen();
        var pad = Prognosemodel.Simuleer(scenario, Geschaald(factoren), [extra.Get % 50_000, 0.5, 0.3, 0.7], Doelbezetting);
        for (var t = 0; t < scenario.Maanden; t++)
        {
            AssertDichtbij(pad.InProcedure[t] + pad.InstroomAanvragen[t] - pad.Besluiten[t], pad.InProcedure[t + 1], $"in procedure, maand {t}");
            AssertDichtbij(pad.Statushouders[t] + pad.Inwilligingen[t] - pad.UitstroomStatushouders[t], pad.Statushouders[t + 1], $"statushouders, maand {t}");
            AssertDichtbij(pad.Nareizigers[t] + pad.InstroomNareis[t] - pad.UitstroomNareizigers[t], pad.Nareizigers[t + 1], $"nareizigers, maand {t}");
            AssertDichtbij(pad.Afgewezen[t] + (pad.Besluiten[t] - pad.Inwilligingen[t]) - pad.UitstroomAfgewezen[t], pad.Afgewezen[t + 1], $"afgewezen, maand {t}");
            var instroom = pad.InstroomAanvragen[t] + pad.InstroomNareis[t];
            var uitstroom = pad.UitstroomStatushouders[t] + pad.UitstroomNareizigers[t] + pad.UitstroomAfgewezen[t];
            AssertDichtbij(pad.Bezetting[t] + instroom - uitstroom, pad.Bezetting[t + 1], $"bezetting, maand {t}");
            AssertDichtbij(pad.UitstroomTotaalCumulatief[t] + uitstroom, pad.UitstroomTotaalCumulatief[t + 1], $"cumulatieve uitstroom, maand {t}");
        }
    }

    [Property(MaxTest = 100)]
    public void No_stock_or_flow_is_ever_negative_even_with_extreme_values(NormalFloat[] factoren, PositiveInt extra)
    {
        var waarden = Geschaald(factoren);
        // Durations below a month and a huge extra outflow are the hardest cases.
        waarden[ModelParameters.StatushoudersWachttijdMaanden] = 0.3;
        var pad = Prognosemodel.Simuleer(AlleHefbomen(), waarden, [extra.Get * 1000.0, 1, 1, 0], Doelbezetting);
        foreach (var reeks in new[] { pad.InProcedure, pad.Statushouders, pad.Nareizigers, pad.Afgewezen, pad.Behoefte,
                     pad.InstroomAanvragen, pad.InstroomNareis, pad.Besluiten, pad.Inwilligingen,
                     pad.UitstroomStatushouders, pad.ExtraUitstroomStatushouders, pad.UitstroomNareizigers, pad.UitstroomAfgewezen })
            Assert.All(reeks, x => Assert.True(x >= 0 && double.IsFinite(x), $"waarde {x}"));
    }

    [Fact]
    public void The_need_is_occupancy_divided_by_the_target_occupancy_at_every_month_and_on_the_peildatum()
    {
        var pad = Prognosemodel.Simuleer(AlleHefbomen(), Doelbezetting);
        for (var t = 0; t < pad.Datums.Count; t++)
        {
            AssertDichtbij(pad.InProcedure[t] + pad.Statushouders[t] + pad.Nareizigers[t] + pad.Afgewezen[t], pad.Bezetting[t], "bezetting");
            AssertDichtbij(pad.Bezetting[t] / 0.91, pad.Behoefte[t], "behoefte");
        }
        var peil = pad.Datums.ToList().IndexOf(Peildatum);
        Assert.Equal(12, peil);
        AssertDichtbij(pad.Behoefte[peil], pad.BehoefteOpPeildatum, "behoefte op de peildatum");
    }

    [Fact]
    public void The_path_has_a_point_on_the_first_day_of_every_month_including_the_start()
    {
        var pad = Prognosemodel.Simuleer(Basis(), Doelbezetting);
        Assert.Equal(37, pad.Datums.Count);
        Assert.Equal(37, pad.Behoefte.Count);
        Assert.Equal(36, pad.Besluiten.Count);
        for (var t = 0; t <= 36; t++) Assert.Equal(Start.AddMonths(t), pad.Datums[t]);
        Assert.Equal(38_000 + 20_000 + 5_000 + 9_000, pad.Bezetting[0]);
        Assert.Equal(0, pad.UitstroomTotaalCumulatief[0]);
    }

    [Fact]
    public void A_peildatum_within_a_month_is_interpolated_linearly_in_days()
    {
        var peil = new DateOnly(2026, 7, 16);
        var pad = Prognosemodel.Simuleer(Basis() with { BehoeftePeildatum = peil }, Doelbezetting);
        var fractie = 15.0 / 31;
        AssertDichtbij(pad.Behoefte[6] + fractie * (pad.Behoefte[7] - pad.Behoefte[6]), pad.BehoefteOpPeildatum, "peildatum");
        AssertDichtbij(pad.BehoefteOpPeildatum, pad.Waarde(Grootheden.Behoefte, peil), "Waarde");
    }

    [Fact]
    public void Without_levers_every_stock_settles_at_its_inflow_times_its_duration()
    {
        // Little's law for the discrete model: a share 1/d leaves each month, so the steady stock is inflow x d.
        var pad = Prognosemodel.Simuleer(Basis(onzeker: false, maanden: 600), Doelbezetting);
        var p = Parameters();
        double W(string n) => p[n].Waarde;
        var aanvragen = (W(ModelParameters.EersteAanvragenPerJaar) + W(ModelParameters.HerhaaldeAanvragenPerJaar)) / 12;
        var inProcedure = aanvragen * W(ModelParameters.ProcedureDuurMaanden);
        var statushouders = aanvragen * W(ModelParameters.Inwilligingspercentage) * W(ModelParameters.StatushoudersWachttijdMaanden);
        var afgewezen = aanvragen * (1 - W(ModelParameters.Inwilligingspercentage)) * W(ModelParameters.AfgewezenVertrekMaanden);
        var nareizigers = W(ModelParameters.NareisPerJaar) / 12 * W(ModelParameters.NareisAandeelInOpvang) * W(ModelParameters.NareizigersVerblijfMaanden);
        Assert.Equal(inProcedure, pad.InProcedure[600], 6);
        Assert.Equal(statushouders, pad.Statushouders[600], 6);
        Assert.Equal(afgewezen, pad.Afgewezen[600], 6);
        Assert.Equal(nareizigers, pad.Nareizigers[600], 6);
    }

    public static TheoryData<string> Hefboomsoorten => new(HefboomTypen.Alle);

    private static Hefboom Hefboom(string type, DateOnly start) => type switch
    {
        HefboomTypen.ExtraUitstroomStatushouders => ExtraUitstroom(start),
        HefboomTypen.NareisBeperkingSubsidiair => NareisBeperking(start),
        HefboomTypen.InstroomBeperking => InstroomBeperking(start),
        _ => SnellereProcedure(start) with { Parameter = ModelParameters.StatushoudersWachttijdMaanden },
    };

    [Theory]
    [MemberData(nameof(Hefboomsoorten))]
    public void Each_lever_lowers_the_need_from_its_start_month_on_and_changes_nothing_before_it(string type)
    {
        var start = new DateOnly(2026, 5, 20); // acts from the month of its start date: May 2026, month index 4
        var scenario = MetHefbomen(Hefboom(type, start));
        var zonder = Prognosemodel.Simuleer(scenario, new Dictionary<string, double>(), [type == HefboomTypen.Parameter ? 1 : 0], Doelbezetting);
        var met = Prognosemodel.Simuleer(scenario, Doelbezetting);
        for (var t = 0; t <= 4; t++) Assert.Equal(zonder.Behoefte[t], met.Behoefte[t]);
        for (var t = 5; t < met.Behoefte.Count; t++)
            Assert.True(met.Behoefte[t] < zonder.Behoefte[t], $"maand {t}: {met.Behoefte[t]} is niet lager dan {zonder.Behoefte[t]}");
        Assert.True(met.BehoefteOpPeildatum < zonder.BehoefteOpPeildatum);
    }

    [Theory]
    [MemberData(nameof(Hefboomsoorten))]
    public void A_stronger_lever_lowers_the_need_further(string type)
    {
        var scenario = MetHefbomen(Hefboom(type, new DateOnly(2026, 2, 1)));
        var central = scenario.Hefbomen[0].Effect.Waarde;
        var sterker = type == HefboomTypen.Parameter ? central * 0.8 : type == HefboomTypen.ExtraUitstroomStatushouders ? central * 2 : Math.Min(1, central * 1.5);
        var gewoon = Prognosemodel.BehoefteOpPeildatum(scenario, new Dictionary<string, double>(), [central], Doelbezetting);
        var sterk = Prognosemodel.BehoefteOpPeildatum(scenario, new Dictionary<string, double>(), [sterker], Doelbezetting);
        Assert.True(sterk < gewoon);
    }

    [Fact]
    public void A_lever_that_starts_after_the_horizon_changes_nothing()
    {
        var scenario = MetHefbomen(ExtraUitstroom(new DateOnly(2030, 1, 1)));
        Assert.Equal(Prognosemodel.Simuleer(Basis(), Doelbezetting).Behoefte, Prognosemodel.Simuleer(scenario, Doelbezetting).Behoefte);
    }

    [Fact]
    public void Extra_outflow_never_takes_more_permit_holders_than_remain_after_the_regular_outflow()
    {
        var scenario = MetHefbomen(ExtraUitstroom(Start, 1_000_000));
        var pad = Prognosemodel.Simuleer(scenario, Doelbezetting);
        for (var t = 0; t < scenario.Maanden; t++)
        {
            Assert.True(pad.ExtraUitstroomStatushouders[t] <= pad.Statushouders[t] + 1e-9);
            Assert.Equal(pad.Inwilligingen[t], pad.Statushouders[t + 1], 6);
        }
    }

    [Fact]
    public void Nareis_restriction_removes_only_the_subsidiary_share_of_nareis()
    {
        var scenario = MetHefbomen(NareisBeperking(Start, 1.0));
        var pad = Prognosemodel.Simuleer(scenario, Doelbezetting);
        var verwacht = 11_880.0 / 12 * 0.6 * (1 - 0.5);
        Assert.All(pad.InstroomNareis, x => Assert.Equal(verwacht, x, 9));
    }

    [Fact]
    public void Two_restrictions_of_the_same_kind_combine_multiplicatively()
    {
        var a = InstroomBeperking(Start, 0.2);
        var b = a with { Naam = "tweestatusstelsel", Effect = new Bereik(0.5, null, null, "testfixture") };
        var pad = Prognosemodel.Simuleer(MetHefbomen(a, b), Doelbezetting);
        Assert.Equal(32_180.0 / 12 * 0.8 * 0.5 + 1_590.0 / 12, pad.InstroomAanvragen[0], 9);
    }

    [Fact]
    public void Missing_unknown_and_out_of_range_parameters_are_refused_in_Dutch()
    {
        var p = Parameters();
        p.Remove(ModelParameters.NareisPerJaar);
        p["instroom.onbekend"] = new Bereik(1, null, null, "x");
        p[ModelParameters.Inwilligingspercentage] = new Bereik(1.2, null, null, "x");
        var fout = Assert.Throws<InvalidInputException>(() => Prognosemodel.Simuleer(Basis() with { Parameters = p }, Doelbezetting));
        Assert.Contains("ontbrekende parameters: instroom.nareis_per_jaar", fout.Message);
        Assert.Contains("onbekende parameter 'instroom.onbekend'", fout.Message);
        Assert.Contains("tussen 0 en 1", fout.Message);
    }

    [Fact]
    public void A_range_that_does_not_contain_its_value_or_a_peildatum_outside_the_horizon_is_refused()
    {
        var p = Parameters();
        p[ModelParameters.ProcedureDuurMaanden] = new Bereik(20, 7, 14, "x");
        Assert.Contains("buiten het bereik", Assert.Throws<InvalidInputException>(() => Prognosemodel.Bereid(Basis() with { Parameters = p })).Message);
        Assert.Contains("buiten de horizon", Assert.Throws<InvalidInputException>(() => Prognosemodel.Bereid(Basis(maanden: 6))).Message);
        Assert.Throws<InvalidInputException>(() => Prognosemodel.Simuleer(Basis(), 0));
    }

    [Fact]
    public void A_lever_of_unknown_type_or_on_an_unknown_parameter_is_refused()
    {
        var onbekend = ExtraUitstroom() with { Type = "wondermiddel" };
        var zonderParameter = SnellereProcedure() with { Parameter = "bestaat.niet" };
        var fout = Assert.Throws<InvalidInputException>(() => Prognosemodel.Bereid(MetHefbomen(onbekend, zonderParameter)));
        Assert.Contains("onbekende type 'wondermiddel'", fout.Message);
        Assert.Contains("onbekende parameter 'bestaat.niet'", fout.Message);
    }

    [Fact]
    public void Given_values_override_the_central_ones_and_the_rest_stay_central()
    {
        var scenario = Basis();
        var centraal = Prognosemodel.Simuleer(scenario, Doelbezetting);
        var leeg = Prognosemodel.Simuleer(scenario, new Dictionary<string, double>(), [], Doelbezetting);
        Assert.Equal(centraal.Behoefte, leeg.Behoefte);
        var meer = Prognosemodel.Simuleer(scenario, new Dictionary<string, double> { [ModelParameters.StartAfgewezen] = 10_000 }, [], Doelbezetting);
        Assert.Equal(centraal.Bezetting[0] + 1_000, meer.Bezetting[0]);
        Assert.Throws<InvalidInputException>(() => Prognosemodel.Simuleer(scenario, new Dictionary<string, double> { ["x"] = 1 }, [], Doelbezetting));
        Assert.Throws<InvalidInputException>(() => Prognosemodel.Simuleer(scenario, new Dictionary<string, double>(), [1.0], Doelbezetting));
    }

    [Fact]
    public void The_prepared_overload_allocates_nothing_and_agrees_with_the_full_path()
    {
        var model = Prognosemodel.Bereid(AlleHefbomen());
        var p = model.CentraleParameterwaarden.ToArray();
        var e = model.CentraleEffecten.ToArray();
        var pad = new double[model.Maanden + 1];
        model.Behoefte(p, e, Doelbezetting, pad); // warm up
        var voor = GC.GetAllocatedBytesForCurrentThread();
        var behoefte = 0.0;
        for (var i = 0; i < 100; i++) behoefte = model.Behoefte(p, e, Doelbezetting, pad);
        Assert.Equal(voor, GC.GetAllocatedBytesForCurrentThread());
        var volledig = model.Pad(p, e, Doelbezetting);
        Assert.Equal(volledig.BehoefteOpPeildatum, behoefte);
        Assert.Equal(volledig.Behoefte, pad);
    }
}
