using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Core.Regels;
using Spreiding.Data.Regels;
using static Spreiding.Tests.Plan.PlanFixtures;

namespace Spreiding.Tests.Plan;

/// <summary>The dossier: handlings applied in order, refusals that change nothing, replay that gives the same plan.</summary>
public sealed class PlanDossierTests
{
    private static readonly Cyclusregels Regels2026 = RegelsLoader.Bundled(2026);
    private static readonly DateTimeOffset Op = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static Planhandeling.Aanmaak Aanmaak() =>
        new([new(Aa, "Aa", 100), new(Bee, "Bee", 200), new(Cee, "Cee", 300), new(Dee, "Dee", 400)], "proef (FIXTURE)");

    private static PlanDossier Nieuw() => PlanDossier.Begin(ProefProvincie, "Proefprovincie", 2026, Aanmaak(), "prt", Op).Ok();

    private static PlanDossier Voer(PlanDossier d, Planhandeling h) => d.Voer(h, Regels2026, "prt", Op).Ok();

    [Fact]
    public void Handelingen_geven_het_plan_het_voorstel_en_het_besluit()
    {
        var d = Nieuw();
        Assert.Equal(1, d.Versie);
        d = Voer(d, new Planhandeling.Toezegging(Aa, "L1", 100));
        d = Voer(d, new Planhandeling.Uitruil(Bee, Cee, 50, "Cee neemt over"));
        Assert.Null(d.Voorstel);
        d = Voer(d, new Planhandeling.Indiening(new DateOnly(2026, 10, 15), null));
        Assert.Equal(PlanStatus.Ingediend, d.Plan.Status);
        Assert.NotNull(d.Voorstel);
        Assert.Equal(900, d.Voorstel!.Tekort);
        Assert.Equal(900, d.Voorstel.Som);
        d = Voer(d, new Planhandeling.Vaststelling(new DateOnly(2026, 12, 1), null));
        Assert.NotNull(d.Besluit);
        Assert.Equal(PlanStatus.Beoordeeld, d.Plan.Status);
        Assert.Equal(5, d.Versie);
        Assert.Equal([1, 2, 3, 4, 5], d.Regels.Select(r => r.Volgnummer));
    }

    [Fact]
    public void Na_het_besluit_verandert_niets_meer()
    {
        var d = Voer(Voer(Nieuw(), new Planhandeling.Indiening(new DateOnly(2026, 10, 15), null)), new Planhandeling.Vaststelling(new DateOnly(2026, 12, 1), null));
        foreach (Planhandeling h in new Planhandeling[]
                 {
                     new Planhandeling.Toezegging(Aa, "L1", 1), new Planhandeling.Aanpassing(Aa, 5, "x"), new Planhandeling.Vaststelling(new DateOnly(2026, 12, 2), null),
                 })
            d.Voer(h, Regels2026, "min", Op).Geweigerd(Weigeringsgrond.BesluitVastgesteld);
    }

    [Fact]
    public void Een_besluit_aanpassen_of_vaststellen_kan_pas_na_de_indiening()
    {
        var d = Nieuw();
        d.Voer(new Planhandeling.Aanpassing(Aa, 5, "reden"), Regels2026, "min", Op).Geweigerd(Weigeringsgrond.NietIngediend);
        d.Voer(new Planhandeling.Vaststelling(new DateOnly(2026, 12, 1), null), Regels2026, "min", Op).Geweigerd(Weigeringsgrond.NietIngediend);
        d.Voer(Aanmaak(), Regels2026, "prt", Op).Geweigerd(Weigeringsgrond.VolgordeOngeldig);
    }

    [Fact]
    public void Een_weigering_laat_het_dossier_zoals_het_was()
    {
        var d = Voer(Nieuw(), new Planhandeling.Toezegging(Aa, "L1", 100));
        var uitkomst = d.Voer(new Planhandeling.Uitruil(Aa, Buiten, 10, "over de grens"), Regels2026, "prt", Op);
        uitkomst.Geweigerd(Weigeringsgrond.GemeenteNietInProvincie);
        Assert.Equal(2, d.Versie);
        Assert.Empty(d.Plan.Uitruilen);
    }

    [Fact]
    public void Een_beschadigd_dossier_wordt_niet_stil_herhaald()
    {
        var d = Voer(Nieuw(), new Planhandeling.Toezegging(Aa, "L1", 100));
        var gat = new[] { d.Regels[0], d.Regels[1] with { Volgnummer = 3 } };
        var e = Assert.Throws<Spreiding.Core.InvalidInputException>(() => PlanDossier.Herhaal(ProefProvincie, "Proefprovincie", 2026, gat, Regels2026));
        Assert.Contains("mist handeling 2", e.Message);
        var zonderAanmaak = new[] { d.Regels[1] };
        Assert.Throws<Spreiding.Core.InvalidInputException>(() => PlanDossier.Herhaal(ProefProvincie, "Proefprovincie", 2026, zonderAanmaak, Regels2026));
    }

    /// <summary>Any sequence of handlings, accepted or refused, replays from the accepted ones to the same plan.</summary>
    [Property(MaxTest = 200)]
    public Property Herhalen_geeft_hetzelfde_plan()
    {
        var gemeenten = new[] { Aa, Bee, Cee, Dee, Buiten };
        var handeling = Gen.OneOf(
            from g in Gen.Elements(gemeenten)
            from l in Gen.Choose(1, 4)
            from p in Gen.Choose(-5, 300)
            select (Planhandeling)new Planhandeling.Toezegging(g, $"L{l}", p),
            from van in Gen.Elements(gemeenten)
            from naar in Gen.Elements(gemeenten)
            from p in Gen.Choose(-5, 300)
            select (Planhandeling)new Planhandeling.Uitruil(van, naar, p, "ruil"),
            from dag in Gen.Choose(1, 40)
            select (Planhandeling)new Planhandeling.Indiening(new DateOnly(2026, 9, 30).AddDays(dag), dag > 31 ? "te laat" : null),
            from g in Gen.Elements(gemeenten)
            from p in Gen.Choose(0, 300)
            select (Planhandeling)new Planhandeling.Aanpassing(g, p, "aanpassing"));
        return Prop.ForAll(Arb.From(Gen.Choose(0, 12).SelectMany(n => handeling.ArrayOf(n))), reeks =>
        {
            var d = Nieuw();
            foreach (var h in reeks)
                if (d.Voer(h, Regels2026, "prt", Op) is { IsGelukt: true } u)
                    d = u.Waarde;
            var herhaald = PlanDossier.Herhaal(ProefProvincie, "Proefprovincie", 2026, d.Regels, Regels2026);
            return herhaald.Versie == d.Versie
                   && herhaald.Plan.Posities.SequenceEqual(d.Plan.Posities)
                   && herhaald.Plan.Uitruilen.SequenceEqual(d.Plan.Uitruilen)
                   && herhaald.Plan.Status == d.Plan.Status
                   && herhaald.Plan.ProvincialeTaak == 1000
                   && (d.Voorstel is null) == (herhaald.Voorstel is null)
                   && (d.Voorstel is null || d.Voorstel.Aanwijzingen.SequenceEqual(herhaald.Voorstel!.Aanwijzingen));
        });
    }
}
