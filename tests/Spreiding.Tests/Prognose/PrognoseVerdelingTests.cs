using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Prognose;
using Spreiding.Core.Raming;
using Spreiding.Data.Regels;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class PrognoseVerdelingTests
{
    private static readonly int[] Totalen = [88_000, 90_517, 85_003, 88_000, 101_234, 79_999, 90_517];

    public static TheoryData<ApportionmentMethod> ExacteMethoden => new(
        ApportionmentMethod.LargestRemainder, ApportionmentMethod.SainteLague, ApportionmentMethod.DHondt, ApportionmentMethod.HuntingtonHill);

    [Theory]
    [MemberData(nameof(ExacteMethoden))]
    public void Every_run_is_shared_out_exactly_to_its_own_total_with_an_exact_method(ApportionmentMethod methode)
    {
        var verdeling = PrognoseVerdeling.Verdeel(Raming2024(methode), Totalen, 2026);
        for (var r = 0; r < Totalen.Length; r++)
        {
            var plaatsen = verdeling.PlaatsenInRun(r).ToArray();
            Assert.Equal(Totalen[r], plaatsen.Sum());
            Assert.Equal(Totalen[r], verdeling.ProvinciesInRun(r).ToArray().Sum());
        }
    }

    [Fact]
    public void Each_run_equals_apportioning_its_total_on_its_own_with_the_rammings_key_and_method()
    {
        var raming = Raming2024(ApportionmentMethod.SainteLague);
        var verdeling = PrognoseVerdeling.Verdeel(raming, Totalen, 5);
        var claimants = raming.Gemeenten.Select(g => new Claimant(g.Gemeente.Code.ToString(), g.Gewicht)).ToArray();
        for (var r = 0; r < Totalen.Length; r++)
        {
            var alleen = Apportioner.Apportion(new ApportionmentRequest(claimants, Totalen[r], raming.Methode, new TieRule.Lot(5)));
            Assert.Equal(alleen.Allotments.Select(a => a.Seats), verdeling.PlaatsenInRun(r).ToArray());
        }
    }

    [Fact]
    public void A_province_is_the_sum_of_its_municipalities_in_every_run()
    {
        var raming = Raming2024();
        var verdeling = PrognoseVerdeling.Verdeel(raming, Totalen, 1);
        for (var r = 0; r < Totalen.Length; r++)
        {
            var gemeenten = verdeling.PlaatsenInRun(r).ToArray();
            var provincies = verdeling.ProvinciesInRun(r).ToArray();
            for (var p = 0; p < raming.Provincies.Count; p++)
            {
                var code = raming.Provincies[p].Provincie.Code;
                var som = raming.Gemeenten.Select((g, i) => (g, i)).Where(x => x.g.Gemeente.Provincie == code).Sum(x => gemeenten[x.i]);
                Assert.Equal(som, provincies[p]);
            }
        }
    }

    [Fact]
    public void Percentiles_per_municipality_and_province_are_ordered_and_taken_over_the_runs()
    {
        var raming = Raming2024();
        var verdeling = PrognoseVerdeling.Verdeel(raming, Totalen, 1);
        Assert.Equal(raming.Gemeenten.Count, verdeling.Gemeenten.Count);
        Assert.All(verdeling.Gemeenten, g => Assert.True(g.Plaatsen.P10 <= g.Plaatsen.P50 && g.Plaatsen.P50 <= g.Plaatsen.P90));
        Assert.All(verdeling.Provincies, p => Assert.True(p.Plaatsen.P10 <= p.Plaatsen.P50 && p.Plaatsen.P50 <= p.Plaatsen.P90));
        var amsterdam = verdeling.Gemeenten.Single(g => g.Gemeente.Code == GemeenteCode.Parse("GM0363"));
        var index = raming.Gemeenten.ToList().FindIndex(g => g.Gemeente.Code == amsterdam.Gemeente.Code);
        var perRun = Enumerable.Range(0, Totalen.Length).Select(r => verdeling.PlaatsenInRun(r)[index]).ToArray();
        Assert.Equal(Percentiel.Van(perRun), amsterdam.Plaatsen);
        Assert.Equal(new GeheelPercentielen(79_999, 88_000, 101_234), verdeling.LandelijkToegekend);
    }

    [Fact]
    public void The_remaining_task_is_places_minus_counted_but_never_below_zero()
    {
        var raming = Raming2024();
        var amsterdam = GemeenteCode.Parse("GM0363");
        var bloemendaal = GemeenteCode.Parse("GM0377");
        var geteld = new Dictionary<GemeenteCode, int> { [amsterdam] = 100_000, [bloemendaal] = 10 };
        var verdeling = PrognoseVerdeling.Verdeel(raming, Totalen, 1, geteld);
        var a = verdeling.Gemeenten.Single(g => g.Gemeente.Code == amsterdam);
        var b = verdeling.Gemeenten.Single(g => g.Gemeente.Code == bloemendaal);
        Assert.Equal(new GeheelPercentielen(0, 0, 0), a.Resterend);
        Assert.Equal(new GeheelPercentielen(b.Plaatsen.P10 - 10, b.Plaatsen.P50 - 10, b.Plaatsen.P90 - 10), b.Resterend);
        var noordHolland = verdeling.Provincies.Single(p => p.Provincie.Code == a.Gemeente.Provincie);
        Assert.Equal(100_010, noordHolland.Geteld);
        Assert.Equal(Math.Max(0, noordHolland.Plaatsen.P50 - 100_010), noordHolland.TeRealiseren.P50);

        var zonderTelling = PrognoseVerdeling.Verdeel(raming, Totalen, 1);
        Assert.All(zonderTelling.Gemeenten, g => Assert.Equal(g.Plaatsen, g.Resterend));
    }

    [Fact]
    public void Counted_places_in_a_municipality_outside_the_raming_are_refused()
    {
        var geteld = new Dictionary<GemeenteCode, int> { [GemeenteCode.FromNumber(9999)] = 5 };
        var fout = Assert.Throws<InvalidInputException>(() => PrognoseVerdeling.Verdeel(Raming2024(), Totalen, 1, geteld));
        Assert.Contains("GM9999", fout.Message);
    }

    [Fact]
    public void A_tie_at_the_margin_is_decided_by_the_seeded_lot_and_no_run_fails()
    {
        var raming = GelijkeGemeenten();
        int[] totalen = [10, 11, 12, 10];
        var verdeling = PrognoseVerdeling.Verdeel(raming, totalen, 77);
        Assert.Equal(3, verdeling.RunsMetLoting); // 10, 11 and 10 over three equal weights; 12 divides evenly
        for (var r = 0; r < totalen.Length; r++) Assert.Equal(totalen[r], verdeling.PlaatsenInRun(r).ToArray().Sum());
        Assert.Equal(verdeling.PlaatsenInRun(0).ToArray(), verdeling.PlaatsenInRun(3).ToArray());
        var nogmaals = PrognoseVerdeling.Verdeel(raming, totalen, 77, parallel: false);
        for (var r = 0; r < totalen.Length; r++) Assert.Equal(verdeling.PlaatsenInRun(r).ToArray(), nogmaals.PlaatsenInRun(r).ToArray());
    }

    [Fact]
    public void Many_runs_give_the_same_distribution_in_parallel_and_sequentially()
    {
        var totalen = MonteCarlo.Draai(AlleHefbomen(), Doelbezetting, 1_200, 3).Totalen();
        var raming = Raming2024();
        var parallel = PrognoseVerdeling.Verdeel(raming, totalen, 3, parallel: true);
        var sequentieel = PrognoseVerdeling.Verdeel(raming, totalen, 3, parallel: false);
        Assert.Equal(sequentieel.Gemeenten, parallel.Gemeenten);
        Assert.Equal(sequentieel.Provincies, parallel.Provincies);
        for (var r = 0; r < totalen.Length; r += 101) Assert.Equal(sequentieel.PlaatsenInRun(r).ToArray(), parallel.PlaatsenInRun(r).ToArray());
    }

    /// <summary>Three made-up municipalities with equal populations (fixture, not CBS data).</summary>
    private static Capaciteitsraming GelijkeGemeenten()
    {
        var regels = RegelsLoader.Bundled(2024);
        var provincie = new Provincie(ProvincieCode.Parse("PV20"), "Testprovincie");
        var gemeenten = Enumerable.Range(1, 3)
            .Select(i => new Gemeente(GemeenteCode.FromNumber(i), $"Test {i}", $"Test {i}", provincie.Code, new DateOnly(2000, 1, 1), null))
            .ToList();
        var indeling = new GemeentelijkeIndeling(gemeenten, [provincie]);
        var bevolking = new Bevolking(regels.PeildatumBevolking.Waarde, new Bron("testfixture", "fixture"),
            gemeenten.ToDictionary(g => g.Code, _ => 1_000));
        return RamingEngine.Bereken(new RamingInvoer(regels, indeling, bevolking, null,
            new RamingOpties(Totaal: 9, Methode: ApportionmentMethod.LargestRemainder, Sleuteltype: "inwoners")));
    }
}
