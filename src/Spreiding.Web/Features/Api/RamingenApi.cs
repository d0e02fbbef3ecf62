using Spreiding.Core.Apportionment;
using Spreiding.Core.Raming;
using Spreiding.Web.Features.Gemeenten;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Api;

/// <summary><c>/api/v1/ramingen</c>: a cycle's raming nationally and per province, and per municipality.</summary>
public static class RamingenApi
{
    public static RouteGroupBuilder MapRamingenApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/ramingen").WithTags("Ramingen");

        groep.MapGet("/{cyclus:int}", (int cyclus, HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var basis = ApiAntwoord.Basis(http.Request);
                    return ApiAntwoord.Json(http, dienst.Onthoud($"api:raming:{cyclus}:{basis}", () => ApiAntwoord.Lichaam(Raming(dienst.Raming(cyclus), basis))));
                }))
            .WithName("GetRaming")
            .WithSummary("De raming van een cyclus: landelijk en per provincie")
            .Produces<RamingModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        groep.MapGet("/{cyclus:int}/gemeenten", (int cyclus, string? pagina, string? paginagrootte, HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var paginering = Paginering.Lees(pagina, paginagrootte);
                    var raming = dienst.Raming(cyclus);
                    var basis = ApiAntwoord.Basis(http.Request);
                    var rijen = paginering.Deel(raming.Gemeenten).Select(g => Gemeente(g, cyclus, basis)).ToList();
                    var totaal = raming.Gemeenten.Count;
                    return ApiAntwoord.Json(http, new GemeentenPagina(cyclus, raming.IsWettelijk, paginering.Pagina, paginering.Grootte, totaal,
                        paginering.AantalPaginas(totaal), new GemeentenEmbedded(rijen), paginering.Links($"{basis}/api/v1/ramingen/{cyclus}/gemeenten", totaal)));
                }))
            .WithName("GetRamingGemeenten")
            .WithSummary("Het indicatief aantal per gemeente, per pagina")
            .Produces<GemeentenPagina>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        groep.MapGet("/{cyclus:int}/gemeenten/{code}", (int cyclus, string code, HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var raming = dienst.Raming(cyclus);
                    var g = GemeenteEndpoints.Zoek(raming, code);
                    var basis = ApiAntwoord.Basis(http.Request);
                    var nummer = 1;
                    var stappen = Uitleg.Voor(raming, g.Gemeente.Code).Select(s => new UitlegstapModel(nummer++, s.Stap, s.Waarde, s.Zin)).ToList();
                    return ApiAntwoord.Json(http, new GemeenteDetailModel(cyclus, raming.IsWettelijk, raming.Afwijkingen, Gemeente(g, cyclus, basis), stappen,
                        new Links(new Link($"{basis}/api/v1/ramingen/{cyclus}/gemeenten/{g.Gemeente.Code}"), Raming: new Link($"{basis}/api/v1/ramingen/{cyclus}"))));
                }))
            .WithName("GetRamingGemeente")
            .WithSummary("Het indicatief aantal van één gemeente met de uitleg in stappen")
            .Produces<GemeenteDetailModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static RamingModel Raming(Capaciteitsraming r, string basis) => new(
        r.Regels.Cyclus, r.Regels.Titel, r.Totaal, r.Toegekend, r.Verschil, r.AmvTotaal, r.SleutelType, r.SleutelOmschrijving, r.Methode.Name(),
        r.IsWettelijk, r.Afwijkingen,
        new BevolkingModel(r.Bevolking.Peildatum, new BronModel(r.Bevolking.Bron.Naam, r.Bevolking.Bron.Attributie, r.Bevolking.Bron.Url)),
        r.Provincies.Select(p => new ProvincieModel(p.Provincie.Code.ToString(), p.Provincie.Naam, p.AantalGemeenten, p.Inwoners,
            p.Quotum.ToDecimalString(6), p.Plaatsen, p.Amv)).ToList(),
        new Links(new Link($"{basis}/api/v1/ramingen/{r.Regels.Cyclus}"), Gemeenten: new Link($"{basis}/api/v1/ramingen/{r.Regels.Cyclus}/gemeenten")));

    private static GemeenteModel Gemeente(GemeenteRaming g, int cyclus, string basis) => new(
        g.Gemeente.Code.ToString(), g.Gemeente.Naam, g.Gemeente.Provincie.ToString(), g.ProvincieNaam, g.Inwoners, g.SesWoa,
        g.Gewicht.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Quotum.ToDecimalString(6), g.Plaatsen, g.Amv,
        new Links(new Link($"{basis}/api/v1/ramingen/{cyclus}/gemeenten/{g.Gemeente.Code}")));
}
