using System.ComponentModel;
using Spreiding.Data.Scenarios;
using Spreiding.Web.Features.Scenarios;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Api;

/// <summary><c>/api/v1/scenarios</c>: the bundled forecast scenarios, and one scenario computed (the figures of its page).</summary>
public static class ScenariosApi
{
    private const string Parameteruitleg =
        "Queryparameters: runs (aantal Monte Carlo-runs, 100 tot en met 10000, standaard 1000), zaad (0 tot en met 9007199254740991, standaard 2026) en " +
        "hefboom1, hefboom2, ... (de waarde van de hefbomen in de volgorde van het bestand, binnen het bereik min-max uit het bestand; " +
        "zie hefbomen[].queryparameter, min en max in het antwoord). Een ongeldige waarde geeft 400.";

    public static RouteGroupBuilder MapScenariosApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/scenarios").WithTags("Scenario's");

        groep.MapGet("", (string? pagina, string? paginagrootte, HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var paginering = Paginering.Lees(pagina, paginagrootte);
                    var basis = ApiAntwoord.Basis(http.Request);
                    var namen = ScenarioInvoer.Namen;
                    var rijen = paginering.Deel(namen).Select(n => Samenvatting(n, basis)).ToList();
                    return ApiAntwoord.Json(http, new ScenariosPagina(paginering.Pagina, paginering.Grootte, namen.Count, paginering.AantalPaginas(namen.Count),
                        new ScenariosEmbedded(rijen), paginering.Links($"{basis}/api/v1/scenarios", namen.Count)));
                }))
            .WithName("GetScenarios")
            .WithSummary("De meegeleverde scenario's voor de prognose van de opvangbehoefte")
            .Produces<ScenariosPagina>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        // runs and zaad are named here for the OpenAPI document; ScenarioInvoer reads them (and hefboom1, ...) from the query itself.
        groep.MapGet("/{naam}", (
                    [Description("De naam van het scenario: de bestandsnaam zonder .yaml, bijvoorbeeld brief-2026")] string naam,
                    [Description("Aantal Monte Carlo-runs, 100 tot en met 10000; standaard 1000")] string? runs,
                    [Description("Zaad van de toevalsgenerator, 0 tot en met 9007199254740991; standaard 2026 (zoals de opdrachtregel)")] string? zaad,
                    HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var invoer = ScenarioInvoer.Lees(naam, http.Request.Query);
                    var basis = ApiAntwoord.Basis(http.Request);
                    return ApiAntwoord.Json(http, dienst.OnthoudVariant($"api:scenario:{invoer.Sleutel}:{basis}", () =>
                    {
                        var uitkomst = ScenarioBerekening.Uitkomst(invoer, dienst);
                        var links = new ScenarioLinks(
                            new Link($"{basis}/api/v1/scenarios/{naam}?{invoer.Query()}"),
                            uitkomst.Vergelijking is { } v ? new Link($"{basis}/api/v1/scenarios/{v.Basis}?runs={invoer.Runs}&zaad={invoer.Zaad}") : null,
                            new Link($"{basis}/api/v1/scenarios"),
                            new Link($"{basis}/scenarios/{naam}?{invoer.Query()}"));
                        return ApiAntwoord.Lichaam(uitkomst with { Links = links });
                    }));
                }))
            .WithName("GetScenario")
            .WithSummary("Eén scenario doorgerekend: behoefte in de tijd (P10/P50/P90), per provincie, vergelijking met de basis en gevoeligheid")
            .WithDescription(Parameteruitleg)
            .Produces<ScenarioDetailModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static ScenarioSamenvattingModel Samenvatting(string naam, string basis)
    {
        var bestand = ScenarioLoader.Meegeleverd(naam);
        var s = bestand.Scenario;
        return new ScenarioSamenvattingModel(naam, s.Naam, s.Omschrijving, s.Bestand, ScenarioBerekening.Basis(naam, bestand), s.Startdatum, s.Maanden,
            s.BehoeftePeildatum, s.Verdeling.Cyclus, s.Hefbomen.Select(h => h.Naam).ToList(),
            new ScenarioLinks(new Link($"{basis}/api/v1/scenarios/{naam}"), Html: new Link($"{basis}/scenarios/{naam}")));
    }
}
