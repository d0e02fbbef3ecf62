using Microsoft.Net.Http.Headers;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Core.Toegang;
using Spreiding.Web.Features.Api;
using Spreiding.Web.Infrastructure;
using Spreiding.Web.Infrastructure.Accounts;

namespace Spreiding.Web.Features.Plannen;

/// <summary>
/// <c>/api/v1/plannen</c> and <c>/api/v1/verdeelbesluiten</c>: the provincial plans (signed in) and the adopted decisions
/// (public). Changes are POSTs of a handling with <c>If-Match</c> naming the plan's ETag; the answer is the new plan with
/// its new ETag. Refusals are problem+json: 401 not signed in, 403 not allowed, 412 stale ETag, 428 no If-Match,
/// 422 refused by the rules (with <c>grond</c>).
/// </summary>
public static class PlannenApi
{
    public static RouteGroupBuilder MapPlannenApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/plannen").WithTags("Plannen");

        groep.MapGet("", (string? cyclus, HttpContext http, RamingDienst ramingen, PlanDienst plannen) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var account = http.Huidig();
                    var c = Verzoek.Cyclus(cyclus);
                    var basis = ApiAntwoord.Basis(http.Request);
                    var zichtbaar = plannen.Alle(c).Where(w => PlanDienst.MagLezen(account, w));
                    return ApiAntwoord.Json(http, new PlannenModel(c, [.. zichtbaar.Select(w => new PlanSamenvattingModel(
                        w.Plan.Provincie.ToString(), w.Plan.ProvincieNaam, PlanWeergaven.Status(w), w.Versie, w.Plan.ProvincialeTaak, w.Plan.Toegezegd, w.Plan.Tekort,
                        w.Dossier.Besluit?.Samenvatting, new Link($"{basis}/api/v1/plannen/{w.Plan.Provincie}?cyclus={c}")))]));
                }))
            .WithName("GetPlannen")
            .WithSummary("De provinciale plannen van een cyclus met status en tekort: ingediende plannen openbaar, concepten voor wie ze mag zien")
            .Produces<PlannenModel>(StatusCodes.Status200OK);

        groep.MapGet("/{provincie}", (string provincie, string? cyclus, HttpContext http, PlanDienst plannen) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var (c, p) = (Verzoek.Cyclus(cyclus), PlanDienst.Provincie(provincie));
                    var w = plannen.Lees(c, p);
                    if (!PlanDienst.MagLezen(http.Huidig(), w))
                    {
                        var account = Ingelogd(http);
                        throw new WebFout(StatusCodes.Status403Forbidden, "Geen toegang",
                            Bevoegdheden.Toets(account, Handeling.PlanLezen, p, null, w.Plan.ProvincieNaam) ?? "Dit plan is nog niet ingediend.");
                    }
                    return Plan(http, w);
                }))
            .WithName("GetPlan")
            .WithSummary("Het provinciaal plan met toezeggingen, grootboek van uitruil, voorstel of verdeelbesluit en handelingen; ETag voor If-Match")
            .Produces<PlanModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Wijziging<ToezeggingVerzoek>(groep, "/{provincie}/toezeggingen", "PostToezegging", "Een toezegging van plaatsen op een locatie vastleggen (0 trekt haar in)",
            v => new Planhandeling.Toezegging(Gemeente(v.Gemeente, "gemeente"), Verplicht(v.Locatie, "locatie"), Getal(v.Plaatsen, "plaatsen")));
        Wijziging<UitruilVerzoek>(groep, "/{provincie}/uitruilen", "PostUitruil", "Een uitruil tussen twee gemeenten van de provincie vastleggen",
            v => new Planhandeling.Uitruil(Gemeente(v.Van, "van"), Gemeente(v.Naar, "naar"), Getal(v.Plaatsen, "plaatsen"), v.Reden ?? ""));
        Wijziging<IndieningVerzoek>(groep, "/{provincie}/indiening", "PostIndiening", "Het plan indienen (de CdK); na de termijn alleen met toelichting",
            (v, dienst) => new Planhandeling.Indiening(dienst.Vandaag(), v.TeLaatToelichting));
        Wijziging<AanpassingVerzoek>(groep, "/{provincie}/verdeelbesluit/aanpassingen", "PostAanpassing", "Een aanwijzing in het voorstel voor het verdeelbesluit aanpassen (ministerie)",
            v => new Planhandeling.Aanpassing(Gemeente(v.Gemeente, "gemeente"), Getal(v.Plaatsen, "plaatsen"), v.Reden ?? ""));
        Wijziging<VaststellingVerzoek>(groep, "/{provincie}/verdeelbesluit/vaststelling", "PostVaststelling", "Het verdeelbesluit vaststellen (ministerie); daarna verandert het niet meer",
            (v, dienst) => new Planhandeling.Vaststelling(dienst.Vandaag(), v.VerschilToelichting));

        api.MapGet("/verdeelbesluiten", (string? cyclus, HttpContext http, PlanDienst plannen) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var c = Verzoek.Cyclus(cyclus);
                    return ApiAntwoord.Json(http, new VerdeelbesluitenModel(c, [.. plannen.Alle(c).Where(w => w.Dossier.Besluit is not null).Select(w =>
                        new VastgesteldBesluitModel(w.Plan.Provincie.ToString(), w.Plan.ProvincieNaam, w.Dossier.Besluit!.Datum, w.Dossier.Besluit.Samenvatting,
                            PlanWeergaven.Besluit(w.Dossier)!))]));
                }))
            .WithTags("Plannen")
            .WithName("GetVerdeelbesluiten")
            .WithSummary("De vastgestelde verdeelbesluiten van een cyclus (openbaar)")
            .Produces<VerdeelbesluitenModel>(StatusCodes.Status200OK);
        return api;
    }

    private static void Wijziging<T>(RouteGroupBuilder groep, string pad, string naam, string samenvatting, Func<T, Planhandeling> maak) where T : notnull =>
        Wijziging<T>(groep, pad, naam, samenvatting, (v, _) => maak(v));

    private static void Wijziging<T>(RouteGroupBuilder groep, string pad, string naam, string samenvatting, Func<T, PlanDienst, Planhandeling> maak) where T : notnull =>
        groep.MapPost(pad, (string provincie, string? cyclus, HttpContext http, PlanDienst plannen) =>
                ApiAntwoord.UitvoerenAsync(http, async () =>
                {
                    var (c, p) = (Verzoek.Cyclus(cyclus), PlanDienst.Provincie(provincie));
                    var account = Schrijver(http);
                    var verwacht = IfMatch(http, c, p);
                    var verzoek = await Lichaam<T>(http);
                    return Plan(http, plannen.Voer(c, p, account, maak(verzoek, plannen), verwacht));
                }))
            .WithName(naam)
            .WithSummary(samenvatting)
            .JsonLichaam<T>()
            .Produces<PlanModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static IResult Plan(HttpContext http, PlanWeergave w)
    {
        http.Response.Headers.ETag = w.ETag;
        http.Response.Headers.CacheControl = "no-cache, private";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var lijst) && HttpMethods.IsGet(http.Request.Method)
            && lijst.Any(t => t.Tag.ToString() == w.ETag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        var uitkering = http.RequestServices.GetRequiredService<PlanDienst>().Regels(w.Plan.Cyclus).Uitkering;
        return Results.Json(PlanWeergaven.Model(w, ApiAntwoord.Basis(http.Request), uitkering), ApiAntwoord.Opties);
    }

    public static Account Ingelogd(HttpContext http) =>
        http.Huidig() ?? throw new WebFout(StatusCodes.Status401Unauthorized, "Niet ingelogd",
            "Een provinciaal plan in concept is alleen na inloggen in te zien (POST /api/v1/sessies); ingediende plannen en vastgestelde verdeelbesluiten zijn openbaar.");

    private static Account Schrijver(HttpContext http)
    {
        var account = Ingelogd(http);
        if (http.MoetWachtwoordWijzigen())
            throw new WebFout(StatusCodes.Status403Forbidden, "Wachtwoord wijzigen", "Kies eerst een eigen wachtwoord (/account/wachtwoord); met het eenmalige wachtwoord kunt u niets wijzigen.");
        return account;
    }

    /// <summary>The version the writer's If-Match names; 428 without one, 412 for a tag of another plan or another version format.</summary>
    private static int IfMatch(HttpContext http, int cyclus, ProvincieCode provincie)
    {
        var kop = http.Request.Headers.IfMatch;
        if (kop.Count == 0)
            throw new WebFout(StatusCodes.Status428PreconditionRequired, "If-Match ontbreekt",
                "Een wijziging van een plan noemt in If-Match de ETag van de versie waarop zij berust (GET het plan eerst). Er is niets gewijzigd.");
        var voorvoegsel = PlanWeergave.ETagBegin(cyclus, provincie);
        var tag = kop.ToString().Trim();
        if (tag.StartsWith(voorvoegsel, StringComparison.Ordinal) && tag.EndsWith('"')
            && int.TryParse(tag.AsSpan(voorvoegsel.Length, tag.Length - voorvoegsel.Length - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var versie))
            return versie;
        throw new WebFout(StatusCodes.Status412PreconditionFailed, "If-Match past niet",
            $"If-Match {tag} is geen ETag van het plan van {provincie}, cyclus {cyclus}. Haal het plan opnieuw op; er is niets gewijzigd.");
    }

    private static async Task<T> Lichaam<T>(HttpContext http)
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            throw new WebFout(StatusCodes.Status415UnsupportedMediaType, "Verkeerd formaat", "Stuur het verzoek als JSON (Content-Type: application/json).");
        return await ApiVerzoek.LeesJson<T>(http, "Zie /api/v1/openapi.json voor de velden.")
               ?? throw new WebFout(StatusCodes.Status400BadRequest, "Leeg verzoek", "Het verzoek bevat geen JSON-object.");
    }

    private static GemeenteCode Gemeente(string? waarde, string veld) =>
        GemeenteCode.TryParse(waarde, out var g) ? g
        : throw new WebFout(StatusCodes.Status400BadRequest, $"Ongeldig veld '{veld}'", $"'{waarde}' is geen gemeentecode; gebruik de CBS-code, bijvoorbeeld GM0344.");

    private static string Verplicht(string? waarde, string veld) =>
        string.IsNullOrWhiteSpace(waarde) ? throw new WebFout(StatusCodes.Status400BadRequest, $"Veld '{veld}' ontbreekt", $"Geef '{veld}' op.") : waarde;

    private static int Getal(int? waarde, string veld) =>
        waarde ?? throw new WebFout(StatusCodes.Status400BadRequest, $"Veld '{veld}' ontbreekt", $"Geef '{veld}' op als geheel getal.");
}
