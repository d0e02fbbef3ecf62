using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Api;

/// <summary><c>/api/v1/locaties</c>: the current register, per page, optionally for one municipality.</summary>
public static class LocatiesApi
{
    public static RouteGroupBuilder MapLocatiesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/locaties", (string? pagina, string? paginagrootte, string? gemeente, HttpContext http, RamingDienst dienst) =>
                ApiAntwoord.Uitvoeren(http, () =>
                {
                    var paginering = Paginering.Lees(pagina, paginagrootte);
                    GemeenteCode? filter = null;
                    if (!string.IsNullOrWhiteSpace(gemeente))
                        filter = GemeenteCode.TryParse(gemeente, out var gc) ? gc
                            : throw WebFout.OngeldigeParameter("gemeente", $"'{gemeente}' is geen gemeentecode; gebruik bijvoorbeeld GM0363.");
                    var register = dienst.Register();
                    var locaties = register.Where(l => filter is null || l.Gemeente == filter).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
                    var basis = ApiAntwoord.Basis(http.Request);
                    var rijen = paginering.Deel(locaties).Select(Model).ToList();
                    return ApiAntwoord.Json(http, new LocatiesPagina(RamingDienst.BevatVoorbeeld(register), paginering.Pagina, paginering.Grootte, locaties.Count,
                        paginering.AantalPaginas(locaties.Count), new LocatiesEmbedded(rijen),
                        paginering.Links($"{basis}/api/v1/locaties", locaties.Count, filter is { } f ? $"gemeente={f}" : null)));
                }))
            .WithTags("Locaties")
            .WithName("GetLocaties")
            .WithSummary("Het locatieregister, per pagina")
            .Produces<LocatiesPagina>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static LocatieModel Model(Locatie l) => new(
        l.Id, l.Naam, l.Gemeente.ToString(), l.Plaatsen, l.AmvPlaatsen, l.Soort.Naam(), l.Fase.Naam(), l.Begindatum, l.Einddatum,
        new BestuursovereenkomstModel(l.Bestuursovereenkomst.Getekend, l.Bestuursovereenkomst.Datum, l.Bestuursovereenkomst.Einddatum), l.Bron);
}
