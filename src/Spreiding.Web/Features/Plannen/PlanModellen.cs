using System.Text.Json.Serialization;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Web.Features.Api;

namespace Spreiding.Web.Features.Plannen;

public sealed record ToezeggingModel(string Locatie, int Plaatsen);

/// <summary>The basis of the specific payment (uitkering): the places it is paid on. The amounts are not in our sources (docs/plan.md).</summary>
/// <param name="Bedrag">The payment in euros when the rules name amounts per place (section <c>uitkering</c>); otherwise null.</param>
public sealed record UitkeringsgrondslagModel(int ToegezegdePlaatsen, int PlaatsenBovenTaak, decimal? Bedrag, string Toelichting);

public sealed record PlanGemeenteModel(
    string Code, string Naam, int Indicatief, int Ontvangen, int Afgestaan, int Taak, int Toegezegd, int Tekort, int Overschot,
    IReadOnlyList<ToezeggingModel> Toezeggingen, UitkeringsgrondslagModel Uitkeringsgrondslag);

public sealed record UitruilModel(int Volgnummer, string Van, string Naar, int Plaatsen, string Reden);

public sealed record IndieningModel(DateOnly Datum, DateOnly Termijn, string TermijnBron, bool TeLaat, string? TeLaatToelichting);

public sealed record AanwijzingModel(string Code, string Naam, int Taak, int Toegezegd, int Tekort, string? Quotum, int Voorgesteld, int Plaatsen, bool Geloot, string? Aanpassingsreden, string Grondslag);

public sealed record VerdeelbesluitModel(
    string Status, DateOnly? Datum, int Tekort, int Som, int Verschil, string Methode, string? VerschilToelichting, string? Samenvatting,
    IReadOnlyList<AanwijzingModel> Aanwijzingen);

public sealed record HandelingModel(int Volgnummer, string Soort, string Door, DateTimeOffset Op);

public sealed record PlanModel(
    int Cyclus, string Provinciecode, string Provincie, string Status, int Versie, string Raming,
    int ProvincialeTaak, int Toegezegd, int Tekort, int SomTekortGemeenten, IndieningModel? Indiening, DateOnly? BeoordeeldOp,
    IReadOnlyList<PlanGemeenteModel> Gemeenten, IReadOnlyList<UitruilModel> Uitruilen, VerdeelbesluitModel? Verdeelbesluit,
    IReadOnlyList<HandelingModel> Handelingen, [property: JsonPropertyName("_links")] Links Links);

public sealed record PlanSamenvattingModel(string Provinciecode, string Provincie, string Status, int Versie, int ProvincialeTaak, int Toegezegd, int Tekort, string? Verdeelbesluit, Link Self);

public sealed record PlannenModel(int Cyclus, IReadOnlyList<PlanSamenvattingModel> Plannen);

public sealed record VerdeelbesluitenModel(int Cyclus, IReadOnlyList<VastgesteldBesluitModel> Verdeelbesluiten);

public sealed record VastgesteldBesluitModel(string Provinciecode, string Provincie, DateOnly Datum, string Samenvatting, VerdeelbesluitModel Besluit);

public sealed record ToezeggingVerzoek(string? Gemeente, string? Locatie, int? Plaatsen);

public sealed record UitruilVerzoek(string? Van, string? Naar, int? Plaatsen, string? Reden);

public sealed record IndieningVerzoek(string? TeLaatToelichting);

public sealed record AanpassingVerzoek(string? Gemeente, int? Plaatsen, string? Reden);

public sealed record VaststellingVerzoek(string? VerschilToelichting);

public static class PlanWeergaven
{
    public static string Status(PlanWeergave w) => w.Dossier.Besluit is not null ? "verdeelbesluit-vastgesteld" : w.Plan.Status switch
    {
        PlanStatus.Concept => w.Opgeslagen ? "concept" : "niet-gestart",
        PlanStatus.Ingediend => "ingediend",
        _ => "beoordeeld",
    };

    public static string StatusTekst(PlanWeergave w) => Status(w) switch
    {
        "niet-gestart" => "Nog niet gestart",
        "concept" => "Concept (PRT werkt eraan)",
        "ingediend" => "Ingediend door de CdK",
        "beoordeeld" => "Beoordeeld",
        _ => "Verdeelbesluit vastgesteld",
    };

    /// <summary>
    /// The payment per municipality of the plan: with the rules' amounts when the rules file has an <c>uitkering</c> section,
    /// otherwise only its basis in places (the bundled rules have none: the amounts are not in our sources).
    /// </summary>
    public static IReadOnlyDictionary<GemeenteCode, UitkeringsgrondslagModel> Uitkeringen(ProvinciaalPlan plan, IReadOnlyList<Uitkeringsregel>? regels)
    {
        var bedragen = regels is { Count: > 0 } ? Core.Plan.Uitkeringen.Bereken(plan, regels).Waarde.ToDictionary(u => u.Code) : null;
        return plan.Posities.ToDictionary(p => p.Code, p => bedragen?.GetValueOrDefault(p.Code) is { } u
            ? new UitkeringsgrondslagModel(p.Toegezegd, p.Overschot, u.Totaal, u.Zin)
            : new UitkeringsgrondslagModel(p.Toegezegd, p.Overschot, null, UitkeringToelichting));
    }

    public static PlanModel Model(PlanWeergave w, string basis, IReadOnlyList<Uitkeringsregel>? uitkering)
    {
        var plan = w.Plan;
        var uitkeringen = Uitkeringen(plan, uitkering);
        var d = w.Dossier;
        var self = $"{basis}/api/v1/plannen/{plan.Provincie}?cyclus={plan.Cyclus}";
        return new PlanModel(plan.Cyclus, plan.Provincie.ToString(), plan.ProvincieNaam, Status(w), w.Versie, d.Raming,
            plan.ProvincialeTaak, plan.Toegezegd, plan.Tekort, plan.SomTekortGemeenten,
            plan.Indiening is { } i ? new IndieningModel(i.Datum, i.Termijn, i.TermijnBron, i.TeLaat, i.TeLaatToelichting) : null, plan.BeoordeeldOp,
            // Posities and Gemeenten are both ordered by code, one entry per municipality.
            [.. plan.Posities.Zip(plan.Gemeenten, (p, g) => new PlanGemeenteModel(p.Code.ToString(), p.Naam, p.Indicatief, p.Ontvangen, p.Afgestaan, p.Taak, p.Toegezegd, p.Tekort, p.Overschot,
                [.. g.Toezeggingen.Select(t => new ToezeggingModel(t.LocatieId, t.Plaatsen))],
                uitkeringen[p.Code]))],
            [.. plan.Uitruilen.Select(u => new UitruilModel(u.Volgnummer, u.Van.ToString(), u.Naar.ToString(), u.Plaatsen, u.Reden))],
            Besluit(d),
            w.Opgeslagen ? [.. d.Regels.Select(r => new HandelingModel(r.Volgnummer, r.Handeling.Soort, r.Door, r.Op))] : [],
            new Links(new Link(self)));
    }

    public const string UitkeringToelichting =
        "De specifieke uitkering wordt betaald over de toegezegde plaatsen en, apart, over de plaatsen boven de taak na uitruil. " +
        "De bedragen per plaats staan in de Regeling specifieke uitkeringen, die niet in de bronnen van Spreiding zit; de regels van deze cyclus noemen daarom geen bedragen (sectie 'uitkering') en Spreiding toont alleen de grondslag.";

    public static VerdeelbesluitModel? Besluit(PlanDossier d)
    {
        if (d.Besluit is { } b)
            return new VerdeelbesluitModel("vastgesteld", b.Datum, b.Tekort, b.Som, b.Verschil, b.Methode.Name(), b.VerschilToelichting, b.Samenvatting,
                [.. b.Aanwijzingen.Select(Aanwijzing)]);
        if (d.Voorstel is { } v)
            return new VerdeelbesluitModel("voorstel", null, v.Tekort, v.Som, v.Verschil, v.Methode.Name(), null, null, [.. v.Aanwijzingen.Select(Aanwijzing)]);
        return null;
    }

    private static AanwijzingModel Aanwijzing(Aanwijzing a) =>
        new(a.Code.ToString(), a.Naam, a.Taak, a.Toegezegd, a.Tekort, a.Quotum is { } q ? Core.Nederlands.Decimaal(q, 3) : null, a.Voorgesteld, a.Plaatsen, a.Geloot, a.Aanpassingsreden, a.Grondslag);
}
