using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Monitor;

/// <summary>Where the horizon of a snapshot comes from.</summary>
public enum HorizonBron
{
    /// <summary>The cycle's counting rules name a date (<c>beschikbaar_tot_minstens</c>), the same for every snapshot.</summary>
    Telregels,

    /// <summary>The rules name none (cycle 2024): the peildatum plus <see cref="Realisatiemonitor.HorizonMaandenZonderTelregel"/> months.</summary>
    MaandenNaPeildatum,
}

/// <summary>
/// The horizon of a snapshot: a place whose end date (of the location, or of its signed bestuursovereenkomst)
/// lies before <see cref="Datum"/> is at risk (<c>aflopend binnen de horizon</c>).
/// </summary>
public sealed record Horizon(DateOnly Datum, HorizonBron Bron)
{
    /// <summary>In Dutch, for outputs: what the horizon is and where it comes from.</summary>
    public string Omschrijving => Bron == HorizonBron.Telregels
        ? $"einddatum vóór {Datum:yyyy-MM-dd} (beschikbaar_tot_minstens in de telregels)"
        : $"einddatum vóór {Datum:yyyy-MM-dd} ({Realisatiemonitor.HorizonMaandenZonderTelregel} maanden na de peildatum; de telregels noemen geen horizon)";
}

/// <summary>
/// The numbers of one area on one snapshot.
/// </summary>
/// <param name="Opgave">The task: the indicative number of the cycle's raming (a province: the sum of its municipalities; the country: the national total).</param>
/// <param name="Gerealiseerd">Places counted under the cycle's telregels in the register as recorded on the peildatum.</param>
/// <param name="Resterend">Max(0, opgave − gerealiseerd): a municipality on its own, a province and the country as a whole (as in <c>spreiding opgave</c>).</param>
/// <param name="AflopendBinnenHorizon">Places that meet every counting rule except the horizon and whose end date lies before the horizon (see <see cref="Realisatiemonitor.AflopendePlaatsen"/>).</param>
public sealed record Realisatie(int Opgave, int Gerealiseerd, int Resterend, int AflopendBinnenHorizon)
{
    public Vervullingsgraad Vervullingsgraad => new(Gerealiseerd, Opgave);
}

public sealed record GemeenteRealisatie(Gemeente Gemeente, string ProvincieNaam, Realisatie Cijfers);

public sealed record ProvincieRealisatie(Provincie Provincie, Realisatie Cijfers);

/// <summary>One snapshot: the register as recorded at the end of <see cref="Peildatum"/>, counted and set against the task.</summary>
/// <param name="AantalLocaties">Locations in the register on the peildatum.</param>
public sealed record Peilmoment(
    DateOnly Peildatum,
    Horizon Horizon,
    int AantalLocaties,
    Realisatie Land,
    IReadOnlyList<ProvincieRealisatie> Provincies,
    IReadOnlyList<GemeenteRealisatie> Gemeenten);

/// <summary>The realisation over time: one <see cref="Peilmoment"/> per snapshot, oldest first.</summary>
/// <param name="Raming">The raming the tasks come from; null for a national-only series (the national total of the rules).</param>
public sealed record Monitorreeks(Cyclusregels Regels, Capaciteitsraming? Raming, Telregels Telregels, IReadOnlyList<Peilmoment> Peilmomenten)
{
    /// <summary>Whether the tasks are the statutory ones (a national-only series uses the rules' total: statutory).</summary>
    public bool IsWettelijk => Raming?.IsWettelijk ?? true;

    public IReadOnlyList<string> Afwijkingen => Raming?.Afwijkingen ?? [];
}

/// <summary>
/// Realisation monitoring: for each snapshot of the register, per municipality, province and the country, the task
/// (the indicative numbers of the cycle's raming), what is realised (counted under the cycle's telregels), the
/// fulfilment rate, what remains and the places at risk. Pure: the caller reads the register at each peildatum.
/// </summary>
public static class Realisatiemonitor
{
    /// <summary>
    /// The horizon when the telregels name no <c>beschikbaar_tot_minstens</c> (cycle 2024): places ending within
    /// this many months after the peildatum are at risk. A choice of Spreiding, documented in docs/monitor.md.
    /// </summary>
    public const int HorizonMaandenZonderTelregel = 12;

    /// <summary>The last day of the month of <paramref name="datum"/>.</summary>
    public static DateOnly Maandeinde(DateOnly datum) =>
        new(datum.Year, datum.Month, DateTime.DaysInMonth(datum.Year, datum.Month));

    /// <summary>
    /// The peildata from the month of <paramref name="van"/> up to <paramref name="tot"/>: the last day of every month,
    /// the last one being <paramref name="tot"/> itself (the register is never read beyond it).
    /// </summary>
    public static IReadOnlyList<DateOnly> Peildata(DateOnly van, DateOnly tot)
    {
        if (van > tot)
            throw new InvalidInputException($"De begindatum {van:yyyy-MM-dd} ligt na de einddatum {tot:yyyy-MM-dd}.");
        var data = new List<DateOnly>();
        for (var maand = new DateOnly(van.Year, van.Month, 1); maand <= tot; maand = maand.AddMonths(1))
        {
            var einde = Maandeinde(maand);
            data.Add(einde < tot ? einde : tot);
        }
        return data;
    }

    /// <summary>The horizon of a snapshot on <paramref name="peildatum"/> under <paramref name="telregels"/>.</summary>
    public static Horizon HorizonOp(Telregels telregels, DateOnly peildatum) =>
        telregels.BeschikbaarTotMinstens.Waarde is { } datum
            ? new Horizon(datum, HorizonBron.Telregels)
            : new Horizon(peildatum.AddMonths(HorizonMaandenZonderTelregel), HorizonBron.MaandenNaPeildatum);

    /// <summary>The earliest end of a location: its einddatum or the einddatum of its signed bestuursovereenkomst; null when neither is known.</summary>
    public static DateOnly? Einde(Locatie l)
    {
        var bo = l.Bestuursovereenkomst.Getekend ? l.Bestuursovereenkomst.Einddatum : null;
        return (l.Einddatum, bo) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    /// <summary>
    /// The places of <paramref name="l"/> at risk before <paramref name="horizon"/>: when its end (see <see cref="Einde"/>)
    /// lies before the horizon, the places it counts for under <paramref name="telregels"/> with the horizon rule left out
    /// (every other rule applies: kind, size, start, duration, phase factor); otherwise 0. Under a cycle whose telregels
    /// have no horizon (2024) these places are part of what is realised; under one that has (2026) the horizon rule
    /// already keeps them out of it, and this is what the horizon takes away. An end already past is included: the
    /// location is still in the register.
    /// </summary>
    public static int AflopendePlaatsen(Locatie l, Telregels telregels, DateOnly horizon)
    {
        if (Einde(l) is not { } einde || einde >= horizon) return 0;
        return Telling.Tel(l, ZonderHorizon(telregels)).GeteldePlaatsen;
    }

    private static Telregels ZonderHorizon(Telregels r) =>
        r.BeschikbaarTotMinstens.Waarde is null ? r : r with { BeschikbaarTotMinstens = r.BeschikbaarTotMinstens with { Waarde = null } };

    /// <summary>One snapshot: the register as it stood on <paramref name="peildatum"/>, against the raming's indicative numbers.</summary>
    public static Peilmoment Meet(Capaciteitsraming raming, Telregels telregels, DateOnly peildatum, IReadOnlyList<Locatie> register)
    {
        var opgave = OpgaveEngine.PerGemeente(raming, telregels, register);
        var horizon = HorizonOp(telregels, peildatum);
        var zonderHorizon = ZonderHorizon(telregels);
        var aflopend = new Dictionary<GemeenteCode, int>();
        foreach (var l in register)
        {
            if (Einde(l) is not { } einde || einde >= horizon.Datum) continue;
            var plaatsen = Telling.Tel(l, zonderHorizon).GeteldePlaatsen;
            if (plaatsen > 0) aflopend[l.Gemeente] = aflopend.GetValueOrDefault(l.Gemeente) + plaatsen;
        }

        var gemeenten = opgave.Gemeenten!
            .Select(g => new GemeenteRealisatie(g.Gemeente, g.ProvincieNaam,
                new Realisatie(g.Indicatief, g.Geteld, g.Resterend, aflopend.GetValueOrDefault(g.Gemeente.Code))))
            .ToList();
        var aflopendPerProvincie = gemeenten.ToLookup(g => g.Gemeente.Provincie, g => g.Cijfers.AflopendBinnenHorizon);
        var provincies = opgave.Provincies!
            .Select(p => new ProvincieRealisatie(p.Provincie,
                new Realisatie(p.Indicatief, p.Geteld, p.TeRealiseren, aflopendPerProvincie[p.Provincie.Code].Sum())))
            .ToList();
        var land = new Realisatie(opgave.Totaal, opgave.Beschikbaar, opgave.TeRealiseren, aflopend.Values.Sum());
        return new Peilmoment(peildatum, horizon, register.Count, land, provincies, gemeenten);
    }

    /// <summary>
    /// One snapshot at national level only, against the national total of <paramref name="regels"/>: needs no
    /// per-municipality raming (so no population data), as <c>spreiding opgave --niveau land</c>.
    /// <see cref="Peilmoment.Provincies"/> and <see cref="Peilmoment.Gemeenten"/> are empty.
    /// </summary>
    public static Peilmoment MeetLandelijk(Cyclusregels regels, Telregels telregels, DateOnly peildatum, IReadOnlyList<Locatie> register)
    {
        var opgave = OpgaveEngine.Landelijk(regels, telregels, register);
        var horizon = HorizonOp(telregels, peildatum);
        var aflopend = register.Sum(l => AflopendePlaatsen(l, telregels, horizon.Datum));
        return new Peilmoment(peildatum, horizon, register.Count,
            new Realisatie(opgave.Totaal, opgave.Beschikbaar, opgave.TeRealiseren, aflopend), [], []);
    }

    /// <summary>Every snapshot in <paramref name="standen"/> (peildata strictly increasing), against one raming.</summary>
    public static Monitorreeks Volg(Capaciteitsraming raming, Telregels telregels, IEnumerable<(DateOnly Peildatum, IReadOnlyList<Locatie> Register)> standen) =>
        new(raming.Regels, raming, telregels, Reeks(standen, (d, r) => Meet(raming, telregels, d, r)));

    /// <summary>Every snapshot at national level only (see <see cref="MeetLandelijk"/>).</summary>
    public static Monitorreeks VolgLandelijk(Cyclusregels regels, Telregels telregels, IEnumerable<(DateOnly Peildatum, IReadOnlyList<Locatie> Register)> standen) =>
        new(regels, null, telregels, Reeks(standen, (d, r) => MeetLandelijk(regels, telregels, d, r)));

    private static List<Peilmoment> Reeks(IEnumerable<(DateOnly Peildatum, IReadOnlyList<Locatie> Register)> standen, Func<DateOnly, IReadOnlyList<Locatie>, Peilmoment> meet)
    {
        var momenten = new List<Peilmoment>();
        foreach (var (peildatum, register) in standen)
        {
            if (momenten.Count > 0 && peildatum <= momenten[^1].Peildatum)
                throw new ArgumentException($"De peildata moeten oplopen: {peildatum:yyyy-MM-dd} komt na {momenten[^1].Peildatum:yyyy-MM-dd}.", nameof(standen));
            momenten.Add(meet(peildatum, register));
        }
        return momenten;
    }
}
