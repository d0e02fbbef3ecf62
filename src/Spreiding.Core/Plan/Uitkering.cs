using System.Collections.Immutable;
using Spreiding.Core.Indeling;
using Spreiding.Core.Regels;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Plan;

/// <summary>Which places of a municipality a payment rule counts.</summary>
public enum UitkeringsGrondslag
{
    /// <summary>All committed places in the plan (the plan records places at locations that count: durable, at least five years).</summary>
    ToegezegdePlaatsen,
    /// <summary>Committed places above the task after swaps ("extra" places).</summary>
    PlaatsenBovenTaak,
}

/// <summary>
/// One payment rule: an amount in euros per place on a basis, with its source. The amounts are those of the Regeling
/// specifieke uitkeringen (Stcrt. 2024, 3349) and come in as parameters, never from code.
/// </summary>
public sealed record Uitkeringsregel(string Naam, UitkeringsGrondslag Grondslag, Parameter<decimal> BedragPerPlaats);

/// <summary>One rule applied to one municipality: places x amount per place.</summary>
public sealed record UitkeringsPost(Uitkeringsregel Regel, int Plaatsen, decimal Bedrag)
{
    public string Zin =>
        $"{Regel.Naam}: {Geheel(Plaatsen)} {Omschrijving(Regel.Grondslag)} × {Euro(Regel.BedragPerPlaats.Waarde)} = {Euro(Bedrag)} ({Regel.BedragPerPlaats.Bron})";

    internal static string Omschrijving(UitkeringsGrondslag g) => g switch
    {
        UitkeringsGrondslag.ToegezegdePlaatsen => "toegezegde plaatsen",
        UitkeringsGrondslag.PlaatsenBovenTaak => "plaatsen boven de taak na uitruil",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    internal static string Euro(decimal bedrag) => "€ " + Decimaal(bedrag, 2);
}

/// <summary>A municipality's specific payment with its basis as data (<see cref="Posten"/>, <see cref="Positie"/>) and in a Dutch sentence.</summary>
public sealed record GemeenteUitkering(GemeentePositie Positie, ImmutableArray<UitkeringsPost> Posten)
{
    public GemeenteCode Code => Positie.Code;
    public decimal Totaal => Posten.Sum(p => p.Bedrag);

    public string Zin =>
        $"{Positie.Naam} ({Positie.Code}) ontvangt {UitkeringsPost.Euro(Totaal)}" +
        (Posten.Length == 0 ? " (geen uitkeringsregels opgegeven)." : ": " + string.Join("; ", Posten.Select(p => p.Zin)) + ".");
}

/// <summary>The specific payment per municipality of a plan, from rule parameters passed in.</summary>
public static class Uitkeringen
{
    /// <summary>
    /// Per municipality (by code) and per rule: places on the rule's basis x the amount per place, rounded to cents
    /// half away from zero. Refused for a negative amount or duplicate rule names.
    /// </summary>
    public static Uitkomst<ImmutableArray<GemeenteUitkering>> Bereken(ProvinciaalPlan plan, IReadOnlyList<Uitkeringsregel> regels)
    {
        if (regels.FirstOrDefault(r => r.BedragPerPlaats.Waarde < 0) is { } negatief)
            return Uitkomst<ImmutableArray<GemeenteUitkering>>.Geweigerd(Weigeringsgrond.OngeldigeInvoer,
                $"Uitkeringsregel '{negatief.Naam}' heeft een negatief bedrag per plaats ({UitkeringsPost.Euro(negatief.BedragPerPlaats.Waarde)}; {negatief.BedragPerPlaats.Bron}).");
        if (regels.GroupBy(r => r.Naam).FirstOrDefault(g => g.Count() > 1) is { } dubbel)
            return Uitkomst<ImmutableArray<GemeenteUitkering>>.Geweigerd(Weigeringsgrond.OngeldigeInvoer,
                $"Uitkeringsregel '{dubbel.Key}' staat meer dan eens in de regels.");
        var uitkeringen = plan.Posities.Select(p => new GemeenteUitkering(p, [.. regels.Select(r =>
        {
            var plaatsen = r.Grondslag == UitkeringsGrondslag.ToegezegdePlaatsen ? p.Toegezegd : p.Overschot;
            return new UitkeringsPost(r, plaatsen, decimal.Round(plaatsen * r.BedragPerPlaats.Waarde, 2, MidpointRounding.AwayFromZero));
        })]));
        return Uitkomst<ImmutableArray<GemeenteUitkering>>.Gelukt([.. uitkeringen]);
    }
}
