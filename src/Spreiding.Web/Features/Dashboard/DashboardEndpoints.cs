using Spreiding.Core.Apportionment;
using Spreiding.Core.Raming;
using Spreiding.Data.Grafieken;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Dashboard;

/// <summary><c>/</c>: the national dashboard of one cycle: totals, a map and table of provinces and of municipalities.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (string? cyclus, RamingDienst dienst) => Verzoek.Pagina(() => Toon(Verzoek.Cyclus(cyclus), dienst)))
            .ExcludeFromDescription();
        return app;
    }

    // The page (with two maps of 342 and 12 areas) is rendered once per cycle and state of the data.
    private static IResult Toon(int cyclus, RamingDienst dienst) =>
        new PaginaResultaat(dienst.Onthoud($"dashboard:{cyclus}", () => new PaginaDocument(Maak(cyclus, dienst))));

    private static string Maak(int cyclus, RamingDienst dienst)
    {
        var raming = dienst.Raming(cyclus);
        var provincies = raming.Provincies.ToDictionary(p => p.Provincie.Code.ToString(), p => p.Plaatsen);
        var gemeenten = raming.Gemeenten.ToDictionary(g => g.Gemeente.Code.ToString(), g => g.Plaatsen);
        var provincieKaart = SvgKaart.Niveau($"Plaatsen per provincie, cyclus {cyclus}", SvgKaart.Provincies, provincies, "plaatsen");
        var gemeenteKaart = SvgKaart.Niveau($"Plaatsen per gemeente, cyclus {cyclus}", SvgKaart.Gemeenten, gemeenten, "plaatsen");

        var inhoud = H($"""
            <h1 class="utrecht-heading-1">{raming.Regels.Titel}</h1>
            {CyclusKeuze(dienst.Cycli, cyclus)}
            {NietWettelijk(raming)}
            <dl class="spreiding-kerncijfers">
            <div><dt>Landelijk totaal</dt><dd>{Getal(raming.Totaal)}</dd></div>
            <div><dt>Toegekend aan gemeenten</dt><dd>{Getal(raming.Toegekend)}</dd></div>
            {(raming.AmvTotaal is { } amv ? H($"<div><dt>Waarvan amv</dt><dd>{Getal(amv)}</dd></div>") : Markup.Leeg)}
            <div><dt>Gemeenten</dt><dd>{Getal(raming.Gemeenten.Count)}</dd></div>
            </dl>
            <p class="utrecht-paragraph">Verdeelsleutel: {raming.SleutelOmschrijving}. Methode: {raming.Methode.Description()}.
            Bevolking op {Spreiding.Core.Nederlands.Datum(raming.Bevolking.Peildatum)} ({raming.Bevolking.Bron.Naam}; {raming.Bevolking.Bron.Attributie}).</p>
            {(raming.Verschil != 0 ? H($"<p class=\"utrecht-paragraph\">Omdat elke gemeente afzonderlijk is afgerond, is het toegekende aantal {(raming.Verschil > 0 ? "+" : "")}{Getal(raming.Verschil)} ten opzichte van het landelijk totaal.</p>") : Markup.Leeg)}
            <h2 class="utrecht-heading-2">Kaarten</h2>
            <div class="spreiding-kaarten">
            {Kaart(provincieKaart, "provincies", "tabel-provincies")}
            {Kaart(gemeenteKaart, "gemeenten", "tabel-gemeenten")}
            </div>
            <h2 class="utrecht-heading-2">Provincies</h2>
            {ProvincieTabel(raming, cyclus)}
            <h2 class="utrecht-heading-2">Gemeenten</h2>
            {GemeenteTabel(raming, raming.Gemeenten, cyclus, "tabel-gemeenten", $"Indicatief aantal plaatsen per gemeente, cyclus {cyclus}")}
            """);
        return Document($"Landelijk overzicht cyclus {cyclus}", inhoud).Waarde;
    }

    internal static Markup CyclusKeuze(IReadOnlyList<int> cycli, int gekozen, string actie = "/") => H($"""
        <form class="spreiding-cyclus" method="get" action="{actie}">
        <label for="cyclus">Cyclus</label>
        <select id="cyclus" name="cyclus">{cycli.Select(c => c == gekozen ? H($"<option value=\"{c}\" selected>{c}</option>") : H($"<option value=\"{c}\">{c}</option>"))}</select>
        <button type="submit">Toon</button>
        </form>
        """);

    private static Markup ProvincieTabel(Capaciteitsraming raming, int cyclus) => H($"""
        <div class="spreiding-tabel" role="region" aria-labelledby="tabel-provincies-bijschrift" tabindex="0">
        <table class="utrecht-table" id="tabel-provincies">
        <caption id="tabel-provincies-bijschrift" class="utrecht-table__caption">Opgave per provincie, cyclus {cyclus} (som van de gemeenten)</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="col">Code</th>
        <th class="utrecht-table__header-cell" scope="col">Provincie</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Gemeenten</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Inwoners</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Plaatsen</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Waarvan amv</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
        {raming.Provincies.Select(p => H($"""
            <tr class="utrecht-table__row"><td class="utrecht-table__cell">{p.Provincie.Code.ToString()}</td>
            <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/provincies/{p.Provincie.Code.ToString()}?cyclus={cyclus}">{p.Provincie.Naam}</a></th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.AantalGemeenten)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Inwoners)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Plaatsen)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{(p.Amv is { } a ? Getal(a) : "–")}</td></tr>
            """))}
        </tbody>
        </table>
        </div>
        """);

    /// <param name="kop">The header row; the province page passes sortable headers.</param>
    internal static Markup GemeenteTabel(Capaciteitsraming raming, IEnumerable<GemeenteRaming> rijen, int cyclus, string id, string bijschrift, Markup? kop = null) => H($"""
        <div class="spreiding-tabel" role="region" aria-labelledby="{id}-bijschrift" tabindex="0">
        <table class="utrecht-table" id="{id}">
        <caption id="{id}-bijschrift" class="utrecht-table__caption">{bijschrift}</caption>
        <thead class="utrecht-table__header">{kop ?? H($"""
            <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Code</th>
            <th class="utrecht-table__header-cell" scope="col">Gemeente</th>
            <th class="utrecht-table__header-cell" scope="col">Provincie</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Inwoners</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Plaatsen</th>
            </tr>
            """)}</thead>
        <tbody class="utrecht-table__body">
        {rijen.Select(g => H($"""
            <tr class="utrecht-table__row"><td class="utrecht-table__cell">{g.Gemeente.Code.ToString()}</td>
            <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/gemeenten/{g.Gemeente.Code.ToString()}?cyclus={cyclus}">{g.Gemeente.Naam}</a></th>
            <td class="utrecht-table__cell">{g.ProvincieNaam}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(g.Inwoners)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(g.Plaatsen)}</td></tr>
            """))}
        </tbody>
        </table>
        </div>
        """);
}
