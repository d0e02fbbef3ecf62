using Spreiding.Core;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Opslag;
using Spreiding.Data.Regels;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Gegevens;

/// <summary><c>/data</c>: which datasets are in use per cycle, their source and attribution.</summary>
public static class GegevensEndpoints
{
    public sealed record GegevenModel(int Cyclus, string Gegeven, string PeildatumOfPeriode, string Bron, int Gemeenten, int? VanGemeenten, bool Volledig, string Status);

    public sealed record ImportModel(string Id, string Soort, string? PeildatumOfPeriode, string Bron, int Rijen, DateTimeOffset GeimporteerdOp, string Sha256);

    public sealed record GegevensModel(
        IReadOnlyList<GegevenModel> Gegevens, IReadOnlyList<ImportModel> Imports, int RegisterLocaties, bool Voorbeeldgegevens, string Opslag, int Schemaversie);

    public static IEndpointRouteBuilder MapGegevens(this IEndpointRouteBuilder app)
    {
        app.MapGet("/data", (RamingDienst dienst) => Verzoek.Pagina(() => Toon(dienst))).ExcludeFromDescription();
        return app;
    }

    public static RouteGroupBuilder MapGegevensApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gegevens", (HttpContext http, RamingDienst dienst) =>
                Api.ApiAntwoord.Uitvoeren(http, () => Api.ApiAntwoord.Json(http, Model(dienst))))
            .WithTags("Gegevens")
            .WithName("GetGegevens")
            .WithSummary("Welke gegevens de berekeningen per cyclus gebruiken, met bron, en de geïmporteerde datasets")
            .Produces<GegevensModel>(StatusCodes.Status200OK);
        return api;
    }

    /// <summary>What the page and the API show, computed once.</summary>
    public static GegevensModel Model(RamingDienst dienst)
    {
        var bronnen = dienst.Bronnen;
        var rijen = new List<GegevenModel>();
        foreach (var cyclus in dienst.Cycli)
        {
            var regels = RegelsLoader.Bundled(cyclus);
            var aantal = bronnen.Indeling.OpDatum(regels.IndelingOp.Waarde).Count;
            rijen.Add(new(cyclus, "Gemeentelijke indeling", Nederlands.Datum(regels.IndelingOp.Waarde),
                "data/referentie/gemeentelijke_indeling.csv (CBS, CC BY 4.0)", aantal, null, true, "aanwezig"));
            try
            {
                var b = bronnen.Bevolking(regels.PeildatumBevolking.Waarde, null);
                rijen.Add(new(cyclus, "Bevolking", Nederlands.Datum(regels.PeildatumBevolking.Waarde), $"{b.Bron.Naam} ({b.Bron.Attributie})", b.Inwoners.Count, null, true, "aanwezig"));
            }
            catch (OntbrekendeBevolkingException)
            {
                rijen.Add(new(cyclus, "Bevolking", Nederlands.Datum(regels.PeildatumBevolking.Waarde), "–", 0, null, false,
                    $"ONTBREEKT: importeer met 'spreiding data importeer bevolking BESTAND --peildatum {regels.PeildatumBevolking.Waarde:yyyy-MM-dd}'"));
            }
            var ses = bronnen.SesWoa(null, regels.IndelingOp.Waarde);
            var ontbrekend = ses.Ontbrekend(bronnen.Indeling.OpDatum(regels.IndelingOp.Waarde)).Count;
            rijen.Add(new(cyclus, "SES-WOA", ses.Periode, $"{ses.Bron.Naam} ({ses.Bron.Attributie})", ses.Scores.Count, aantal, ontbrekend == 0,
                ontbrekend == 0 ? "volledig: wettelijke sleutel mogelijk" : $"ONVOLLEDIG: {Getal(ontbrekend)} ontbreken; de pagina's tonen de verdeling naar alleen inwoners (niet de wettelijke verdeling)"));
        }
        var imports = new DatasetStore(dienst.Database).List().Select(d => new ImportModel(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Soort == DatasetSoort.Bevolking ? "bevolking" : "ses-woa", d.Peildatum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? d.Periode,
            $"{d.Bron.Naam} ({d.Bron.Attributie})", d.Rijen, d.GeimporteerdOp, d.Sha256)).ToList();
        var register = dienst.Register();
        return new GegevensModel(rijen, imports, register.Count, RamingDienst.BevatVoorbeeld(register),
            dienst.Database.Soort == OpslagSoort.PostgreSql ? "PostgreSQL" : "SQLite", dienst.Database.SchemaVersion());
    }

    private static IResult Toon(RamingDienst dienst)
    {
        var model = Model(dienst);
        var rijen = model.Gegevens.Select((g, i) => Rij(i == 0 || model.Gegevens[i - 1].Cyclus != g.Cyclus ? g.Cyclus.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            g.Gegeven, g.PeildatumOfPeriode, g.Bron, g.VanGemeenten is { } van ? $"{Getal(g.Gemeenten)} van {Getal(van)}" : Getal(g.Gemeenten), g.Status)).ToList();

        var imports = model.Imports;
        var inhoud = H($"""
            <h1 class="utrecht-heading-1">Gegevens</h1>
            <p class="utrecht-paragraph">Welke gegevens de berekeningen gebruiken: een import in de database gaat voor de meegeleverde referentiegegevens.
            Bronvermelding: <strong>CBS, CC BY 4.0</strong> (bevolking, gemeentelijke indeling, SES-WOA) en CBS/PDOK, CC BY 4.0 (grenzen).</p>
            <div class="spreiding-tabel" role="region" aria-labelledby="tabel-gegevens-bijschrift" tabindex="0">
            <table class="utrecht-table" id="tabel-gegevens">
            <caption id="tabel-gegevens-bijschrift" class="utrecht-table__caption">Gegevens per cyclus</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Cyclus</th>
            <th class="utrecht-table__header-cell" scope="col">Gegeven</th>
            <th class="utrecht-table__header-cell" scope="col">Peildatum of periode</th>
            <th class="utrecht-table__header-cell" scope="col">Bron</th>
            <th class="utrecht-table__header-cell" scope="col">Gemeenten</th>
            <th class="utrecht-table__header-cell" scope="col">Status</th>
            </tr></thead>
            <tbody class="utrecht-table__body">{rijen}</tbody>
            </table>
            </div>
            <h2 class="utrecht-heading-2">Geïmporteerde datasets</h2>
            {(imports.Count == 0
                ? H($"<p class=\"utrecht-paragraph\">Er zijn geen datasets geïmporteerd; de meegeleverde gegevens worden gebruikt.</p>")
                : H($"""
                    <div class="spreiding-tabel" role="region" aria-labelledby="tabel-imports-bijschrift" tabindex="0">
                    <table class="utrecht-table" id="tabel-imports">
                    <caption id="tabel-imports-bijschrift" class="utrecht-table__caption">Geïmporteerde CBS-tabellen</caption>
                    <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">Id</th><th class="utrecht-table__header-cell" scope="col">Soort</th>
                    <th class="utrecht-table__header-cell" scope="col">Peildatum of periode</th><th class="utrecht-table__header-cell" scope="col">Bron</th>
                    <th class="utrecht-table__header-cell" scope="col">Rijen</th><th class="utrecht-table__header-cell" scope="col">Geïmporteerd op</th>
                    <th class="utrecht-table__header-cell" scope="col">SHA-256</th>
                    </tr></thead>
                    <tbody class="utrecht-table__body">{imports.Select(d => H($"""
                        <tr class="utrecht-table__row"><td class="utrecht-table__cell">{d.Id}</td><td class="utrecht-table__cell">{d.Soort}</td>
                        <td class="utrecht-table__cell">{d.PeildatumOfPeriode ?? "–"}</td>
                        <td class="utrecht-table__cell">{d.Bron}</td><td class="utrecht-table__cell">{Getal(d.Rijen)}</td>
                        <td class="utrecht-table__cell">{d.GeimporteerdOp.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC</td>
                        <td class="utrecht-table__cell"><code>{d.Sha256[..12]}</code></td></tr>
                        """))}</tbody>
                    </table>
                    </div>
                    """))}
            <h2 class="utrecht-heading-2">Locatieregister</h2>
            {Voorbeeld(model.Voorbeeldgegevens)}
            <p class="utrecht-paragraph">Het register bevat {Getal(model.RegisterLocaties)} locaties. Opslag: {model.Opslag}, schemaversie {model.Schemaversie}.</p>
            """);
        return Html("Gegevens", inhoud);
    }

    private static Markup Rij(string cyclus, string gegeven, string peil, string bron, string gemeenten, string status) => H($"""
        <tr class="utrecht-table__row"><td class="utrecht-table__cell">{cyclus}</td><th class="utrecht-table__header-cell" scope="row">{gegeven}</th>
        <td class="utrecht-table__cell">{peil}</td><td class="utrecht-table__cell">{bron}</td><td class="utrecht-table__cell">{gemeenten}</td><td class="utrecht-table__cell">{status}</td></tr>
        """);
}
