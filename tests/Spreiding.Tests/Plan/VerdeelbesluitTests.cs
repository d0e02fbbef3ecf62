using FsCheck.Xunit;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using static Spreiding.Tests.Plan.PlanFixtures;

namespace Spreiding.Tests.Plan;

public class VerdeelbesluitTests
{
    private static readonly DateOnly Besluitdatum = new(2026, 12, 20);

    /// <summary>Tekort 310; shortfalls Bee 50, Cee 300, Dee 10 (sum 360); Aa has a surplus of 50.</summary>
    private static ProvinciaalPlan Kort() => Vier().MetToezeggingen((Aa, 150), (Bee, 150), (Dee, 390));

    private static readonly ApportionmentMethod[] ExacteMethoden =
        [ApportionmentMethod.LargestRemainder, ApportionmentMethod.SainteLague, ApportionmentMethod.DHondt, ApportionmentMethod.HuntingtonHill];

    [Fact]
    public void The_shortfall_is_shared_over_the_municipalities_below_their_task_in_proportion_to_their_shortfall()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(Kort()).Ok();
        Assert.Equal(310, voorstel.Tekort);
        // quotas 310 x 50/360 = 43,06; 310 x 300/360 = 258,33; 310 x 10/360 = 8,61: the last place to the largest remainder, Dee.
        Assert.Equal([(Bee, 43), (Cee, 258), (Dee, 9)], voorstel.Aanwijzingen.Select(a => (a.Code, a.Plaatsen)));
        Assert.Equal(310, voorstel.Som);
        Assert.Equal(0, voorstel.Verschil);
        Assert.Equal(ApportionmentMethod.LargestRemainder, voorstel.Methode);
        Assert.DoesNotContain(voorstel.Aanwijzingen, a => a.Code == Aa);
    }

    [Fact]
    public void Every_designation_carries_its_basis_in_words()
    {
        var cee = VerdeelbesluitVoorstel.Maak(Kort()).Ok().Aanwijzingen.Single(a => a.Code == Cee);
        Assert.Equal(
            "Cee (GM0003) heeft 0 plaatsen toegezegd bij een taak na uitruil van 300 (gelijk aan het indicatieve aantal) en blijft dus 300 plaatsen " +
            "onder de taak. Het tekort van Proefprovincie van 310 plaatsen is verdeeld over de 3 gemeenten met een tekort (samen 360), naar rato van " +
            "hun tekort, volgens grootste overschotten (Hamilton / Hare-Niemeyer): quotum 310 × 300 / 360 = 258,333, aangewezen voor 258 plaatsen.",
            cee.Grondslag);
        Assert.Equal(300, cee.Tekort);
        Assert.False(cee.Geloot);
    }

    [Fact]
    public void A_province_without_shortfall_gets_no_designations()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(Vier().MetToezeggingen((Dee, 1000))).Ok();
        Assert.Empty(voorstel.Aanwijzingen);
        Assert.Equal(0, voorstel.Tekort);
        Assert.Empty(VerdeelbesluitVoorstel.Maak(Vier().MetToezeggingen((Dee, 1000))).Ok().StelVast(Besluitdatum).Ok().Aanwijzingen);
    }

    [Fact]
    public void The_published_method_is_refused_because_its_parts_need_not_add_up_to_the_shortfall() =>
        VerdeelbesluitVoorstel.Maak(Kort(), ApportionmentMethod.Published).Geweigerd(Weigeringsgrond.MethodeTeltNietOp);

    private static ProvinciaalPlan GelijkeStand() =>
        ProvinciaalPlan.Nieuw(ProefProvincie, "Proefprovincie", 2026, [(Aa, "Aa", 100), (Bee, "Bee", 100), (Cee, "Cee", 100)]).Ok()
            .MetToezeggingen((Cee, 101)); // tekort 199 over two shortfalls of 100: quota 99,5 each

    [Fact]
    public void A_tie_is_decided_by_a_seeded_lot_that_is_recorded_by_default()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(GelijkeStand()).Ok();
        Assert.Equal(new TieRule.Lot(202627), voorstel.Loting);
        var lot = Assert.Single(voorstel.Loten);
        Assert.Equal(202627UL, lot.Seed);
        Assert.Equal(["GM0001", "GM0002"], lot.Tied);
        Assert.Equal(199, voorstel.Som);
        Assert.All(voorstel.Aanwijzingen, a => Assert.True(a.Geloot));
        Assert.All(voorstel.Aanwijzingen, a => Assert.Contains("door loting beslist (zaad 202627)", a.Grondslag));
        Assert.Equal([99, 100], voorstel.Aanwijzingen.Select(a => a.Plaatsen).Order());
    }

    [Fact]
    public void A_tie_is_refused_when_the_ministry_asks_to_refuse_ties() =>
        VerdeelbesluitVoorstel.Maak(GelijkeStand(), loting: new TieRule.Refuse()).Geweigerd(Weigeringsgrond.GelijkeStand);

    [Property(Arbitrary = [typeof(PlanGenerators)], MaxTest = 200)]
    public void The_proposal_sums_to_the_shortfall_and_designates_only_municipalities_with_a_shortfall(PlanCase c)
    {
        var plan = c.Plan();
        foreach (var methode in ExacteMethoden)
        {
            var voorstel = VerdeelbesluitVoorstel.Maak(plan, methode).Ok();
            Assert.Equal(plan.Tekort, voorstel.Som);
            Assert.All(voorstel.Aanwijzingen, a =>
            {
                Assert.True(plan.Positie(a.Code).Tekort > 0);
                Assert.Equal(plan.Positie(a.Code).Tekort, a.Tekort);
                Assert.InRange(a.Plaatsen, 0, a.Tekort);
            });
            Assert.Equal(plan.Posities.Where(p => p.Tekort > 0 && plan.Tekort > 0).Select(p => p.Code), voorstel.Aanwijzingen.Select(a => a.Code));
        }
    }

    [Property(Arbitrary = [typeof(PlanGenerators)], MaxTest = 200)]
    public void Largest_remainder_gives_each_municipality_its_quota_of_the_shortfall_rounded_down_or_up(PlanCase c)
    {
        var plan = c.Plan();
        var voorstel = VerdeelbesluitVoorstel.Maak(plan).Ok();
        var som = voorstel.Aanwijzingen.Sum(a => (long)a.Tekort);
        foreach (var a in voorstel.Aanwijzingen)
        {
            // quota = shortfall x own shortfall / sum of shortfalls
            var teller = (long)plan.Tekort * a.Tekort;
            Assert.Equal(new Spreiding.Core.Arithmetic.Fraction(teller, som), a.Quotum!.Value);
            var omlaag = teller / som;
            var omhoog = teller % som == 0 ? omlaag : omlaag + 1;
            Assert.InRange(a.Plaatsen, omlaag, omhoog);
        }
    }

    [Property(Arbitrary = [typeof(PlanGenerators)], MaxTest = 200)]
    public void The_proposal_does_not_depend_on_the_order_in_which_municipalities_were_entered(GeschuddeCase c)
    {
        var loting = new TieRule.Lot(c.Zaad);
        var gewoon = VerdeelbesluitVoorstel.Maak(c.Plan.Plan(), loting: loting).Ok();
        var geschud = VerdeelbesluitVoorstel.Maak(c.Plan.Plan(c.Volgorde), loting: loting).Ok();
        Assert.Equal(gewoon.Aanwijzingen.ToArray(), geschud.Aanwijzingen.ToArray());
        Assert.Equal(gewoon.Loten.Select(l => (string.Join(",", l.Tied), string.Join(",", l.Winners))),
            geschud.Loten.Select(l => (string.Join(",", l.Tied), string.Join(",", l.Winners))));
    }

    [Fact]
    public void The_ministry_may_adjust_a_designation_and_must_explain_a_total_that_differs_from_the_shortfall()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(Kort()).Ok();
        var aangepast = voorstel.PasAan(Dee, 0, "Dee realiseert 10 plaatsen in 2027 (brief van 1 december)").Ok();
        Assert.Equal(9, voorstel.Aanwijzingen.Single(a => a.Code == Dee).Plaatsen); // the original proposal is unchanged
        var dee = aangepast.Aanwijzingen.Single(a => a.Code == Dee);
        Assert.Equal((9, 0, true), (dee.Voorgesteld, dee.Plaatsen, dee.IsAangepast));
        Assert.EndsWith("aangepast van 9 naar 0 plaatsen: Dee realiseert 10 plaatsen in 2027 (brief van 1 december).", dee.Grondslag);
        Assert.Equal(-9, aangepast.Verschil);

        aangepast.StelVast(Besluitdatum).Geweigerd(Weigeringsgrond.VerschilZonderToelichting);
        var besluit = aangepast.StelVast(Besluitdatum, "Dee levert de 9 plaatsen buiten het plan").Ok();
        Assert.Equal((301, -9), (besluit.Som, besluit.Verschil));
        Assert.Equal("Dee levert de 9 plaatsen buiten het plan", besluit.VerschilToelichting);
    }

    [Fact]
    public void An_adjustment_that_keeps_the_total_needs_no_explanation_and_may_add_a_municipality_without_shortfall()
    {
        var aangepast = VerdeelbesluitVoorstel.Maak(Kort()).Ok()
            .PasAan(Cee, 248, "Cee opent in 2027 een tweede locatie").Ok()
            .PasAan(Aa, 10, "Aa heeft ruimte op locatie LOC-0001-1").Ok();
        Assert.Equal([Aa, Bee, Cee, Dee], aangepast.Aanwijzingen.Select(a => a.Code));
        var aa = aangepast.Aanwijzingen[0];
        Assert.Equal((0, 0, 10), (aa.Tekort, aa.Voorgesteld, aa.Plaatsen));
        Assert.Null(aa.Quotum);
        var besluit = aangepast.StelVast(Besluitdatum).Ok();
        Assert.Equal(0, besluit.Verschil);
        Assert.Null(besluit.VerschilToelichting);
    }

    [Fact]
    public void An_invalid_adjustment_is_refused()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(Kort()).Ok();
        voorstel.PasAan(Buiten, 1, "reden").Geweigerd(Weigeringsgrond.GemeenteNietInProvincie);
        voorstel.PasAan(Bee, -1, "reden").Geweigerd(Weigeringsgrond.PlaatsenNegatief);
        voorstel.PasAan(Bee, 1, "").Geweigerd(Weigeringsgrond.RedenOntbreekt);
    }

    [Fact]
    public void An_adopted_decision_cannot_change_and_a_new_decision_is_a_new_record()
    {
        var voorstel = VerdeelbesluitVoorstel.Maak(GelijkeStand()).Ok();
        var besluit = voorstel.StelVast(Besluitdatum).Ok();
        var voor = besluit.Aanwijzingen.Select(a => (a.Code, a.Plaatsen, a.Grondslag)).ToList();

        var nieuw = besluit.Voorstel.PasAan(Aa, 0, "heroverweging").Ok()
            .StelVast(Besluitdatum.AddDays(5), "Aa vervalt na bezwaar", vervangt: besluit).Ok();

        Assert.NotSame(besluit, nieuw);
        Assert.Same(besluit, nieuw.Vervangt);
        Assert.Equal(voor, besluit.Aanwijzingen.Select(a => (a.Code, a.Plaatsen, a.Grondslag)));
        Assert.Equal(199, besluit.Som);
        Assert.Throws<NotSupportedException>(() => ((IList<Aanwijzing>)besluit.Aanwijzingen).Add(besluit.Aanwijzingen[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)besluit.Loten[0].Tied).Clear());
        Assert.All(typeof(Verdeelbesluit).GetProperties(), p => Assert.Null(p.SetMethod));
        Assert.DoesNotContain(typeof(Verdeelbesluit).GetMethods(), m => m.Name == "<Clone>$"); // not a record: no 'with'
        Assert.Contains("vastgesteld op 20 december 2026", besluit.Samenvatting);
    }

    [Fact]
    public void A_decision_cannot_replace_one_of_another_province_or_an_earlier_date()
    {
        var besluit = VerdeelbesluitVoorstel.Maak(Kort()).Ok().StelVast(Besluitdatum).Ok();
        var ander = ProvinciaalPlan.Nieuw(ProvincieCode.Parse("PV26"), "Andere", 2026, [(Aa, "Aa", 10)]).Ok();
        VerdeelbesluitVoorstel.Maak(ander).Ok().StelVast(Besluitdatum, vervangt: besluit).Geweigerd(Weigeringsgrond.AnderBesluit);
        VerdeelbesluitVoorstel.Maak(Kort()).Ok().StelVast(Besluitdatum.AddDays(-1), vervangt: besluit).Geweigerd(Weigeringsgrond.OngeldigeInvoer);
    }
}
