using System.Globalization;
using Spreiding.Core;
using Spreiding.Data.Grafieken;
using Spreiding.Data.Scenarios;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Scenarios;

/// <summary>
/// <c>/scenarios</c>: the bundled forecast scenarios; <c>/scenarios/{naam}</c>: one scenario's levers and parameters with
/// their sources, a form (GET, no script) to choose lever values, runs and seed, the national need over time with its
/// P10-P90 band, the provinces against the baseline with the revision check, and the tornado.
/// </summary>
public static class ScenarioEndpoints
{
    public static IEndpointRouteBuilder MapScenarios(this IEndpointRouteBuilder app)
    {
        app.MapGet("/scenarios", (RamingDienst dienst) => Verzoek.Pagina(() =>
                new PaginaResultaat(dienst.Onthoud("scenarios", () => new PaginaDocument(Lijst())))))
            .ExcludeFromDescription();
        app.MapGet("/scenarios/{naam}", (string naam, HttpRequest request, RamingDienst dienst) => Verzoek.Pagina(() =>
            {
                var invoer = ScenarioInvoer.Lees(naam, request.Query);
                var html = dienst.OnthoudVariant($"scenariopagina:{invoer.Sleutel}", () => new PaginaDocument(Document($"Scenario {invoer.Bestand.Scenario.Naam}",
                    Detail(invoer, ScenarioBerekening.Uitkomst(invoer, dienst))).Waarde));
                return new PaginaResultaat(html);
            }))
            .ExcludeFromDescription();
        return app;
    }

    private static string Lijst()
    {
        var rijen = ScenarioInvoer.Namen.Select(n => (Naam: n, Bestand: ScenarioLoader.Meegeleverd(n))).ToList();
        var inhoud = H($"""
            <h1 class="utrecht-heading-1">Scenario's voor de opvangbehoefte</h1>
            <p class="utrecht-paragraph">Elk scenario is een voorraad-stroommodel van de COA-opvang met beleidshefbomen en bereiken voor de
            Monte Carlo-runs (<code>scenarios/LEESMIJ.md</code>). Elk getal heeft een bron; wat een aanname is, heet modelaanname.
            Een scenario dat van een ander erft, wordt met die basis vergeleken.</p>
            <div class="spreiding-tabel">
            <table class="utrecht-table" id="tabel-scenarios">
            <caption class="utrecht-table__caption">Meegeleverde scenario's</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Scenario</th>
            <th class="utrecht-table__header-cell" scope="col">Bestand</th>
            <th class="utrecht-table__header-cell" scope="col">Basis</th>
            <th class="utrecht-table__header-cell" scope="col">Start</th>
            <th class="utrecht-table__header-cell" scope="col">Behoefte op</th>
            {GetalKop("Hefbomen")}
            </tr></thead>
            <tbody class="utrecht-table__body">
            {rijen.Select(r => H($"""
                <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/scenarios/{r.Naam}">{r.Bestand.Scenario.Naam}</a></th>
                <td class="utrecht-table__cell">{r.Bestand.Scenario.Bestand}</td>
                <td class="utrecht-table__cell">{(ScenarioBerekening.Basis(r.Naam, r.Bestand) is { } basis ? H($"<a class=\"utrecht-link\" href=\"/scenarios/{basis}\">{basis}</a>") : H($"zelf een basis"))}</td>
                <td class="utrecht-table__cell">{Nederlands.Datum(r.Bestand.Scenario.Startdatum)}</td>
                <td class="utrecht-table__cell">{Nederlands.Datum(r.Bestand.Scenario.BehoeftePeildatum)}</td>
                {GetalCel(Getal(r.Bestand.Scenario.Hefbomen.Count))}
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            """);
        return Document("Scenario's", inhoud).Waarde;
    }

    private static Markup Detail(ScenarioInvoer invoer, ScenarioDetailModel m)
    {
        var peildatum = Nederlands.Datum(m.Peildatum);
        var erft = m.ErftVan.Count == 0 ? "" : $", erft van {string.Join(" en daarvan ", m.ErftVan)}";
        return H($"""
            <p class="utrecht-paragraph"><a class="utrecht-link" href="/scenarios">Alle scenario's</a></p>
            <h1 class="utrecht-heading-1">{m.Titel}</h1>
            {NietWettelijk(m.Wettelijk, m.Afwijkingen)}
            <p class="utrecht-paragraph">{m.Omschrijving}</p>
            <p class="utrecht-paragraph">Bestand <code>scenarios/{m.Bestand}</code>{erft}. Het model rekent per maand vanaf {Nederlands.Datum(m.Startdatum)},
            {Getal(m.Maanden)} maanden; de behoefte op {peildatum} wordt verdeeld volgens de regels van cyclus {m.Cyclus}.
            {Getal(m.Runs)} Monte Carlo-runs met zaad {m.Zaad.ToString(CultureInfo.InvariantCulture)}.</p>
            <dl class="spreiding-kerncijfers">
            <div><dt>Behoefte op {peildatum} (mediaan)</dt><dd>{Getal(m.Behoefte.P50)}</dd></div>
            <div><dt>P10 tot P90</dt><dd>{Getal(m.Behoefte.P10)} – {Getal(m.Behoefte.P90)}</dd></div>
            <div><dt>Centraal (elk getal op zijn waarde)</dt><dd>{Getal(m.Centraal)}</dd></div>
            {(m.Vergelijking is { } vg ? H($"<div><dt>Verschil met de basis (mediaan per run)</dt><dd>{Teken(vg.Verschil.P50)}</dd></div>") : Markup.Leeg)}
            </dl>
            {(m.Doel is { } doel ? H($"<p class=\"utrecht-paragraph\">Doel: {Getal(doel.Behoefte)} ± {Getal(doel.Marge)} ({doel.Bron}). Centraal {Getal(m.Centraal)}: {(doel.Gereproduceerd ? "gereproduceerd binnen de marge" : "NIET binnen de marge")}.</p>") : Markup.Leeg)}
            <h2 class="utrecht-heading-2">Hefbomen en rekeninstellingen</h2>
            {Formulier(invoer, m)}
            <h2 class="utrecht-heading-2">Behoefte in de tijd</h2>
            {Behoefte(m)}
            <h2 class="utrecht-heading-2">Per provincie{(m.Vergelijking is null ? "" : ", tegen de basis")}</h2>
            {Provincies(m)}
            <h2 class="utrecht-heading-2">Gevoeligheid</h2>
            {Tornado(m)}
            <h2 class="utrecht-heading-2">Parameters</h2>
            {Parameters(m)}
            """);
    }

    private static Markup Formulier(ScenarioInvoer invoer, ScenarioDetailModel m) => H($"""
        <form class="spreiding-formulier" method="get" action="/scenarios/{m.Naam}">
        {(m.Hefbomen.Count == 0
            ? H($"<p class=\"utrecht-paragraph\">Dit scenario heeft geen hefbomen; u kunt het aantal runs en het zaad kiezen.</p>")
            : H($"""
                <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Hefbomen</legend>
                <p class="utrecht-paragraph">Een gekozen waarde wordt de middelste (meest waarschijnlijke) waarde van de hefboom; het bereik voor de runs blijft dat uit het bestand.</p>
                {m.Hefbomen.Select(Hefboomveld)}
                </fieldset>
                """))}
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Rekeninstellingen</legend>
        {Veld("runs", "Aantal runs", $"Van {Getal(ScenarioInvoer.MinimumRuns)} tot en met {Getal(ScenarioInvoer.MaximumRuns)}; standaard {Getal(ScenarioInvoer.StandaardRuns)}.",
            invoer.Runs.ToString(CultureInfo.InvariantCulture), ScenarioInvoer.MinimumRuns.ToString(CultureInfo.InvariantCulture), ScenarioInvoer.MaximumRuns.ToString(CultureInfo.InvariantCulture), "1")}
        {Veld("zaad", "Zaad", $"Hetzelfde zaad geeft dezelfde uitkomst; standaard {ScenarioInvoer.StandaardZaad.ToString(CultureInfo.InvariantCulture)}, zoals de opdrachtregel.",
            invoer.Zaad.ToString(CultureInfo.InvariantCulture), "0", ScenarioInvoer.MaximumZaad.ToString(CultureInfo.InvariantCulture), "1")}
        </fieldset>
        <div class="spreiding-knoppen">
        <button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Doorrekenen</button>
        <a class="utrecht-link" href="/scenarios/{m.Naam}">Terug naar de waarden uit het bestand</a>
        <a class="utrecht-link" href="/api/v1/scenarios/{m.Naam}?{invoer.Query()}">Deze cijfers als JSON</a>
        </div>
        </form>
        """);

    private static Markup Hefboomveld(ScenarioHefboomModel h)
    {
        var uitleg = $"Type {h.Type}{(h.Parameter is null ? "" : $" op {h.Parameter}")}, vanaf {Nederlands.Datum(h.Start)}; {h.Eenheid}. " +
                     (h.Aanpasbaar ? $"Bereik {Getal(h.Min!.Value)} tot en met {Getal(h.Max!.Value)}; in het bestand {Getal(h.Bestandswaarde)}." : $"Vast: {Getal(h.Waarde)} (geen bereik in het bestand).");
        var bron = H($"""<span class="spreiding-bron">Bron: {h.Bron}{(h.Toelichting is { } t ? $" Toelichting: {t}" : "")}</span>""");
        if (!h.Aanpasbaar)
            return H($"""
                <div class="utrecht-form-field">
                <p class="utrecht-form-field__label"><strong>{h.Naam}</strong></p>
                <div class="utrecht-form-field-description">{uitleg} {bron}</div>
                </div>
                """);
        return Veld(h.Queryparameter, h.Naam, uitleg, R(h.Waarde), R(h.Min!.Value), R(h.Max!.Value), h.Type == Core.Prognose.HefboomTypen.ExtraUitstroomStatushouders ? "1" : "any", bron);
    }

    private static Markup Veld(string id, string label, string uitleg, string waarde, string min, string max, string stap, Markup? bron = null) => H($"""
        <div class="utrecht-form-field">
        <p class="utrecht-form-field__label"><label class="utrecht-form-label" for="{id}">{label}</label></p>
        <div class="utrecht-form-field-description" id="{id}-uitleg">{uitleg} {bron ?? Markup.Leeg}</div>
        <p class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric" type="number" id="{id}" name="{id}"
        value="{waarde}" min="{min}" max="{max}" step="{stap}" required aria-describedby="{id}-uitleg"></p>
        </div>
        """);

    private static Markup Behoefte(ScenarioDetailModel m)
    {
        var punten = m.PerMaand.Select(p => new Bandpunt(p.Maand, p.P10, p.P50, p.P90, p.Centraal)).ToList();
        var svg = SvgGrafiek.Band($"Landelijke behoefte aan opvangplaatsen: {m.Titel}", "plaatsen", punten,
            m.Doel?.Behoefte, m.Doel is { } doel ? $"{Nederlands.Geheel(doel.Behoefte)} ({doel.Bron.Split(',')[0]})" : null);
        return H($"""
            {Grafiek(svg, "behoefte", H($"De lijn is de mediaan (P50), de band loopt van P10 tot P90 over {Getal(m.Runs)} runs, de gestreepte lijn is het centrale pad. Dezelfde cijfers staan in de <a class=\"utrecht-link\" href=\"#tabel-behoefte\">tabel onder de grafiek</a>."))}
            <div class="spreiding-tabel">
            <table class="utrecht-table" id="tabel-behoefte">
            <caption class="utrecht-table__caption">Landelijke behoefte aan opvangplaatsen per maand (P10, P50, P90 over {Getal(m.Runs)} runs en het centrale pad)</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Datum</th>
            {GetalKop("P10")}
            {GetalKop("P50")}
            {GetalKop("P90")}
            {GetalKop("Centraal")}
            </tr></thead>
            <tbody class="utrecht-table__body">
            {m.PerMaand.Select(p => H($"""
                <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{Nederlands.Datum(p.Maand)}{(p.Maand == m.Peildatum ? " (peildatum)" : "")}</th>
                {GetalCel(Getal(p.P10))}
                {GetalCel(Getal(p.P50))}
                {GetalCel(Getal(p.P90))}
                {GetalCel(Getal(p.Centraal))}</tr>
                """))}
            </tbody>
            </table>
            </div>
            """);
    }

    private static Markup Provincies(ScenarioDetailModel m)
    {
        var v = m.Vergelijking;
        var geteld = m.Provincies.Any(p => p.Geteld > 0);
        var toets = v is null
            ? H($"<p class=\"utrecht-paragraph\">{m.VergelijkingOntbreekt}</p>")
            : H($"""
                <div class="utrecht-alert {(v.Herziening.Gemarkeerd ? "utrecht-alert--warning" : "utrecht-alert--info")}" role="note" aria-labelledby="herziening-kop">
                <div class="utrecht-alert__content"><div class="utrecht-alert__message">
                <p class="utrecht-paragraph"><strong id="herziening-kop">Herzieningstoets (art. 2 lid 2 wet){(v.Herziening.Gemarkeerd ? ": gemarkeerd" : ": niet gemarkeerd")}.</strong> {v.Herziening.Zin}</p>
                <p class="utrecht-paragraph">Drempel {Nederlands.Procent(v.Herziening.Drempel, 1)} uit {v.Herziening.Regelbestand} (bron: {v.Herziening.DrempelBron}).
                Basis: <a class="utrecht-link" href="/scenarios/{v.Basis}?runs={m.Runs}&zaad={m.Zaad.ToString(CultureInfo.InvariantCulture)}">{v.BasisTitel}</a>, met dezelfde runs en hetzelfde zaad;
                behoefte P10 {Getal(v.BehoefteBasis.P10)}, P50 {Getal(v.BehoefteBasis.P50)}, P90 {Getal(v.BehoefteBasis.P90)}.</p>
                </div></div>
                </div>
                """);
        var kop = H($"""
            <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Provincie</th>
            {GetalKop("Plaatsen P10")}
            {GetalKop("P50")}
            {GetalKop("P90")}
            {(geteld ? Join([GetalKop("Geteld"), GetalKop("Te realiseren P50")]) : Markup.Leeg)}
            {(v is null ? Markup.Leeg : H($"""
                {GetalKop("Basis P50")}
                {GetalKop("Verschil P50")}
                {GetalKop("Verschil P10")}
                {GetalKop("Verschil P90")}
                """))}
            </tr>
            """);
        return H($"""
            {toets}
            <div class="spreiding-tabel">
            <table class="utrecht-table" id="tabel-provincies">
            <caption class="utrecht-table__caption">Indicatief aantal plaatsen per provincie op {Nederlands.Datum(m.Peildatum)} over {Getal(m.Runs)} runs{(v is null ? "" : $"; verschil = scenario min basis per run")}</caption>
            <thead class="utrecht-table__header">{kop}</thead>
            <tbody class="utrecht-table__body">
            {m.Provincies.Select(p => H($"""
                <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{p.Naam} ({p.Code})</th>
                {GetalCel(Getal(p.Plaatsen.P10))}
                {GetalCel(Getal(p.Plaatsen.P50))}
                {GetalCel(Getal(p.Plaatsen.P90))}
                {(geteld ? Join([GetalCel(Getal(p.Geteld)), GetalCel(Getal(p.TeRealiseren.P50))]) : Markup.Leeg)}
                {(p.VerschilPerRun is { } d ? H($"""
                    {GetalCel(Getal(p.BasisP50 ?? 0))}
                    {GetalCel(Teken(p.VerschilP50 ?? 0))}
                    {GetalCel(Teken(d.P10))}
                    {GetalCel(Teken(d.P90))}
                    """) : Markup.Leeg)}
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            """);
    }

    private static Markup Tornado(ScenarioDetailModel m)
    {
        if (m.Tornado.Count == 0)
            return H($"<p class=\"utrecht-paragraph\">Geen enkel getal in dit scenario heeft een bereik, dus er is geen gevoeligheid te tonen.</p>");
        var svg = SvgGrafiek.Tornado($"Gevoeligheid: {m.Titel}", "plaatsen op " + Nederlands.Datum(m.Peildatum), m.Centraal,
            m.Tornado.Take(12).Select(t => new TornadoBalk(t.Naam, t.BijMinimum, t.BijMaximum)).ToList());
        return H($"""
            {Grafiek(svg, "tornado", H($"Per getal de behoefte op {Nederlands.Datum(m.Peildatum)} bij zijn minimum en maximum, alle andere centraal; de {Getal(Math.Min(12, m.Tornado.Count))} grootste. Alle staan in de <a class=\"utrecht-link\" href=\"#tabel-tornado\">tabel onder de grafiek</a>."))}
            <div class="spreiding-tabel">
            <table class="utrecht-table" id="tabel-tornado">
            <caption class="utrecht-table__caption">Behoefte op {Nederlands.Datum(m.Peildatum)} met één getal op zijn minimum of maximum (centraal {Getal(m.Centraal)})</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Parameter of hefboom</th>
            {GetalKop("Minimum")}
            {GetalKop("Maximum")}
            {GetalKop("Behoefte bij minimum")}
            {GetalKop("Behoefte bij maximum")}
            {GetalKop("Zwaai")}
            </tr></thead>
            <tbody class="utrecht-table__body">
            {m.Tornado.Select(t => H($"""
                <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{t.Naam} ({t.Soort})</th>
                {GetalCel(Getal(t.Min))}
                {GetalCel(Getal(t.Max))}
                {GetalCel(Getal(t.BijMinimum))}
                {GetalCel(Getal(t.BijMaximum))}
                {GetalCel(Getal(Math.Abs(t.BijMaximum - t.BijMinimum)))}</tr>
                """))}
            </tbody>
            </table>
            </div>
            """);
    }

    private static Markup Parameters(ScenarioDetailModel m) => H($"""
        <div class="spreiding-tabel">
        <table class="utrecht-table" id="tabel-parameters">
        <caption class="utrecht-table__caption">De modelparameters van {m.Titel}, zoals in het bestand (met erft_van), met hun bron</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="col">Parameter</th>
        {GetalKop("Waarde")}
        {GetalKop("Minimum")}
        {GetalKop("Maximum")}
        <th class="utrecht-table__header-cell" scope="col">Bron</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
        {m.Parameters.Select(p => H($"""
            <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row"><code>{p.Naam}</code></th>
            {GetalCel(Getal(p.Waarde))}
            {GetalCel(p.Min is { } min ? Getal(min) : "–")}
            {GetalCel(p.Max is { } max ? Getal(max) : "–")}
            <td class="utrecht-table__cell">{p.Bron}{(p.Toelichting is { } t ? H($"<br><span class=\"spreiding-bron\">{t}</span>") : Markup.Leeg)}</td></tr>
            """))}
        </tbody>
        </table>
        </div>
        """);

    private static Markup GetalKop(string kop) =>
        H($"""<th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">{kop}</th>""");

    private static Markup GetalCel(string waarde) => H($"""<td class="utrecht-table__cell utrecht-table__cell--numeric-data">{waarde}</td>""");

    /// <summary>A difference with its sign.</summary>
    private static string Teken(int verschil) => verschil > 0 ? "+" + Getal(verschil) : Getal(verschil);

    /// <summary>An attribute value a number input reads: invariant, round-trip.</summary>
    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
