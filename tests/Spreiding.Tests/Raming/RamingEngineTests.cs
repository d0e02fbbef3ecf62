using Spreiding.Core.Apportionment;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Raming;

public class RamingEngineTests
{
    private static readonly GemeenteCode Bloemendaal = GemeenteCode.Parse("GM0377");
    private static readonly GemeenteCode Heerlen = GemeenteCode.Parse("GM0917");

    private static Capaciteitsraming Bereken(RamingOpties opties, SesWoa? ses = null) =>
        RamingEngine.Bereken(new RamingInvoer(RegelsLoader.Bundled(2024), TestData.Indeling, TestData.Bevolking2023,
            ses ?? BundledData.SesWoaVerzameld(), opties));

    public static TheoryData<string> ExactMethods => new() { "grootste-overschot", "sainte-lague", "dhondt", "huntington-hill" };

    [Theory]
    [MemberData(nameof(ExactMethods))]
    public void Every_exact_method_shares_out_exactly_96000_places_and_8140_amv(string methode)
    {
        var raming = Bereken(new RamingOpties(Methode: ApportionmentMethods.Parse(methode), Sleuteltype: "inwoners"));
        Assert.Equal(342, raming.Gemeenten.Count);
        Assert.Equal(96000, raming.Gemeenten.Sum(g => g.Plaatsen));
        Assert.Equal(8140, raming.Gemeenten.Sum(g => g.Amv!.Value));
        Assert.Equal(0, raming.Verschil);
    }

    [Fact]
    public void Published_method_rounds_every_municipality_on_its_own_and_reports_the_difference()
    {
        var raming = Bereken(new RamingOpties(Sleuteltype: "inwoners"));
        Assert.Equal(ApportionmentMethod.Published, raming.Methode);
        foreach (var g in raming.Gemeenten)
            Assert.Equal((int)g.Quotum.RoundHalfUp(), g.Plaatsen);
        Assert.Equal(raming.Gemeenten.Sum(g => g.Plaatsen) - 96000, raming.Verschil);
    }

    [Theory]
    [MemberData(nameof(ExactMethods))]
    public void Provinces_are_the_sums_of_their_municipalities(string methode)
    {
        var raming = Bereken(new RamingOpties(Methode: ApportionmentMethods.Parse(methode), Sleuteltype: "inwoners"));
        Assert.Equal(12, raming.Provincies.Count);
        foreach (var p in raming.Provincies)
        {
            var deel = raming.Gemeenten.Where(g => g.Gemeente.Provincie == p.Provincie.Code).ToList();
            Assert.Equal(deel.Count, p.AantalGemeenten);
            Assert.Equal(deel.Sum(g => g.Plaatsen), p.Plaatsen);
            Assert.Equal(deel.Sum(g => g.Amv!.Value), p.Amv);
            Assert.Equal(deel.Sum(g => (long)g.Inwoners), p.Inwoners);
        }
        Assert.Equal(17_811_291, raming.Provincies.Sum(p => p.Inwoners));
    }

    [Fact]
    public void Bloemendaal_gets_128_places_by_population_alone_as_reported_for_2024()
    {
        // DOMAIN.md: "Bloemendaal 23,922 inhabitants, 128 places by population alone".
        var raming = Bereken(new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder));
        var g = raming.Gemeente(Bloemendaal);
        Assert.Equal(23922, g.Inwoners);
        Assert.Equal(128, (int)g.Inwonersquotum.Floor());
    }

    [Fact]
    public void Statutory_key_is_refused_while_SES_WOA_is_known_for_only_four_municipalities()
    {
        var e = Assert.Throws<OntbrekendeGegevensException>(() => Bereken(new RamingOpties()));
        Assert.Equal(338, e.Ontbrekend.Count);
        Assert.Equal(342, e.AantalGemeenten);
        Assert.DoesNotContain(e.Ontbrekend, g => g.Code == GemeenteCode.Parse("GM0363"));
    }

    [Fact]
    public void Bloemendaal_gets_more_than_its_population_share_and_Heerlen_less_with_a_positive_and_negative_score()
    {
        // Fixture: every score 0 except Bloemendaal and Heerlen, whose scores are made up to match the reported outcome direction.
        var scores = TestData.Gemeenten2024.ToDictionary(g => g.Code, _ => 0m);
        scores[Bloemendaal] = 0.366m;
        scores[Heerlen] = -0.289m;
        var raming = Bereken(new RamingOpties(), new SesWoa("fixture", new Bron("fixture", "fixture"), scores));
        Assert.True(raming.IsWettelijk);
        var b = raming.Gemeente(Bloemendaal);
        var h = raming.Gemeente(Heerlen);
        Assert.True(b.Quotum > b.Inwonersquotum);
        Assert.True(h.Quotum < h.Inwonersquotum);
        Assert.Equal(1.366m, b.Correctiefactor);
        Assert.Equal(23922m * 1.366m, b.Gewicht);
        Assert.Equal(raming.Gemeenten.Sum(g => g.Plaatsen) - 96000, raming.Verschil);
    }

    [Fact]
    public void The_four_real_scores_move_Aa_en_Hunze_up_and_Amsterdam_down()
    {
        var raming = Bereken(new RamingOpties(Methode: ApportionmentMethod.LargestRemainder), TestData.FixtureSesWoaComplete());
        var aaEnHunze = raming.Gemeente(GemeenteCode.Parse("GM1680"));
        var amsterdam = raming.Gemeente(GemeenteCode.Parse("GM0363"));
        Assert.Equal(0.170m, aaEnHunze.SesWoa);
        Assert.Equal(-0.073m, amsterdam.SesWoa);
        Assert.Equal(25724m * 1.170m, aaEnHunze.Gewicht);
        Assert.Equal(918117m * 0.927m, amsterdam.Gewicht);
        // Relative to the national mean correction, a positive score weighs more than its inhabitants' share.
        var gemiddeld = raming.SomGewichten / raming.SomInwoners;
        Assert.Equal(aaEnHunze.Correctiefactor > gemiddeld, aaEnHunze.Quotum > aaEnHunze.Inwonersquotum);
        Assert.Equal(amsterdam.Correctiefactor > gemiddeld, amsterdam.Quotum > amsterdam.Inwonersquotum);
    }

    [Fact]
    public void Population_only_key_is_marked_as_not_the_statutory_distribution()
    {
        var raming = Bereken(new RamingOpties(Sleuteltype: "inwoners"));
        Assert.False(raming.IsWettelijk);
        Assert.Contains(raming.Afwijkingen, a => a.Contains("alleen inwoners"));
    }

    [Fact]
    public void Another_total_is_a_what_if_without_amv_and_is_not_statutory()
    {
        var raming = Bereken(new RamingOpties(Totaal: 50000, Sleuteltype: "inwoners", Methode: ApportionmentMethod.SainteLague));
        Assert.Equal(50000, raming.Gemeenten.Sum(g => g.Plaatsen));
        Assert.All(raming.Gemeenten, g => Assert.Null(g.Amv));
        Assert.Contains(raming.Afwijkingen, a => a.Contains("50.000"));
    }

    [Fact]
    public void A_minimum_per_municipality_is_respected_and_reported()
    {
        var raming = Bereken(new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder, Minimum: 50));
        Assert.All(raming.Gemeenten, g => Assert.True(g.Plaatsen >= 50));
        Assert.Equal(96000, raming.Gemeenten.Sum(g => g.Plaatsen));
        Assert.Contains(raming.Gemeenten, g => g.Begrensd);
        Assert.False(raming.IsWettelijk);
    }

    [Fact]
    public void Explanation_renders_the_waterfall_from_the_kept_steps()
    {
        var raming = Bereken(new RamingOpties(), TestData.FixtureSesWoaComplete());
        var stappen = Uitleg.Voor(raming, GemeenteCode.Parse("GM1680"));
        Assert.Equal(["Inwoners", "Aandeel naar inwoners", "SES-WOA-correctie", "Normalisatie", "Afronding", "Uitkomst"], stappen.Select(s => s.Stap));
        Assert.Equal("25.724", stappen[0].Waarde);
        Assert.Contains("0,170", stappen[2].Zin);
        Assert.Equal(raming.Gemeente(GemeenteCode.Parse("GM1680")).Plaatsen.ToString(), stappen[^1].Waarde.Replace(".", ""));
    }

    [Fact]
    public void Cycle_2026_needs_a_population_on_1_January_2025()
    {
        var regels = RegelsLoader.Bundled(2026);
        Assert.Equal(new DateOnly(2025, 1, 1), regels.PeildatumBevolking.Waarde);
        var raming = RamingEngine.Bereken(new RamingInvoer(regels, TestData.Indeling, TestData.Bevolking2023, null,
            new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder)));
        Assert.Equal(88000, raming.Gemeenten.Sum(g => g.Plaatsen));
        Assert.Contains(raming.Afwijkingen, a => a.Contains("1 januari 2023"));
        Assert.All(raming.Gemeenten, g => Assert.Null(g.Amv));
    }
}
