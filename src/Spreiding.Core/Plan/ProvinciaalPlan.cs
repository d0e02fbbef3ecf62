using System.Collections.Immutable;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Plan;

/// <summary>Concept (the PRT works on it) -> Ingediend (the CdK sent it) -> Beoordeeld (the ministry assessed it).</summary>
public enum PlanStatus
{
    Concept,
    Ingediend,
    Beoordeeld,
}

/// <summary>Places a municipality commits at one reception location.</summary>
public sealed record Toezegging(string LocatieId, int Plaatsen);

/// <summary>
/// One entry of the ledger of swaps ("uitruil"): <paramref name="Van"/> hands <paramref name="Plaatsen"/>
/// of its task to <paramref name="Naar"/>. Entries are never changed or removed; a correction is a new swap back.
/// </summary>
/// <param name="Volgnummer">1, 2, 3, ... in the order recorded.</param>
public sealed record Uitruil(int Volgnummer, GemeenteCode Van, GemeenteCode Naar, int Plaatsen, string Reden);

/// <summary>A municipality in the plan: its indicative number from the raming and its commitments, by location id.</summary>
public sealed record PlanGemeente(GemeenteCode Code, string Naam, int Indicatief, ImmutableArray<Toezegging> Toezeggingen)
{
    public int Toegezegd => Toezeggingen.Sum(t => t.Plaatsen);
}

/// <summary>
/// Where a municipality stands: task after swaps = indicatief + ontvangen - afgestaan, and against it the committed places.
/// </summary>
public sealed record GemeentePositie(GemeenteCode Code, string Naam, int Indicatief, int Ontvangen, int Afgestaan, int Toegezegd)
{
    public int Taak => Indicatief + Ontvangen - Afgestaan;
    public int Tekort => Math.Max(0, Taak - Toegezegd);
    public int Overschot => Math.Max(0, Toegezegd - Taak);
}

/// <summary>When the plan was submitted against which deadline, and whether it was recorded as late.</summary>
public sealed record Indiening(DateOnly Datum, DateOnly Termijn, string TermijnBron, bool TeLaat, string? TeLaatToelichting);

/// <summary>
/// The provincial plan of one province in one cycle (the CdK's plan, by the deadline "provinciaal_plan" in the
/// rules). Immutable: every operation returns a new plan or a refusal, and a refusal leaves the plan as it was.
/// The provincial task (the sum of the indicative numbers) never changes: a swap moves task between two
/// municipalities of the same province.
/// </summary>
public sealed class ProvinciaalPlan
{
    public const string TermijnNaam = "provinciaal_plan";

    private readonly ImmutableDictionary<GemeenteCode, GemeentePositie> _posities;

    public ProvincieCode Provincie { get; }
    public string ProvincieNaam { get; }
    public int Cyclus { get; }
    public PlanStatus Status { get; }

    /// <summary>Ordered by code.</summary>
    public ImmutableArray<PlanGemeente> Gemeenten { get; }

    /// <summary>The ledger of swaps, append-only, in the order recorded.</summary>
    public ImmutableArray<Uitruil> Uitruilen { get; }

    public Indiening? Indiening { get; }
    public DateOnly? BeoordeeldOp { get; }

    /// <summary>Per municipality, ordered by code.</summary>
    public ImmutableArray<GemeentePositie> Posities { get; }

    /// <summary>The sum of the indicative numbers (the provinciale opgave); equals the sum of the tasks after swaps.</summary>
    public int ProvincialeTaak { get; }

    public int Toegezegd { get; }

    /// <summary>Max(0, provincial task - committed places): what the province as a whole falls short.</summary>
    public int Tekort => Math.Max(0, ProvincialeTaak - Toegezegd);

    /// <summary>The sum of the municipal shortfalls (without offsetting surpluses), for comparison.</summary>
    public int SomTekortGemeenten => Posities.Sum(p => p.Tekort);

    private ProvinciaalPlan(
        ProvincieCode provincie, string provincieNaam, int cyclus, PlanStatus status,
        ImmutableArray<PlanGemeente> gemeenten, ImmutableArray<Uitruil> uitruilen, Indiening? indiening, DateOnly? beoordeeldOp)
    {
        Provincie = provincie;
        ProvincieNaam = provincieNaam;
        Cyclus = cyclus;
        Status = status;
        Gemeenten = gemeenten;
        Uitruilen = uitruilen;
        Indiening = indiening;
        BeoordeeldOp = beoordeeldOp;

        var ontvangen = uitruilen.GroupBy(u => u.Naar).ToDictionary(g => g.Key, g => g.Sum(u => u.Plaatsen));
        var afgestaan = uitruilen.GroupBy(u => u.Van).ToDictionary(g => g.Key, g => g.Sum(u => u.Plaatsen));
        Posities = [.. gemeenten.Select(g => new GemeentePositie(
            g.Code, g.Naam, g.Indicatief, ontvangen.GetValueOrDefault(g.Code), afgestaan.GetValueOrDefault(g.Code), g.Toegezegd))];
        _posities = Posities.ToImmutableDictionary(p => p.Code);
        ProvincialeTaak = gemeenten.Sum(g => g.Indicatief);
        Toegezegd = Posities.Sum(p => p.Toegezegd);
        if (Posities.Sum(p => p.Taak) != ProvincialeTaak)
            throw new InvalidOperationException("Invariant broken: the swaps changed the provincial task.");
    }

    /// <summary>A new plan in Concept with the given municipalities and their indicative numbers, no commitments and no swaps.</summary>
    public static Uitkomst<ProvinciaalPlan> Nieuw(
        ProvincieCode provincie, string provincieNaam, int cyclus,
        IEnumerable<(GemeenteCode Code, string Naam, int Indicatief)> gemeenten)
    {
        var lijst = gemeenten.OrderBy(g => g.Code).ToList();
        if (lijst.Count == 0)
            return Weiger(Weigeringsgrond.OngeldigeInvoer, $"Het provinciaal plan van {provincieNaam} heeft geen gemeenten.");
        for (var i = 1; i < lijst.Count; i++)
            if (lijst[i].Code == lijst[i - 1].Code)
                return Weiger(Weigeringsgrond.GemeenteDubbel, $"Gemeente {lijst[i].Code} staat twee keer in het provinciaal plan van {provincieNaam}.");
        if (lijst.FindIndex(g => g.Indicatief < 0) is var i0 and >= 0 && lijst[i0] is var negatief)
            return Weiger(Weigeringsgrond.PlaatsenNegatief, $"{negatief.Naam} ({negatief.Code}) heeft een negatief indicatief aantal ({negatief.Indicatief}).");
        if (lijst.Sum(g => (long)g.Indicatief) > int.MaxValue)
            return Weiger(Weigeringsgrond.TotaalTeGroot, $"De provinciale opgave van {provincieNaam} is groter dan een plan kan bevatten.");
        return Uitkomst<ProvinciaalPlan>.Gelukt(new ProvinciaalPlan(
            provincie, provincieNaam, cyclus, PlanStatus.Concept,
            [.. lijst.Select(g => new PlanGemeente(g.Code, g.Naam, g.Indicatief, []))], [], null, null));
    }

    /// <summary>A new plan for <paramref name="provincie"/> with the indicative numbers of the raming (GemeenteRaming.Plaatsen).</summary>
    public static Uitkomst<ProvinciaalPlan> UitRaming(Capaciteitsraming raming, ProvincieCode provincie)
    {
        var eigen = raming.Gemeenten.Where(g => g.Gemeente.Provincie == provincie).ToList();
        var naam = raming.Provincies.FirstOrDefault(p => p.Provincie.Code == provincie)?.Provincie.Naam ?? provincie.ToString();
        if (eigen.Count == 0)
            return Weiger(Weigeringsgrond.GemeenteNietInProvincie, $"De raming van cyclus {raming.Regels.Cyclus} heeft geen gemeenten in provincie {provincie}.");
        return Nieuw(provincie, naam, raming.Regels.Cyclus, eigen.Select(g => (g.Gemeente.Code, g.Gemeente.Naam, g.Plaatsen)));
    }

    public bool BevatGemeente(GemeenteCode code) => _posities.ContainsKey(code);

    /// <summary>The position of a municipality of this province.</summary>
    /// <exception cref="InvalidInputException">The municipality is not in this province.</exception>
    public GemeentePositie Positie(GemeenteCode code) =>
        _posities.TryGetValue(code, out var p)
            ? p
            : throw new InvalidInputException($"Gemeente {code} hoort niet bij het provinciaal plan van {ProvincieNaam}.");

    /// <summary>Indicatief + ontvangen - afgestaan.</summary>
    public int Taak(GemeenteCode code) => Positie(code).Taak;

    /// <summary>
    /// Records that <paramref name="gemeente"/> commits <paramref name="plaatsen"/> places at location
    /// <paramref name="locatieId"/>. The same location again replaces the earlier number; 0 withdraws it.
    /// A location belongs to one municipality. Only in Concept.
    /// </summary>
    public Uitkomst<ProvinciaalPlan> LegToezeggingVast(GemeenteCode gemeente, string locatieId, int plaatsen)
    {
        if (WijzigenGeweigerd() is { } geweigerd) return geweigerd;
        if (!BevatGemeente(gemeente)) return NietInProvincie(gemeente);
        var id = locatieId?.Trim() ?? "";
        if (id.Length == 0)
            return Weiger(Weigeringsgrond.LocatieOntbreekt, $"Geef de locatie op waar {Naam(gemeente)} plaatsen toezegt (de locatie-id uit het register).");
        if (plaatsen < 0)
            return Weiger(Weigeringsgrond.PlaatsenNegatief, $"Een toezegging kan niet negatief zijn ({plaatsen} plaatsen op locatie {id}); 0 trekt de toezegging in.");
        var elders = Gemeenten.FirstOrDefault(g => g.Code != gemeente && g.Toezeggingen.Any(t => t.LocatieId == id));
        if (elders is not null)
            return Weiger(Weigeringsgrond.LocatieBijAndereGemeente,
                $"Locatie {id} is al toegezegd door {elders.Naam} ({elders.Code}); een locatie hoort bij één gemeente. Trek die toezegging eerst in (0 plaatsen).");

        var oud = Gemeenten.First(g => g.Code == gemeente);
        var zonder = oud.Toezeggingen.Where(t => t.LocatieId != id);
        var nieuw = plaatsen == 0 ? zonder : zonder.Append(new Toezegging(id, plaatsen));
        var gemeenteNieuw = oud with { Toezeggingen = [.. nieuw.OrderBy(t => t.LocatieId, StringComparer.Ordinal)] };
        if (Toegezegd - (long)oud.Toegezegd + gemeenteNieuw.Toezeggingen.Sum(t => (long)t.Plaatsen) > int.MaxValue)
            return Weiger(Weigeringsgrond.TotaalTeGroot, $"Met {Geheel(plaatsen)} plaatsen op locatie {id} wordt het totaal aan toezeggingen groter dan een plan kan bevatten.");
        return Uitkomst<ProvinciaalPlan>.Gelukt(new ProvinciaalPlan(
            Provincie, ProvincieNaam, Cyclus, Status, Gemeenten.Replace(oud, gemeenteNieuw), Uitruilen, Indiening, BeoordeeldOp));
    }

    /// <summary>
    /// Records a swap: <paramref name="van"/> hands <paramref name="plaatsen"/> of its task to <paramref name="naar"/>.
    /// Refused when from equals to, places are not positive, a municipality is not in this province (that would change
    /// the provincial total), the giver's task would drop below 0, or no reason is given. Only in Concept.
    /// </summary>
    public Uitkomst<ProvinciaalPlan> LegUitruilVast(GemeenteCode van, GemeenteCode naar, int plaatsen, string reden)
    {
        if (WijzigenGeweigerd() is { } geweigerd) return geweigerd;
        if (!BevatGemeente(van)) return NietInProvincie(van, "uitruil over de provinciegrens zou de provinciale opgave veranderen");
        if (!BevatGemeente(naar)) return NietInProvincie(naar, "uitruil over de provinciegrens zou de provinciale opgave veranderen");
        if (van == naar)
            return Weiger(Weigeringsgrond.ZelfdeGemeente, $"Een uitruil van {Naam(van)} met zichzelf verandert niets; kies twee verschillende gemeenten.");
        if (plaatsen <= 0)
            return Weiger(Weigeringsgrond.PlaatsenNietPositief,
                $"Een uitruil gaat over een positief aantal plaatsen, niet {plaatsen}. Ruil de richting om (van {Naam(naar)} naar {Naam(van)}) om plaatsen terug te geven.");
        var tekst = reden?.Trim() ?? "";
        if (tekst.Length == 0)
            return Weiger(Weigeringsgrond.RedenOntbreekt, $"Geef de reden van de uitruil van {Naam(van)} naar {Naam(naar)}; die komt in het grootboek.");
        var gever = Positie(van);
        if (plaatsen > gever.Taak)
            return Weiger(Weigeringsgrond.TaakOnderNul,
                $"{Naam(van)} heeft na eerdere uitruil een taak van {Geheel(gever.Taak)} plaatsen en kan er geen {Geheel(plaatsen)} afstaan: een taak wordt nooit negatief.");
        var uitruil = new Uitruil(Uitruilen.Length + 1, van, naar, plaatsen, tekst);
        return Uitkomst<ProvinciaalPlan>.Gelukt(new ProvinciaalPlan(
            Provincie, ProvincieNaam, Cyclus, Status, Gemeenten, Uitruilen.Add(uitruil), Indiening, BeoordeeldOp));
    }

    /// <summary>
    /// The CdK submits the plan on <paramref name="datum"/>. The deadline is the rules' termijn "provinciaal_plan";
    /// the law says "vóór" that date, so a submission on or after it is late and refused unless
    /// <paramref name="teLaatToelichting"/> records that it is submitted late and why. Refused twice.
    /// </summary>
    public Uitkomst<ProvinciaalPlan> DienIn(Cyclusregels regels, DateOnly datum, string? teLaatToelichting = null)
    {
        if (Status != PlanStatus.Concept)
            return Weiger(Weigeringsgrond.AlIngediend,
                $"Het provinciaal plan van {ProvincieNaam} is al ingediend op {Datum(Indiening!.Datum)}; een plan wordt één keer ingediend.");
        if (regels.Cyclus != Cyclus)
            return Weiger(Weigeringsgrond.AndereCyclus, $"Het plan hoort bij cyclus {Cyclus}, de regels bij cyclus {regels.Cyclus} ({regels.Bestand}).");
        var termijn = regels.Termijnen.FirstOrDefault(t => t.Naam == TermijnNaam);
        if (termijn is null)
            return Weiger(Weigeringsgrond.TermijnOntbreekt,
                $"De regels van cyclus {regels.Cyclus} ({regels.Bestand}) noemen geen termijn '{TermijnNaam}'; leg die vast in het regelbestand.");
        var toelichting = string.IsNullOrWhiteSpace(teLaatToelichting) ? null : teLaatToelichting.Trim();
        var teLaat = datum >= termijn.Datum.Waarde;
        if (teLaat && toelichting is null)
            return Weiger(Weigeringsgrond.NaTermijn,
                $"Het provinciaal plan van {ProvincieNaam} moest vóór {Datum(termijn.Datum.Waarde)} worden ingediend ({termijn.Datum.Bron}); " +
                $"{Datum(datum)} is te laat. Leg vast dat het plan te laat wordt ingediend, met een toelichting, om het toch in te dienen.");
        var indiening = new Indiening(datum, termijn.Datum.Waarde, termijn.Datum.Bron, teLaat, teLaat ? toelichting : null);
        return Uitkomst<ProvinciaalPlan>.Gelukt(new ProvinciaalPlan(
            Provincie, ProvincieNaam, Cyclus, PlanStatus.Ingediend, Gemeenten, Uitruilen, indiening, BeoordeeldOp));
    }

    /// <summary>The ministry has assessed the submitted plan. Only after submission, and not on a date before it.</summary>
    public Uitkomst<ProvinciaalPlan> Beoordeel(DateOnly datum)
    {
        if (Status != PlanStatus.Ingediend || Indiening is null)
            return Weiger(Weigeringsgrond.NietIngediend,
                Status == PlanStatus.Beoordeeld
                    ? $"Het provinciaal plan van {ProvincieNaam} is al beoordeeld op {Datum(BeoordeeldOp!.Value)}."
                    : $"Het provinciaal plan van {ProvincieNaam} is nog niet ingediend en kan niet worden beoordeeld.");
        if (datum < Indiening.Datum)
            return Weiger(Weigeringsgrond.OngeldigeInvoer, $"De beoordeling ({Datum(datum)}) kan niet vóór de indiening ({Datum(Indiening.Datum)}) liggen.");
        return Uitkomst<ProvinciaalPlan>.Gelukt(new ProvinciaalPlan(
            Provincie, ProvincieNaam, Cyclus, PlanStatus.Beoordeeld, Gemeenten, Uitruilen, Indiening, datum));
    }

    internal string Naam(GemeenteCode code) => _posities.TryGetValue(code, out var p) ? $"{p.Naam} ({code})" : code.ToString();

    private Uitkomst<ProvinciaalPlan>? WijzigenGeweigerd() =>
        Status == PlanStatus.Concept
            ? null
            : Weiger(Weigeringsgrond.PlanNietInConcept,
                $"Het provinciaal plan van {ProvincieNaam} is {(Status == PlanStatus.Ingediend ? "ingediend" : "beoordeeld")} en kan niet meer worden gewijzigd.");

    private Uitkomst<ProvinciaalPlan> NietInProvincie(GemeenteCode code, string? waarom = null) =>
        Weiger(Weigeringsgrond.GemeenteNietInProvincie,
            $"Gemeente {code} hoort niet bij het provinciaal plan van {ProvincieNaam}{(waarom is null ? "" : $": {waarom}")}.");

    private static Uitkomst<ProvinciaalPlan> Weiger(Weigeringsgrond grond, string melding) => Uitkomst<ProvinciaalPlan>.Geweigerd(grond, melding);
}
