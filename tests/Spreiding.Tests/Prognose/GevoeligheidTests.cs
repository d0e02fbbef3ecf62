using Spreiding.Core.Prognose;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class GevoeligheidTests
{
    [Fact]
    public void The_tornado_has_a_bar_for_every_uncertain_parameter_and_lever_sorted_by_swing_then_name()
    {
        var scenario = AlleHefbomen();
        var tornado = Gevoeligheid.Tornado(scenario, Doelbezetting);
        Assert.Equal(ModelParameters.Alle.Count + scenario.Hefbomen.Count, tornado.Balken.Count);
        Assert.Contains(tornado.Balken, b => b.Soort == GrootheidSoort.Hefboom && b.Naam == "doorstroomlocaties");
        for (var i = 1; i < tornado.Balken.Count; i++)
        {
            var (vorige, deze) = (tornado.Balken[i - 1], tornado.Balken[i]);
            Assert.True(vorige.Zwaai > deze.Zwaai || (vorige.Zwaai == deze.Zwaai && string.CompareOrdinal(vorige.Naam, deze.Naam) <= 0),
                $"{vorige.Naam} ({vorige.Zwaai}) voor {deze.Naam} ({deze.Zwaai})");
        }
        Assert.Equal(Prognosemodel.Simuleer(scenario, Doelbezetting).BehoefteOpPeildatum, tornado.CentraleBehoefte);
    }

    [Fact]
    public void Each_bar_is_the_need_with_that_one_figure_at_its_minimum_and_maximum_and_all_else_central()
    {
        var scenario = AlleHefbomen();
        var tornado = Gevoeligheid.Tornado(scenario, Doelbezetting);
        var centraleEffecten = scenario.Hefbomen.Select(h => h.Effect.Waarde).ToArray();
        foreach (var b in tornado.Balken)
        {
            double Behoefte(double x)
            {
                if (b.Soort == GrootheidSoort.Parameter)
                    return Prognosemodel.BehoefteOpPeildatum(scenario, new Dictionary<string, double> { [b.Naam] = x }, centraleEffecten, Doelbezetting);
                var e = (double[])centraleEffecten.Clone();
                e[scenario.Hefbomen.ToList().FindIndex(h => h.Naam == b.Naam)] = x;
                return Prognosemodel.BehoefteOpPeildatum(scenario, new Dictionary<string, double>(), e, Doelbezetting);
            }
            Assert.Equal(Behoefte(b.Min), b.BehoefteBijMin);
            Assert.Equal(Behoefte(b.Max), b.BehoefteBijMax);
            Assert.Equal(Math.Abs(b.BehoefteBijMax - b.BehoefteBijMin), b.Zwaai);
        }
    }

    [Fact]
    public void More_inflow_raises_the_need_and_a_stronger_restriction_lowers_it()
    {
        var tornado = Gevoeligheid.Tornado(AlleHefbomen(), Doelbezetting);
        var instroom = tornado.Balken.Single(b => b.Naam == ModelParameters.EersteAanvragenPerJaar);
        Assert.True(instroom.BehoefteBijMax > instroom.BehoefteBijMin);
        var pact = tornado.Balken.Single(b => b.Naam == "migratiepact");
        Assert.True(pact.BehoefteBijMax < pact.BehoefteBijMin);
    }

    [Fact]
    public void Figures_without_a_range_get_no_bar()
    {
        Assert.Empty(Gevoeligheid.Tornado(Basis(onzeker: false), Doelbezetting).Balken);
    }
}
