using System.Collections.Immutable;
using Spreiding.Core.Indeling;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Plan;

/// <summary>
/// One recorded handling of a provincial plan or its verdeelbesluit. The store keeps these, append-only; the plan,
/// the proposal and the decision are what replaying them through the core gives (<see cref="PlanDossier"/>).
/// </summary>
public abstract record Planhandeling
{
    /// <summary>The first handling: the plan's municipalities with their indicative numbers, frozen from the raming then shown.</summary>
    /// <param name="Raming">Which raming the numbers come from, in words (key, statutory or not), for the record.</param>
    public sealed record Aanmaak(ImmutableArray<PlanGemeenteInvoer> Gemeenten, string Raming) : Planhandeling;

    public sealed record Toezegging(GemeenteCode Gemeente, string LocatieId, int Plaatsen) : Planhandeling;

    public sealed record Uitruil(GemeenteCode Van, GemeenteCode Naar, int Plaatsen, string Reden) : Planhandeling;

    public sealed record Indiening(DateOnly Datum, string? TeLaatToelichting) : Planhandeling;

    public sealed record Aanpassing(GemeenteCode Gemeente, int Plaatsen, string Reden) : Planhandeling;

    public sealed record Vaststelling(DateOnly Datum, string? VerschilToelichting) : Planhandeling;

    /// <summary>The handling's name as stored and in the audit log.</summary>
    public string Soort => this switch
    {
        Aanmaak => "aanmaak",
        Toezegging => "toezegging",
        Uitruil => "uitruil",
        Indiening => "indiening",
        Aanpassing => "aanpassing",
        Vaststelling => "vaststelling",
        _ => throw new InvalidOperationException("Unknown handling."),
    };
}

public sealed record PlanGemeenteInvoer(GemeenteCode Code, string Naam, int Indicatief);

/// <summary>A handling as recorded: its number in the dossier (1, 2, ...), who and when.</summary>
public sealed record Dossierregel(int Volgnummer, Planhandeling Handeling, string Door, DateTimeOffset Op);

/// <summary>
/// The dossier of one province in one cycle: the recorded handlings and what they give, the plan, the proposal for a
/// verdeelbesluit once the plan is submitted, and the adopted decision. <see cref="Versie"/> (the number of handlings)
/// is what a writer must name to change it (optimistic concurrency). Immutable; once the decision is adopted nothing
/// can be added.
/// </summary>
public sealed class PlanDossier
{
    public int Cyclus => Plan.Cyclus;
    public ProvincieCode Provincie => Plan.Provincie;
    public string Raming { get; }
    public ProvinciaalPlan Plan { get; }

    /// <summary>Null while the plan is in Concept.</summary>
    public VerdeelbesluitVoorstel? Voorstel { get; }

    public Verdeelbesluit? Besluit { get; }
    public ImmutableArray<Dossierregel> Regels { get; }
    public int Versie => Regels.Length;

    private PlanDossier(string raming, ProvinciaalPlan plan, VerdeelbesluitVoorstel? voorstel, Verdeelbesluit? besluit, ImmutableArray<Dossierregel> regels)
    {
        Raming = raming;
        Plan = plan;
        Voorstel = voorstel;
        Besluit = besluit;
        Regels = regels;
    }

    /// <summary>A new dossier from its <see cref="Planhandeling.Aanmaak"/>.</summary>
    public static Uitkomst<PlanDossier> Begin(ProvincieCode provincie, string provincieNaam, int cyclus, Planhandeling.Aanmaak aanmaak, string door, DateTimeOffset op) =>
        ProvinciaalPlan.Nieuw(provincie, provincieNaam, cyclus, aanmaak.Gemeenten.Select(g => (g.Code, g.Naam, g.Indicatief)))
            .Dan(plan => Uitkomst<PlanDossier>.Gelukt(new PlanDossier(aanmaak.Raming, plan, null, null, [new Dossierregel(1, aanmaak, door, op)])));

    /// <summary>Applies one handling; a refusal leaves this dossier as it was and says why.</summary>
    public Uitkomst<PlanDossier> Voer(Planhandeling handeling, Cyclusregels regels, string door, DateTimeOffset op)
    {
        if (Besluit is not null)
            return Weiger(Weigeringsgrond.BesluitVastgesteld,
                $"Het verdeelbesluit voor {Plan.ProvincieNaam} is vastgesteld op {Nederlands.Datum(Besluit.Datum)}; het plan en het besluit veranderen niet meer.");
        var regel = new Dossierregel(Versie + 1, handeling, door, op);
        return handeling switch
        {
            Planhandeling.Aanmaak => Weiger(Weigeringsgrond.VolgordeOngeldig, $"Het provinciaal plan van {Plan.ProvincieNaam} voor cyclus {Cyclus} bestaat al."),
            Planhandeling.Toezegging t => Plan.LegToezeggingVast(t.Gemeente, t.LocatieId, t.Plaatsen).Dan(p => Met(p, null, regel)),
            Planhandeling.Uitruil u => Plan.LegUitruilVast(u.Van, u.Naar, u.Plaatsen, u.Reden).Dan(p => Met(p, null, regel)),
            Planhandeling.Indiening i => Plan.DienIn(regels, i.Datum, i.TeLaatToelichting)
                .Dan(p => VerdeelbesluitVoorstel.Maak(p).Dan(v => Met(p, v, regel))),
            Planhandeling.Aanpassing a => Voorstel is null
                ? NogNietIngediend()
                : Voorstel.PasAan(a.Gemeente, a.Plaatsen, a.Reden).Dan(v => Met(Plan, v, regel)),
            Planhandeling.Vaststelling v => Voorstel is null
                ? NogNietIngediend()
                : Plan.Beoordeel(v.Datum).Dan(p => Voorstel.StelVast(v.Datum, v.VerschilToelichting)
                    .Dan(b => Uitkomst<PlanDossier>.Gelukt(new PlanDossier(Raming, p, Voorstel, b, Regels.Add(regel))))),
            _ => throw new InvalidOperationException("Unknown handling."),
        };
    }

    /// <summary>
    /// Rebuilds a dossier from its stored handlings, in order. A stored dossier that does not replay (numbers out of order,
    /// a handling the core refuses) is a damaged store and throws, saying which handling.
    /// </summary>
    public static PlanDossier Herhaal(ProvincieCode provincie, string provincieNaam, int cyclus, IReadOnlyList<Dossierregel> regels, Cyclusregels cyclusregels)
    {
        if (regels.Count == 0 || regels[0].Handeling is not Planhandeling.Aanmaak aanmaak)
            throw new InvalidInputException($"Het dossier van {provincieNaam}, cyclus {cyclus}, begint niet met een aanmaak; de opslag is beschadigd.");
        var dossier = Begin(provincie, provincieNaam, cyclus, aanmaak, regels[0].Door, regels[0].Op).Waarde;
        for (var i = 1; i < regels.Count; i++)
        {
            var r = regels[i];
            if (r.Volgnummer != i + 1)
                throw new InvalidInputException($"Het dossier van {provincieNaam}, cyclus {cyclus}, mist handeling {i + 1}; de opslag is beschadigd.");
            var uitkomst = dossier.Voer(r.Handeling, cyclusregels, r.Door, r.Op);
            if (uitkomst.Weigering is { } w)
                throw new InvalidInputException($"Handeling {r.Volgnummer} ({r.Handeling.Soort}) van het dossier van {provincieNaam} is niet opnieuw uit te voeren: {w.Melding}");
            dossier = uitkomst.Waarde;
        }
        return dossier;
    }

    private Uitkomst<PlanDossier> Met(ProvinciaalPlan plan, VerdeelbesluitVoorstel? voorstel, Dossierregel regel) =>
        Uitkomst<PlanDossier>.Gelukt(new PlanDossier(Raming, plan, voorstel, null, Regels.Add(regel)));

    private Uitkomst<PlanDossier> NogNietIngediend() =>
        Weiger(Weigeringsgrond.NietIngediend,
            $"Het provinciaal plan van {Plan.ProvincieNaam} is nog niet ingediend; het ministerie stelt pas na de indiening een verdeelbesluit op.");

    private static Uitkomst<PlanDossier> Weiger(Weigeringsgrond grond, string melding) => Uitkomst<PlanDossier>.Geweigerd(grond, melding);
}
