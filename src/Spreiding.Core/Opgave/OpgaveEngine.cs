using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Opgave;

/// <summary>
/// A municipality's task after counting: indicatief (from the raming), geteld (counted places),
/// resterend = max(0, indicatief - geteld) and overschot = max(0, geteld - indicatief).
/// </summary>
public sealed record GemeenteOpgave(
    Gemeente Gemeente,
    string ProvincieNaam,
    int Indicatief,
    int Geteld,
    IReadOnlyList<LocatieTelling> Locaties)
{
    public int Resterend => Math.Max(0, Indicatief - Geteld);
    public int Overschot => Math.Max(0, Geteld - Indicatief);
}

/// <summary>A province: its opgave (sum of its municipalities), counted places and what is still to realise.</summary>
/// <param name="TeRealiseren">Max(0, indicatief - geteld) over the province as a whole: surpluses within the province offset shortfalls, as municipalities may swap.</param>
public sealed record ProvincieOpgave(Provincie Provincie, int Indicatief, int Geteld, int SomResterend, int SomOverschot)
{
    public int TeRealiseren => Math.Max(0, Indicatief - Geteld);
}

/// <summary>
/// The national arithmetic of the letter of 5 February 2026: total, available (counted), to realise.
/// </summary>
/// <param name="GemeentenTelling">Null when computed at national level only (no per-municipality raming needed).</param>
public sealed record OpgaveOverzicht(
    Cyclusregels Regels,
    Telregels Telregels,
    int Totaal,
    int Beschikbaar,
    IReadOnlyList<LocatieTelling> Tellingen,
    IReadOnlyList<GemeenteOpgave>? Gemeenten,
    IReadOnlyList<ProvincieOpgave>? Provincies,
    Capaciteitsraming? Raming)
{
    /// <summary>Max(0, total - available): what all provinces together must still realise.</summary>
    public int TeRealiseren => Math.Max(0, Totaal - Beschikbaar);

    /// <summary>The published estimate of available places in the rules file, for comparison.</summary>
    public Beschikbaarheid? Gepubliceerd => Regels.Beschikbaarheid;
}

public static class OpgaveEngine
{
    /// <summary>National level only: the total from the rules, the counted register, the difference.</summary>
    public static OpgaveOverzicht Landelijk(Cyclusregels regels, Telregels telregels, IReadOnlyList<Locatie> register)
    {
        var tellingen = Tel(register, telregels);
        return new OpgaveOverzicht(regels, telregels, regels.TotaalPlaatsen.Waarde, tellingen.Sum(t => t.GeteldePlaatsen), tellingen, null, null, null);
    }

    /// <summary>Per municipality and province, against the indicative numbers of <paramref name="raming"/>.</summary>
    public static OpgaveOverzicht PerGemeente(Capaciteitsraming raming, Telregels telregels, IReadOnlyList<Locatie> register)
    {
        var tellingen = Tel(register, telregels);
        var perGemeente = tellingen.ToLookup(t => t.Locatie.Gemeente);
        var bekend = raming.Gemeenten.Select(g => g.Gemeente.Code).ToHashSet();
        var onbekend = perGemeente.Select(g => g.Key).Where(c => !bekend.Contains(c)).ToList();
        if (onbekend.Count > 0)
            throw new InvalidInputException(
                $"Het register bevat locaties in gemeenten die niet in de indeling van de raming voorkomen: {string.Join(", ", onbekend.Order())}. " +
                "Werk de gemeentecodes bij naar de indeling van deze cyclus.");

        var gemeenten = raming.Gemeenten
            .Select(g =>
            {
                var eigen = perGemeente[g.Gemeente.Code].ToList();
                return new GemeenteOpgave(g.Gemeente, g.ProvincieNaam, g.Plaatsen, eigen.Sum(t => t.GeteldePlaatsen), eigen);
            })
            .ToList();
        var perProvincie = gemeenten.ToLookup(g => g.Gemeente.Provincie);
        var provincies = raming.Provincies
            .Select(p =>
            {
                var deel = perProvincie[p.Provincie.Code];
                return new ProvincieOpgave(p.Provincie, p.Plaatsen, deel.Sum(g => g.Geteld), deel.Sum(g => g.Resterend), deel.Sum(g => g.Overschot));
            })
            .ToList();
        return new OpgaveOverzicht(raming.Regels, telregels, raming.Totaal, tellingen.Sum(t => t.GeteldePlaatsen), tellingen, gemeenten, provincies, raming);
    }

    /// <summary>Counts every location, in id order whatever the order of the register given.</summary>
    private static List<LocatieTelling> Tel(IReadOnlyList<Locatie> register, Telregels telregels)
    {
        var geordend = register;
        for (var i = 1; i < register.Count; i++)
            if (string.CompareOrdinal(register[i - 1].Id, register[i].Id) > 0)
            {
                geordend = register.OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
                break;
            }
        var tellingen = new List<LocatieTelling>(geordend.Count);
        foreach (var l in geordend) tellingen.Add(Telling.Tel(l, telregels));
        return tellingen;
    }
}
