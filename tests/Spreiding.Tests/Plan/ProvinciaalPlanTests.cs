using FsCheck.Xunit;
using Spreiding.Core.Indeling;
using Spreiding.Core;
using Spreiding.Core.Plan;
using Spreiding.Core.Regels;
using Spreiding.Core.Raming;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;
using static Spreiding.Tests.Plan.PlanFixtures;

namespace Spreiding.Tests.Plan;

public class ProvinciaalPlanTests
{
    private static readonly Cyclusregels Regels2026 = RegelsLoader.Bundled(2026);

    [Fact]
    public void A_new_plan_is_a_concept_whose_tasks_are_the_indicative_numbers()
    {
        var plan = Vier();
        Assert.Equal(PlanStatus.Concept, plan.Status);
        Assert.Equal(1000, plan.ProvincialeTaak);
        Assert.Equal([100, 200, 300, 400], plan.Posities.Select(p => p.Taak));
        Assert.Empty(plan.Uitruilen);
        Assert.Equal(1000, plan.Tekort);
    }

    [Fact]
    public void A_plan_from_the_raming_takes_each_municipalitys_indicative_number_of_its_province()
    {
        var raming = RamingEngine.Bereken(new RamingInvoer(RegelsLoader.Bundled(2024), TestData.Indeling, TestData.Bevolking2023,
            Spreiding.Data.Referentie.BundledData.SesWoaVerzameld(), new RamingOpties(Sleuteltype: "inwoners")));
        var noordHolland = ProvincieCode.Parse("PV27");
        var plan = ProvinciaalPlan.UitRaming(raming, noordHolland).Ok();
        var eigen = raming.Gemeenten.Where(g => g.Gemeente.Provincie == noordHolland).ToList();
        Assert.Equal(eigen.Count, plan.Gemeenten.Length);
        Assert.Equal(raming.Provincies.Single(p => p.Provincie.Code == noordHolland).Plaatsen, plan.ProvincialeTaak);
        Assert.Equal(2024, plan.Cyclus);
        Assert.Equal(eigen.Single(g => g.Gemeente.Code == GemeenteCode.Parse("GM0377")).Plaatsen, plan.Taak(GemeenteCode.Parse("GM0377")));
    }

    [Fact]
    public void A_plan_with_a_municipality_twice_is_refused() =>
        ProvinciaalPlan.Nieuw(ProefProvincie, "Proefprovincie", 2026, [(Aa, "Aa", 1), (Aa, "Aa", 2)]).Geweigerd(Weigeringsgrond.GemeenteDubbel);

    [Fact]
    public void Task_after_swaps_is_indicative_plus_received_minus_given()
    {
        var plan = Vier()
            .LegUitruilVast(Aa, Bee, 60, "Aa heeft geen geschikte locatie").Ok()
            .LegUitruilVast(Cee, Aa, 10, "correctie").Ok()
            .LegUitruilVast(Bee, Dee, 30, "Dee opent een groot azc").Ok();
        Assert.Equal(100 + 10 - 60, plan.Taak(Aa));
        Assert.Equal(200 + 60 - 30, plan.Taak(Bee));
        Assert.Equal(300 - 10, plan.Taak(Cee));
        Assert.Equal(400 + 30, plan.Taak(Dee));
        Assert.Equal(1000, plan.Posities.Sum(p => p.Taak));
        Assert.Equal([1, 2, 3], plan.Uitruilen.Select(u => u.Volgnummer));
        Assert.Equal(new GemeentePositie(Bee, "Bee", 200, 60, 30, 0), plan.Positie(Bee));
    }

    public static TheoryData<int, int, int, string, Weigeringsgrond> OngeldigeUitruilen => new()
    {
        { 1, 1, 10, "reden", Weigeringsgrond.ZelfdeGemeente },
        { 1, 2, 0, "reden", Weigeringsgrond.PlaatsenNietPositief },
        { 1, 2, -5, "reden", Weigeringsgrond.PlaatsenNietPositief },
        { 1, 9999, 10, "reden", Weigeringsgrond.GemeenteNietInProvincie },
        { 9999, 1, 10, "reden", Weigeringsgrond.GemeenteNietInProvincie },
        { 1, 2, 101, "reden", Weigeringsgrond.TaakOnderNul },
        { 1, 2, 10, "  ", Weigeringsgrond.RedenOntbreekt },
    };

    [Theory]
    [MemberData(nameof(OngeldigeUitruilen))]
    public void An_invalid_swap_is_refused_and_changes_nothing(int van, int naar, int plaatsen, string reden, Weigeringsgrond grond)
    {
        var plan = Vier().MetToezeggingen((Aa, 50));
        var uitkomst = plan.LegUitruilVast(GemeenteCode.FromNumber(van), GemeenteCode.FromNumber(naar), plaatsen, reden);
        uitkomst.Geweigerd(grond);
        Assert.Empty(plan.Uitruilen);
        Assert.Equal([100, 200, 300, 400], plan.Posities.Select(p => p.Taak));
        Assert.Equal(50, plan.Toegezegd);
    }

    [Fact]
    public void A_swap_to_a_municipality_of_another_province_is_refused_because_it_would_change_the_provincial_total()
    {
        var weigering = Vier().LegUitruilVast(Aa, Buiten, 10, "over de grens").Geweigerd(Weigeringsgrond.GemeenteNietInProvincie);
        Assert.Contains("provinciale opgave", weigering.Melding);
    }

    [Fact]
    public void A_municipality_may_give_away_its_whole_task_but_not_more()
    {
        var plan = Vier().LegUitruilVast(Aa, Bee, 100, "alles naar Bee").Ok();
        Assert.Equal(0, plan.Taak(Aa));
        plan.LegUitruilVast(Aa, Cee, 1, "nog een").Geweigerd(Weigeringsgrond.TaakOnderNul);
    }

    [Property(Arbitrary = [typeof(PlanGenerators)], MaxTest = 200)]
    public void Swaps_keep_the_provincial_total_and_the_ledger_only_grows(UitruilCase c)
    {
        var plan = c.Plan.Plan();
        var n = c.Plan.Indicatief.Length;
        GemeenteCode Code(int i) => i < 0 ? Buiten : PlanCase.Code(i); // index n is outside the province too
        var totaal = plan.ProvincialeTaak;
        foreach (var p in c.Pogingen)
        {
            var voor = plan;
            var uitkomst = plan.LegUitruilVast(Code(p.Van), Code(p.Naar), p.Plaatsen, "test");
            var geldig = p.Van >= 0 && p.Van < n && p.Naar >= 0 && p.Naar < n && p.Van != p.Naar && p.Plaatsen > 0
                         && p.Plaatsen <= voor.Taak(Code(p.Van));
            Assert.Equal(geldig, uitkomst.IsGelukt);
            if (!uitkomst.IsGelukt) continue;
            plan = uitkomst.Waarde;
            Assert.Equal(voor.Uitruilen, plan.Uitruilen.Take(voor.Uitruilen.Length));
            Assert.Equal(voor.Uitruilen.Length + 1, plan.Uitruilen.Length);
            Assert.Equal(voor.Taak(Code(p.Van)) - p.Plaatsen, plan.Taak(Code(p.Van)));
            Assert.Equal(voor.Taak(Code(p.Naar)) + p.Plaatsen, plan.Taak(Code(p.Naar)));
        }
        Assert.Equal(totaal, plan.ProvincialeTaak);
        Assert.Equal(totaal, plan.Posities.Sum(p => p.Taak));
        Assert.All(plan.Posities, p => Assert.True(p.Taak >= 0));
        Assert.All(plan.Posities, p => Assert.Equal(p.Indicatief + plan.Uitruilen.Where(u => u.Naar == p.Code).Sum(u => u.Plaatsen)
                                                                  - plan.Uitruilen.Where(u => u.Van == p.Code).Sum(u => u.Plaatsen), p.Taak));
    }

    [Fact]
    public void Shortfall_is_the_provincial_task_minus_committed_places_and_surpluses_offset_within_the_province()
    {
        var plan = Vier().MetToezeggingen((Aa, 150), (Bee, 120), (Bee, 30), (Cee, 0), (Dee, 390));
        Assert.Equal(690, plan.Toegezegd);
        Assert.Equal(310, plan.Tekort);
        Assert.Equal([0, 50, 300, 10], plan.Posities.Select(p => p.Tekort));
        Assert.Equal([50, 0, 0, 0], plan.Posities.Select(p => p.Overschot));
        Assert.Equal(360, plan.SomTekortGemeenten);
    }

    [Fact]
    public void Shortfall_is_never_negative()
    {
        var plan = Vier().MetToezeggingen((Dee, 2000));
        Assert.Equal(0, plan.Tekort);
        Assert.Equal(1600, plan.Positie(Dee).Overschot);
    }

    [Fact]
    public void Shortfall_follows_the_task_after_swaps()
    {
        var plan = Vier().MetToezeggingen((Dee, 500)).LegUitruilVast(Aa, Dee, 100, "Dee neemt Aa over").Ok();
        Assert.Equal(0, plan.Positie(Aa).Tekort);
        Assert.Equal(0, plan.Positie(Dee).Tekort);
        Assert.Equal(500, plan.Tekort);
    }

    [Fact]
    public void A_commitment_at_the_same_location_replaces_the_earlier_number_and_zero_withdraws_it()
    {
        var plan = Vier().LegToezeggingVast(Aa, "L1", 80).Ok().LegToezeggingVast(Aa, "L1", 120).Ok();
        Assert.Equal([new Toezegging("L1", 120)], plan.Gemeenten[0].Toezeggingen.ToArray());
        Assert.Equal(0, plan.LegToezeggingVast(Aa, "L1", 0).Ok().Toegezegd);
    }

    [Fact]
    public void A_location_committed_by_one_municipality_cannot_be_committed_by_another()
    {
        var plan = Vier().LegToezeggingVast(Aa, "L1", 80).Ok();
        plan.LegToezeggingVast(Bee, "L1", 80).Geweigerd(Weigeringsgrond.LocatieBijAndereGemeente);
        plan.LegToezeggingVast(Bee, " ", 80).Geweigerd(Weigeringsgrond.LocatieOntbreekt);
        plan.LegToezeggingVast(Bee, "L2", -1).Geweigerd(Weigeringsgrond.PlaatsenNegatief);
        plan.LegToezeggingVast(Buiten, "L2", 1).Geweigerd(Weigeringsgrond.GemeenteNietInProvincie);
        Assert.Equal(80, plan.Toegezegd);
    }

    [Fact]
    public void A_plan_submitted_before_1_November_is_on_time()
    {
        var plan = Vier().DienIn(Regels2026, new DateOnly(2026, 10, 31)).Ok();
        Assert.Equal(PlanStatus.Ingediend, plan.Status);
        Assert.False(plan.Indiening!.TeLaat);
        Assert.Equal(new DateOnly(2026, 11, 1), plan.Indiening.Termijn);
        Assert.Contains("1 november", plan.Indiening.TermijnBron);
    }

    [Theory]
    [InlineData(2026, 11, 1)]
    [InlineData(2026, 12, 15)]
    public void Submitting_on_or_after_the_deadline_is_refused_without_a_late_record(int jaar, int maand, int dag)
    {
        var plan = Vier();
        var weigering = plan.DienIn(Regels2026, new DateOnly(jaar, maand, dag)).Geweigerd(Weigeringsgrond.NaTermijn);
        Assert.Contains("1 november 2026", weigering.Melding);
        Assert.Equal(PlanStatus.Concept, plan.Status);
    }

    [Fact]
    public void Submitting_late_is_allowed_when_te_laat_ingediend_is_recorded_with_its_reason()
    {
        var plan = Vier().DienIn(Regels2026, new DateOnly(2026, 11, 8), "PRT-vergadering uitgesteld").Ok();
        Assert.True(plan.Indiening!.TeLaat);
        Assert.Equal("PRT-vergadering uitgesteld", plan.Indiening.TeLaatToelichting);
    }

    [Fact]
    public void A_plan_is_submitted_once_and_cannot_change_afterwards()
    {
        var plan = Vier().DienIn(Regels2026, new DateOnly(2026, 10, 1)).Ok();
        plan.DienIn(Regels2026, new DateOnly(2026, 10, 2)).Geweigerd(Weigeringsgrond.AlIngediend);
        plan.LegToezeggingVast(Aa, "L1", 10).Geweigerd(Weigeringsgrond.PlanNietInConcept);
        plan.LegUitruilVast(Aa, Bee, 10, "te laat").Geweigerd(Weigeringsgrond.PlanNietInConcept);
    }

    [Fact]
    public void Submitting_against_the_rules_of_another_cycle_is_refused() =>
        Vier().DienIn(RegelsLoader.Bundled(2024), new DateOnly(2026, 10, 1)).Geweigerd(Weigeringsgrond.AndereCyclus);

    [Fact]
    public void Only_a_submitted_plan_can_be_assessed()
    {
        Vier().Beoordeel(new DateOnly(2026, 11, 15)).Geweigerd(Weigeringsgrond.NietIngediend);
        var ingediend = Vier().DienIn(Regels2026, new DateOnly(2026, 10, 1)).Ok();
        ingediend.Beoordeel(new DateOnly(2026, 9, 1)).Geweigerd(Weigeringsgrond.OngeldigeInvoer);
        var beoordeeld = ingediend.Beoordeel(new DateOnly(2026, 11, 15)).Ok();
        Assert.Equal(PlanStatus.Beoordeeld, beoordeeld.Status);
        beoordeeld.Beoordeel(new DateOnly(2026, 11, 16)).Geweigerd(Weigeringsgrond.NietIngediend);
    }

    [Fact]
    public void A_refusal_read_as_a_value_throws_the_dutch_message_for_the_edges()
    {
        var e = Assert.Throws<InvalidInputException>(() => Vier().LegUitruilVast(Aa, Aa, 1, "x").Waarde);
        Assert.Contains("zichzelf", e.Message);
    }

    [Fact]
    public void The_plan_exposes_no_setters()
    {
        foreach (var type in new[] { typeof(ProvinciaalPlan), typeof(Verdeelbesluit), typeof(VerdeelbesluitVoorstel) })
            Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod));
    }

}
