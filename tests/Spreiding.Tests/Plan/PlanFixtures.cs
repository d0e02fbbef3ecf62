using FsCheck;
using FsCheck.Fluent;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;

namespace Spreiding.Tests.Plan;

/// <summary>FIXTURE, not real figures: a made-up province with four municipalities.</summary>
internal static class PlanFixtures
{
    public static readonly ProvincieCode ProefProvincie = ProvincieCode.Parse("PV27");
    public static readonly GemeenteCode Aa = GemeenteCode.FromNumber(1);
    public static readonly GemeenteCode Bee = GemeenteCode.FromNumber(2);
    public static readonly GemeenteCode Cee = GemeenteCode.FromNumber(3);
    public static readonly GemeenteCode Dee = GemeenteCode.FromNumber(4);
    public static readonly GemeenteCode Buiten = GemeenteCode.FromNumber(9999);

    /// <summary>Indicatief Aa 100, Bee 200, Cee 300, Dee 400: provincial task 1.000.</summary>
    public static ProvinciaalPlan Vier() =>
        ProvinciaalPlan.Nieuw(ProefProvincie, "Proefprovincie", 2026,
            [(Aa, "Aa", 100), (Bee, "Bee", 200), (Cee, "Cee", 300), (Dee, "Dee", 400)]).Ok();

    public static T Ok<T>(this Uitkomst<T> uitkomst) where T : notnull
    {
        Assert.True(uitkomst.IsGelukt, uitkomst.ToString());
        return uitkomst.Waarde;
    }

    public static Weigering Geweigerd<T>(this Uitkomst<T> uitkomst, Weigeringsgrond grond) where T : notnull
    {
        Assert.False(uitkomst.IsGelukt, $"verwacht geweigerd ({grond}), maar {uitkomst}");
        Assert.Equal(grond, uitkomst.Weigering!.Grond);
        Assert.False(string.IsNullOrWhiteSpace(uitkomst.Weigering.Melding));
        return uitkomst.Weigering;
    }

    /// <summary>Commits the places at a new location per entry.</summary>
    public static ProvinciaalPlan MetToezeggingen(this ProvinciaalPlan plan, params (GemeenteCode Code, int Plaatsen)[] toezeggingen)
    {
        foreach (var (code, plaatsen) in toezeggingen)
        {
            var volgnummer = plan.Gemeenten.Single(g => g.Code == code).Toezeggingen.Length + 1;
            plan = plan.LegToezeggingVast(code, $"LOC-{code.Digits}-{volgnummer}", plaatsen).Ok();
        }
        return plan;
    }
}

/// <summary>A random province: municipalities with indicative numbers and committed places (made up).</summary>
public sealed record PlanCase(int[] Indicatief, int[] Toegezegd)
{
    public static GemeenteCode Code(int i) => GemeenteCode.FromNumber(i + 1);

    public ProvinciaalPlan Plan(IReadOnlyList<int>? volgorde = null)
    {
        var order = volgorde ?? Enumerable.Range(0, Indicatief.Length).ToArray();
        var plan = ProvinciaalPlan.Nieuw(PlanFixtures.ProefProvincie, "Proefprovincie", 2026,
            order.Select(i => (Code(i), $"Gemeente {i + 1}", Indicatief[i]))).Ok();
        foreach (var i in order)
            if (Toegezegd[i] > 0)
                plan = plan.LegToezeggingVast(Code(i), $"LOC-{i + 1}", Toegezegd[i]).Ok();
        return plan;
    }

    public override string ToString() => $"PlanCase(indicatief [{string.Join(", ", Indicatief)}], toegezegd [{string.Join(", ", Toegezegd)}])";
}

/// <summary>An attempted swap by index; may be invalid on purpose (same municipality, 0 or negative, too large, outside).</summary>
public sealed record Poging(int Van, int Naar, int Plaatsen);

public sealed record UitruilCase(PlanCase Plan, Poging[] Pogingen)
{
    public override string ToString() => $"{Plan}, pogingen [{string.Join(", ", Pogingen.Select(p => $"{p.Van}->{p.Naar}:{p.Plaatsen}"))}]";
}

public sealed record GeschuddeCase(PlanCase Plan, int[] Volgorde, ulong Zaad)
{
    public override string ToString() => $"{Plan}, volgorde [{string.Join(", ", Volgorde)}], zaad {Zaad}";
}

public static class PlanGenerators
{
    private static Gen<PlanCase> Plannen() =>
        Gen.Choose(1, 15).SelectMany(n =>
            Gen.Choose(0, 500).ArrayOf(n).SelectMany(ind =>
                Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 600))).ArrayOf(n)
                    .Select(toe => new PlanCase(ind, toe))));

    public static Arbitrary<PlanCase> PlanCases() => Plannen().ToArbitrary();

    public static Arbitrary<UitruilCase> UitruilCases() =>
        Plannen().SelectMany(p =>
            Gen.Choose(-1, p.Indicatief.Length).SelectMany(van =>
                    Gen.Choose(-1, p.Indicatief.Length).SelectMany(naar =>
                        Gen.Choose(-5, 400).Select(pl => new Poging(van, naar, pl))))
                .ArrayOf()
                .Select(ps => new UitruilCase(p, ps)))
        .ToArbitrary();

    public static Arbitrary<GeschuddeCase> GeschuddeCases() =>
        Plannen().SelectMany(p =>
            Gen.Shuffle(Enumerable.Range(0, p.Indicatief.Length).ToArray()).SelectMany(v =>
                Gen.Choose(0, int.MaxValue).Select(z => new GeschuddeCase(p, v, (ulong)z))))
        .ToArbitrary();
}
