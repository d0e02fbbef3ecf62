using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Raming;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Opgave;

public class OpgaveEngineTests
{
    private static Locatie Azc(string id, string gemeente, int plaatsen, LocatieSoort soort = LocatieSoort.Regulier) =>
        new(id, "AZC " + id, GemeenteCode.Parse(gemeente), plaatsen, 0, soort, LocatieFase.InGebruik,
            new DateOnly(2020, 1, 1), null, new Bestuursovereenkomst(true, new DateOnly(2019, 1, 1), null));

    private static Capaciteitsraming Raming2024() =>
        RamingEngine.Bereken(new RamingInvoer(RegelsLoader.Bundled(2024), TestData.Indeling, TestData.Bevolking2023,
            BundledData.SesWoaVerzameld(), new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder)));

    [Fact]
    public void National_level_is_total_minus_counted_as_in_the_letter_of_5_February_2026()
    {
        var regels = RegelsLoader.Bundled(2026);
        var register = new[] { Azc("a", "GM0363", 30000), Azc("b", "GM0014", 20000), Azc("c", "GM0014", 5000, LocatieSoort.Noodopvang) };
        var o = OpgaveEngine.Landelijk(regels, regels.Telregels!, register);
        Assert.Equal(88000, o.Totaal);
        Assert.Equal(50000, o.Beschikbaar);
        Assert.Equal(38000, o.TeRealiseren);
        Assert.Equal(3, o.Tellingen.Count);
    }

    [Fact]
    public void A_municipality_keeps_a_remaining_task_and_a_surplus_is_reported_not_subtracted()
    {
        var raming = Raming2024();
        var westerwolde = raming.Gemeente(GemeenteCode.Parse("GM1950"));
        var register = new[] { Azc("ter-apel", "GM1950", 2000, LocatieSoort.Aanmeldvoorziening), Azc("ams", "GM0363", 1000) };
        var o = OpgaveEngine.PerGemeente(raming, RegelsLoader.Bundled(2024).Telregels!, register);

        var w = o.Gemeenten!.Single(g => g.Gemeente.Code == GemeenteCode.Parse("GM1950"));
        Assert.Equal(westerwolde.Plaatsen, w.Indicatief);
        Assert.Equal(2000, w.Geteld);
        Assert.Equal(0, w.Resterend);
        Assert.Equal(2000 - westerwolde.Plaatsen, w.Overschot);

        var a = o.Gemeenten!.Single(g => g.Gemeente.Code == GemeenteCode.Parse("GM0363"));
        Assert.Equal(a.Indicatief - 1000, a.Resterend);
        Assert.Equal(0, a.Overschot);
    }

    [Fact]
    public void Provinces_sum_their_municipalities_and_offset_within_the_province()
    {
        var raming = Raming2024();
        var register = new[] { Azc("x", "GM1950", 5000), Azc("y", "GM0014", 150) };
        var o = OpgaveEngine.PerGemeente(raming, RegelsLoader.Bundled(2024).Telregels!, register);
        foreach (var p in o.Provincies!)
        {
            var deel = o.Gemeenten!.Where(g => g.Gemeente.Provincie == p.Provincie.Code).ToList();
            Assert.Equal(deel.Sum(g => g.Indicatief), p.Indicatief);
            Assert.Equal(deel.Sum(g => g.Geteld), p.Geteld);
            Assert.Equal(deel.Sum(g => g.Resterend), p.SomResterend);
            Assert.Equal(Math.Max(0, p.Indicatief - p.Geteld), p.TeRealiseren);
        }
        var groningen = o.Provincies!.Single(p => p.Provincie.Code == ProvincieCode.Parse("PV20"));
        Assert.True(groningen.TeRealiseren < groningen.SomResterend);
        Assert.Equal(96000, o.Gemeenten!.Sum(g => g.Indicatief));
    }

    [Fact]
    public void A_location_in_a_municipality_outside_the_division_is_refused()
    {
        var e = Assert.Throws<Spreiding.Core.InvalidInputException>(() =>
            OpgaveEngine.PerGemeente(Raming2024(), RegelsLoader.Bundled(2024).Telregels!, [Azc("z", "GM0457", 500)]));
        Assert.Contains("GM0457", e.Message);
    }
}
