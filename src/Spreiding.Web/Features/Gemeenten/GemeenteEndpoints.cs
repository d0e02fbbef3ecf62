using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Raming;
using Spreiding.Web.Features.Plannen;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Gemeenten;

/// <summary><c>/gemeenten/GM0377</c>: a municipality's number as a waterfall, its locations and its remaining task.</summary>
public static class GemeenteEndpoints
{
    public static IEndpointRouteBuilder MapGemeenten(this IEndpointRouteBuilder app)
    {
        app.MapGet("/gemeenten/{code}", (string code, string? cyclus, RamingDienst dienst, PlanDienst plannen) =>
                Verzoek.Pagina(() => Toon(code, Verzoek.Cyclus(cyclus), dienst, plannen)))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The municipality of a raming by code, or a 404 in Dutch.</summary>
    public static GemeenteRaming Zoek(Capaciteitsraming raming, string code) =>
        (GemeenteCode.TryParse(code, out var gc) ? raming.Gemeenten.FirstOrDefault(g => g.Gemeente.Code == gc) : null)
        ?? throw WebFout.OnbekendeGemeente(code, raming.Regels.Cyclus);

    private static IResult Toon(string code, int cyclus, RamingDienst dienst, PlanDienst plannen)
    {
        var raming = dienst.Raming(cyclus);
        var g = Zoek(raming, code);
        var stappen = Uitleg.Voor(raming, g.Gemeente.Code);
        var register = dienst.Register();
        var voorbeeld = RamingDienst.BevatVoorbeeld(register);

        var inhoud = H($"""
            <p class="utrecht-paragraph"><a class="utrecht-link" href="/?cyclus={cyclus}">Landelijk overzicht</a> ›
            <a class="utrecht-link" href="/provincies/{g.Gemeente.Provincie.ToString()}?cyclus={cyclus}">{g.ProvincieNaam}</a></p>
            <h1 class="utrecht-heading-1">{g.Gemeente.Naam} ({g.Gemeente.Code.ToString()})</h1>
            {NietWettelijk(raming)}
            <dl class="spreiding-kerncijfers">
            <div><dt>Indicatief aantal plaatsen</dt><dd>{Getal(g.Plaatsen)}</dd></div>
            {(g.Amv is { } amv ? H($"<div><dt>Waarvan amv</dt><dd>{Getal(amv)}</dd></div>") : Markup.Leeg)}
            <div><dt>Inwoners</dt><dd>{Getal(g.Inwoners)}</dd></div>
            </dl>
            <h2 class="utrecht-heading-2">Hoe dit aantal tot stand komt</h2>
            {Waterval.Grafiek(raming, g, stappen)}
            <ol class="utrecht-ordered-list spreiding-waterval">
            {stappen.Select(s => H($"""
                <li class="utrecht-ordered-list__item"><span class="spreiding-stapnaam">{s.Stap}:</span> <span class="spreiding-stapwaarde">{s.Waarde}</span>
                <p class="utrecht-paragraph">{s.Zin}</p></li>
                """))}
            </ol>
            <p class="utrecht-paragraph">Regels: {raming.Regels.Bestand}. Bevolking: {raming.Bevolking.Bron.Naam} ({raming.Bevolking.Bron.Attributie}).</p>
            <h2 class="utrecht-heading-2">Opvanglocaties en resterende opgave</h2>
            {Voorbeeld(voorbeeld)}
            {Opgave(raming, g, register)}
            {PlanSamenvatting.VoorGemeente(plannen, cyclus, g.Gemeente.Code, g.Gemeente.Provincie, g.Gemeente.Naam)}
            """);
        return Html($"{g.Gemeente.Naam}, cyclus {cyclus}", inhoud);
    }

    private static Markup Opgave(Capaciteitsraming raming, GemeenteRaming g, IReadOnlyList<Locatie> register)
    {
        if (raming.Regels.Telregels is not { } telregels)
            return H($"<p class=\"utrecht-paragraph\">De regels van cyclus {raming.Regels.Cyclus} hebben geen telregels; de resterende opgave kan niet worden berekend.</p>");
        GemeenteOpgave opgave;
        try
        {
            opgave = OpgaveEngine.PerGemeente(raming, telregels, register).Gemeenten!.First(o => o.Gemeente.Code == g.Gemeente.Code);
        }
        catch (InvalidInputException e)
        {
            return H($"<p class=\"utrecht-paragraph\">De opgave kan niet worden berekend: {e.Message}</p>");
        }
        var locaties = opgave.Locaties.Count == 0
            ? H($"<p class=\"utrecht-paragraph\">Het register bevat geen locaties in {g.Gemeente.Naam}.</p>")
            : H($"""
                <div class="spreiding-tabel" role="region" aria-labelledby="tabel-locaties-bijschrift" tabindex="0">
                <table class="utrecht-table" id="tabel-locaties">
                <caption id="tabel-locaties-bijschrift" class="utrecht-table__caption">Locaties in {g.Gemeente.Naam} en of ze tellen (telregels cyclus {raming.Regels.Cyclus})</caption>
                <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">Id</th>
                <th class="utrecht-table__header-cell" scope="col">Naam</th>
                <th class="utrecht-table__header-cell" scope="col">Soort</th>
                <th class="utrecht-table__header-cell" scope="col">Fase</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Plaatsen</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Geteld</th>
                <th class="utrecht-table__header-cell" scope="col">Waarom</th>
                </tr></thead>
                <tbody class="utrecht-table__body">
                {opgave.Locaties.Select(t => H($"""
                    <tr class="utrecht-table__row"><td class="utrecht-table__cell">{t.Locatie.Id}</td>
                    <th class="utrecht-table__header-cell" scope="row">{t.Locatie.Naam}</th>
                    <td class="utrecht-table__cell">{t.Locatie.Soort.Naam()}</td>
                    <td class="utrecht-table__cell">{t.Locatie.Fase.Naam()}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(t.Locatie.Plaatsen)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(t.GeteldePlaatsen)}</td>
                    <td class="utrecht-table__cell">{string.Join(" ", t.Redenen)}</td></tr>
                    """))}
                </tbody>
                </table>
                </div>
                """);
        return H($"""
            <dl class="spreiding-kerncijfers">
            <div><dt>Indicatief</dt><dd>{Getal(opgave.Indicatief)}</dd></div>
            <div><dt>Geteld uit het register</dt><dd>{Getal(opgave.Geteld)}</dd></div>
            <div><dt>Resterend</dt><dd>{Getal(opgave.Resterend)}</dd></div>
            <div><dt>Overschot</dt><dd>{Getal(opgave.Overschot)}</dd></div>
            </dl>
            {locaties}
            """);
    }
}
