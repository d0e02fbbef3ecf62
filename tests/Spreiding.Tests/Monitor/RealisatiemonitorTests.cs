using System.Numerics;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Monitor;
using Spreiding.Core.Opgave;
using Spreiding.Core.Raming;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Monitor;

public class VervullingsgraadTests
{
    [Theory]
    [InlineData(0, 0, "-", "-")]
    [InlineData(5, 0, "-", "-")]
    [InlineData(0, 7, "0.0", "0,0%")]
    [InlineData(1, 3, "33.3", "33,3%")]
    [InlineData(2, 3, "66.7", "66,7%")]
    [InlineData(1, 8, "12.5", "12,5%")]
    [InlineData(1, 16, "6.3", "6,3%")]      // 6.25 exactly: half up
    [InlineData(1, 2000, "0.1", "0,1%")]    // 0.05 exactly: half up
    [InlineData(1, 2001, "0.0", "0,0%")]    // just under 0.05
    [InlineData(3, 2, "150.0", "150,0%")]   // more than the task
    [InlineData(9420, 3213, "293.2", "293,2%")]
    [InlineData(2000000, 1, "200000000.0", "200.000.000,0%")]
    public void Rate_is_exact_to_one_decimal_rounded_half_up(int gerealiseerd, int opgave, string invariant, string nederlands)
    {
        var v = new Vervullingsgraad(gerealiseerd, opgave);
        Assert.Equal(invariant, v.Invariant);
        Assert.Equal(nederlands, v.Nederlands);
        Assert.Equal(opgave > 0, v.IsGedefinieerd);
    }

    [Fact]
    public void Rate_agrees_with_big_integer_arithmetic_over_many_pairs()
    {
        var random = new Random(20250131);
        for (var i = 0; i < 20000; i++)
        {
            var opgave = random.Next(1, i % 2 == 0 ? 100 : int.MaxValue);
            var gerealiseerd = random.Next(0, i % 3 == 0 ? int.MaxValue : 3 * Math.Min(opgave, int.MaxValue / 3));
            // Tenths of a percent, half up: compare 1000·g/t with the half-way points using BigInteger.
            var teller = new BigInteger(gerealiseerd) * 1000;
            var verwacht = teller / opgave;
            if ((teller % opgave) * 2 >= opgave) verwacht += 1;
            Assert.Equal((long)verwacht, new Vervullingsgraad(gerealiseerd, opgave).Tienden);
        }
    }

    [Fact]
    public void Percent_as_decimal_is_the_tenths_over_ten()
    {
        Assert.Equal(33.3m, new Vervullingsgraad(1, 3).Procent);
        Assert.Null(new Vervullingsgraad(1, 0).Procent);
    }
}

public class RealisatiemonitorTests
{
    private static readonly Telregels Regels2024 = RegelsLoader.Bundled(2024).Telregels!;
    private static readonly Telregels Regels2026 = RegelsLoader.Bundled(2026).Telregels!;

    private static Locatie Azc(string id = "T-1", string gemeente = "GM0363", int plaatsen = 500, LocatieFase fase = LocatieFase.InGebruik,
        string? begin = "2020-01-01", string? eind = "2035-12-31", bool bo = true, string? boEind = "2035-12-31") =>
        new(id, "AZC " + id, GemeenteCode.Parse(gemeente), plaatsen, 0, LocatieSoort.Regulier, fase,
            begin is null ? null : DateOnly.Parse(begin), eind is null ? null : DateOnly.Parse(eind),
            new Bestuursovereenkomst(bo, bo ? new DateOnly(2019, 6, 1) : null, boEind is null ? null : DateOnly.Parse(boEind)));

    private static DateOnly D(string s) => DateOnly.Parse(s);

    [Fact]
    public void Peildata_are_month_ends_and_the_last_is_tot_itself()
    {
        Assert.Equal([D("2025-01-31"), D("2025-02-28"), D("2025-03-31"), D("2025-04-30")], Realisatiemonitor.Peildata(D("2025-01-15"), D("2025-04-30")));
        Assert.Equal([D("2024-01-31"), D("2024-02-29"), D("2024-03-10")], Realisatiemonitor.Peildata(D("2024-01-01"), D("2024-03-10")));
        Assert.Equal([D("2025-03-10")], Realisatiemonitor.Peildata(D("2025-03-01"), D("2025-03-10")));
        Assert.Equal([D("2024-12-31"), D("2025-01-31")], Realisatiemonitor.Peildata(D("2024-12-31"), D("2025-01-31")));
        Assert.Throws<InvalidInputException>(() => Realisatiemonitor.Peildata(D("2025-05-01"), D("2025-04-30")));
    }

    [Fact]
    public void Horizon_comes_from_the_telregels_or_is_twelve_months_after_the_peildatum()
    {
        var h2024 = Realisatiemonitor.HorizonOp(Regels2024, D("2025-02-28"));
        Assert.Equal(new Horizon(D("2026-02-28"), HorizonBron.MaandenNaPeildatum), h2024);
        var h2026 = Realisatiemonitor.HorizonOp(Regels2026, D("2026-03-31"));
        Assert.Equal(new Horizon(D("2028-12-31"), HorizonBron.Telregels), h2026);
        Assert.Contains("2028-12-31", h2026.Omschrijving);
    }

    [Fact]
    public void The_earliest_end_of_the_location_and_its_signed_agreement_decides()
    {
        Assert.Equal(D("2025-06-30"), Realisatiemonitor.Einde(Azc(eind: "2035-12-31", boEind: "2025-06-30")));
        Assert.Equal(D("2027-01-01"), Realisatiemonitor.Einde(Azc(eind: "2027-01-01", boEind: "2035-12-31")));
        Assert.Equal(D("2027-01-01"), Realisatiemonitor.Einde(Azc(eind: "2027-01-01", bo: false, boEind: "2025-01-01")));
        Assert.Null(Realisatiemonitor.Einde(Azc(eind: null, boEind: null)));
    }

    [Fact]
    public void Places_at_risk_in_2024_are_counted_places_ending_before_the_horizon()
    {
        var horizon = D("2026-01-31");
        Assert.Equal(500, Realisatiemonitor.AflopendePlaatsen(Azc(begin: "2015-01-01", eind: "2025-12-31", boEind: "2025-12-31"), Regels2024, horizon));
        Assert.Equal(500, Realisatiemonitor.AflopendePlaatsen(Azc(boEind: "2026-01-30"), Regels2024, horizon));
        Assert.Equal(0, Realisatiemonitor.AflopendePlaatsen(Azc(boEind: "2026-01-31"), Regels2024, horizon)); // on the horizon: still available
        Assert.Equal(0, Realisatiemonitor.AflopendePlaatsen(Azc(fase: LocatieFase.InPlanvorming, eind: "2025-12-31", begin: "2015-01-01"), Regels2024, horizon)); // does not count
        Assert.Equal(0, Realisatiemonitor.AflopendePlaatsen(Azc(eind: null, boEind: null), Regels2024, horizon));
    }

    [Fact]
    public void Places_at_risk_in_2026_are_those_the_horizon_rule_keeps_out()
    {
        var l = Azc(begin: "2020-01-01", eind: "2028-06-30", boEind: "2028-06-30");
        Assert.Equal(0, Telling.Tel(l, Regels2026).GeteldePlaatsen);
        Assert.Equal(500, Realisatiemonitor.AflopendePlaatsen(l, Regels2026, D("2028-12-31")));
        // Planning counts with the margin (factor 0.8) there too; without a signed agreement nothing counts.
        Assert.Equal(400, Realisatiemonitor.AflopendePlaatsen(l with { Fase = LocatieFase.InPlanvorming }, Regels2026, D("2028-12-31")));
        Assert.Equal(0, Realisatiemonitor.AflopendePlaatsen(l with { Bestuursovereenkomst = Bestuursovereenkomst.Geen }, Regels2026, D("2028-12-31")));
    }

    private static Capaciteitsraming Raming2024()
    {
        var regels = RegelsLoader.Bundled(2024);
        return RamingEngine.Bereken(new RamingInvoer(regels, TestData.Indeling, TestData.Bevolking2023, TestData.FixtureSesWoaComplete(),
            new RamingOpties(null, null, "inwoners", null, null, null)));
    }

    [Fact]
    public void A_snapshot_sets_counted_places_against_the_task_at_every_level()
    {
        var raming = Raming2024();
        IReadOnlyList<Locatie> register =
        [
            Azc("A", "GM0363", 500),
            Azc("B", "GM0363", 300, begin: "2015-01-01", eind: "2025-12-31", boEind: "2025-12-31"),
            Azc("C", "GM0344", 800, fase: LocatieFase.InPlanvorming),
        ];
        var m = Realisatiemonitor.Meet(raming, Regels2024, D("2025-03-31"), register);
        Assert.Equal(D("2026-03-31"), m.Horizon.Datum);
        Assert.Equal(3, m.AantalLocaties);
        Assert.Equal(new Realisatie(96000, 800, 95200, 300), m.Land);
        var amsterdam = m.Gemeenten.Single(g => g.Gemeente.Code == GemeenteCode.Parse("GM0363"));
        Assert.Equal(800, amsterdam.Cijfers.Gerealiseerd);
        Assert.Equal(300, amsterdam.Cijfers.AflopendBinnenHorizon);
        Assert.Equal(raming.Gemeente(GemeenteCode.Parse("GM0363")).Plaatsen, amsterdam.Cijfers.Opgave);
        var nh = m.Provincies.Single(p => p.Provincie.Code == ProvincieCode.Parse("PV27"));
        Assert.Equal(raming.Provincies.Single(p => p.Provincie.Code == ProvincieCode.Parse("PV27")).Plaatsen, nh.Cijfers.Opgave);
        Assert.Equal(800, nh.Cijfers.Gerealiseerd);
        Assert.Equal(nh.Cijfers.Opgave - 800, nh.Cijfers.Resterend);
        var utrecht = m.Provincies.Single(p => p.Provincie.Code == ProvincieCode.Parse("PV26"));
        Assert.Equal(0, utrecht.Cijfers.Gerealiseerd);
        Assert.Equal("0.0", utrecht.Cijfers.Vervullingsgraad.Invariant);
    }

    [Fact]
    public void Volg_requires_increasing_peildata()
    {
        var raming = Raming2024();
        IReadOnlyList<Locatie> leeg = [];
        var reeks = Realisatiemonitor.Volg(raming, Regels2024, [(D("2025-01-31"), leeg), (D("2025-02-28"), leeg)]);
        Assert.Equal(2, reeks.Peilmomenten.Count);
        Assert.Throws<ArgumentException>(() => Realisatiemonitor.Volg(raming, Regels2024, [(D("2025-02-28"), leeg), (D("2025-02-28"), leeg)]));
    }
}
