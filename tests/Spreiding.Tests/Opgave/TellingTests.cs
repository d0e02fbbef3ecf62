using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Data.Regels;

namespace Spreiding.Tests.Opgave;

/// <summary>The counting rules of cycle 2026 (Kamerbrief 5 February 2026, footnote 1) applied to single locations.</summary>
public class TellingTests
{
    private static readonly Telregels Regels2026 = RegelsLoader.Bundled(2026).Telregels!;
    private static readonly Telregels Regels2024 = RegelsLoader.Bundled(2024).Telregels!;

    private static Locatie Azc(int plaatsen = 500, LocatieSoort soort = LocatieSoort.Regulier, LocatieFase fase = LocatieFase.InGebruik,
        string? begin = "2020-01-01", string? eind = "2035-12-31", bool bo = true, string? boEind = "2035-12-31") =>
        new("T-1", "AZC Test", GemeenteCode.Parse("GM0363"), plaatsen, 0, soort, fase,
            begin is null ? null : DateOnly.Parse(begin), eind is null ? null : DateOnly.Parse(eind),
            new Bestuursovereenkomst(bo, bo ? new DateOnly(2019, 6, 1) : null, boEind is null ? null : DateOnly.Parse(boEind)));

    [Fact]
    public void A_durable_location_in_use_with_a_signed_agreement_counts_in_full()
    {
        var t = Telling.Tel(Azc(), Regels2026);
        Assert.Equal(TelUitkomst.Telt, t.Uitkomst);
        Assert.Equal(500, t.GeteldePlaatsen);
        Assert.Contains(t.Redenen, r => r.Contains("bestuursovereenkomst getekend"));
    }

    [Fact]
    public void Emergency_reception_does_not_count()
    {
        var t = Telling.Tel(Azc(soort: LocatieSoort.Noodopvang), Regels2026);
        Assert.Equal(TelUitkomst.TeltNiet, t.Uitkomst);
        Assert.Equal(0, t.GeteldePlaatsen);
        Assert.Contains(t.Redenen, r => r.Contains("soort 'noodopvang' telt niet mee"));
    }

    [Theory]
    [InlineData(100, TelUitkomst.TeltNiet)]
    [InlineData(101, TelUitkomst.Telt)]
    public void Only_locations_of_more_than_100_places_count(int plaatsen, TelUitkomst verwacht)
    {
        Assert.Equal(verwacht, Telling.Tel(Azc(plaatsen), Regels2026).Uitkomst);
    }

    [Fact]
    public void A_location_closing_before_31_December_2028_does_not_count_in_2026()
    {
        var t = Telling.Tel(Azc(begin: "2020-01-01", eind: "2028-12-30", boEind: "2028-12-30"), Regels2026);
        Assert.Equal(TelUitkomst.TeltNiet, t.Uitkomst);
        Assert.Contains(t.Redenen, r => r.Contains("ligt voor 2028-12-31"));
    }

    [Fact]
    public void Without_a_signed_agreement_a_location_does_not_count_in_2026_but_did_in_2024()
    {
        var l = Azc(bo: false, boEind: null);
        Assert.Equal(TelUitkomst.TeltNiet, Telling.Tel(l, Regels2026).Uitkomst);
        Assert.Equal(TelUitkomst.Telt, Telling.Tel(l, Regels2024).Uitkomst);
    }

    [Fact]
    public void A_location_in_planning_counts_partly_with_the_uncertainty_margin_rounded_down()
    {
        var t = Telling.Tel(Azc(plaatsen: 333, fase: LocatieFase.InPlanvorming, begin: "2027-06-01", eind: "2037-06-01", boEind: "2037-06-01"), Regels2026);
        Assert.Equal(TelUitkomst.TeltDeels, t.Uitkomst);
        var factor = Regels2026.FaseFactoren[LocatieFase.InPlanvorming].Waarde;
        Assert.Equal((int)decimal.Floor(333 * factor), t.GeteldePlaatsen);
    }

    [Fact]
    public void A_location_shorter_than_five_years_is_not_durable()
    {
        var t = Telling.Tel(Azc(begin: "2026-01-01", eind: "2030-12-31", boEind: "2030-12-31"), Regels2026);
        Assert.Equal(TelUitkomst.TeltNiet, t.Uitkomst);
        Assert.Contains(t.Redenen, r => r.Contains("korter dan 5 jaar"));
    }

    [Fact]
    public void A_closed_location_does_not_count()
    {
        Assert.Equal(TelUitkomst.TeltNiet, Telling.Tel(Azc(fase: LocatieFase.Gesloten), Regels2026).Uitkomst);
    }

    [Fact]
    public void A_location_opening_after_the_horizon_does_not_count()
    {
        var t = Telling.Tel(Azc(fase: LocatieFase.InRealisatie, begin: "2029-03-01", eind: "2040-01-01", boEind: "2040-01-01"), Regels2026);
        Assert.Equal(TelUitkomst.TeltNiet, t.Uitkomst);
        Assert.Contains(t.Redenen, r => r.Contains("pas beschikbaar vanaf 2029-03-01"));
    }
}
