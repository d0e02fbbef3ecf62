using Spreiding.Core.Plan;
using Spreiding.Core.Regels;
using static Spreiding.Tests.Plan.PlanFixtures;

namespace Spreiding.Tests.Plan;

public class UitkeringTests
{
    // FIXTURE amounts, not those of the Regeling specifieke uitkeringen (Stcrt. 2024, 3349): the real ones come from the rules.
    private static readonly Uitkeringsregel PerPlaats = new("basis", UitkeringsGrondslag.ToegezegdePlaatsen,
        new Parameter<decimal>(1234.565m, "testparameter (geen echt bedrag)"));
    private static readonly Uitkeringsregel Extra = new("extra", UitkeringsGrondslag.PlaatsenBovenTaak,
        new Parameter<decimal>(500m, "testparameter extra"));

    [Fact]
    public void The_payment_is_places_times_the_amount_per_place_from_the_parameters_with_its_basis()
    {
        var plan = Vier().MetToezeggingen((Aa, 150), (Bee, 10));
        var uitkeringen = Uitkeringen.Bereken(plan, [PerPlaats, Extra]).Ok();
        var aa = uitkeringen.Single(u => u.Code == Aa);
        Assert.Equal([150, 50], aa.Posten.Select(p => p.Plaatsen));
        Assert.Equal([185184.75m, 25000m], aa.Posten.Select(p => p.Bedrag));
        Assert.Equal(210184.75m, aa.Totaal);
        Assert.Equal(
            "Aa (GM0001) ontvangt € 210.184,75: basis: 150 toegezegde plaatsen × € 1.234,57 = € 185.184,75 (testparameter (geen echt bedrag)); " +
            "extra: 50 plaatsen boven de taak na uitruil × € 500,00 = € 25.000,00 (testparameter extra).",
            aa.Zin);
        var bee = uitkeringen.Single(u => u.Code == Bee);
        Assert.Equal([12345.65m, 0m], bee.Posten.Select(p => p.Bedrag)); // 10 x 1.234,565 exact, no surplus
        Assert.Equal(0m, uitkeringen.Single(u => u.Code == Cee).Totaal);
    }

    [Fact]
    public void A_negative_amount_or_a_rule_named_twice_is_refused()
    {
        Uitkeringen.Bereken(Vier(), [PerPlaats with { BedragPerPlaats = new Parameter<decimal>(-1m, "fout") }]).Geweigerd(Weigeringsgrond.OngeldigeInvoer);
        Uitkeringen.Bereken(Vier(), [PerPlaats, PerPlaats]).Geweigerd(Weigeringsgrond.OngeldigeInvoer);
    }
}
