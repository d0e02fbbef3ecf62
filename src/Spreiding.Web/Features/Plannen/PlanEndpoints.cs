using System.Globalization;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Core.Toegang;
using Spreiding.Web.Infrastructure;
using Spreiding.Web.Infrastructure.Accounts;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Plannen;

/// <summary>
/// The screens of the plan-to-verdeelbesluit flow: <c>/plannen</c> (the ministry's overview of all provinces) and
/// <c>/plannen/PV26</c> (one province: positions, commitments, the ledger of swaps, submission, and after submission the
/// proposal for a verdeelbesluit that the ministry can adjust and adopt). Forms post with an antiforgery token and the
/// plan's version; after a change the browser is sent back to the page (post/redirect/get).
/// </summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlannen(this IEndpointRouteBuilder app)
    {
        app.MapGet("/plannen", (string? cyclus, HttpContext http, PlanDienst plannen) => Verzoek.Pagina(() =>
            {
                var c = Verzoek.Cyclus(cyclus);
                if (http.Huidig() is not { } account) return Results.Redirect($"/inloggen?terug=/plannen?cyclus={c}");
                if (account.Rol is Rol.Provincie or Rol.Gemeente && account.Provincie is { } eigen) return Results.Redirect($"/plannen/{eigen}?cyclus={c}");
                if (account.Rol is not (Rol.Ministerie or Rol.Coa))
                    throw new WebFout(StatusCodes.Status403Forbidden, "Geen toegang", $"U bent ingelogd als {account.Omschrijving}; het overzicht van de plannen is voor het ministerie en het COA.");
                return Overzicht(c, plannen.Alle(c));
            }))
            .ExcludeFromDescription();

        app.MapGet("/plannen/{provincie}", (string provincie, string? cyclus, string? gelukt, HttpContext http, PlanDienst plannen, RamingDienst ramingen) =>
                Verzoek.Pagina(() =>
                {
                    var (c, p) = (Verzoek.Cyclus(cyclus), PlanDienst.Provincie(provincie));
                    var w = plannen.Lees(c, p);
                    var account = http.Huidig();
                    if (!PlanDienst.MagLezen(account, w))
                        return account is null
                            ? Results.Redirect($"/inloggen?terug=/plannen/{p}?cyclus={c}")
                            : throw new WebFout(StatusCodes.Status403Forbidden, "Geen toegang", Bevoegdheden.Toets(account, Handeling.PlanLezen, p, null, w.Plan.ProvincieNaam) ?? "");
                    return Toon(http, account, w, ramingen, plannen, null, Bevestiging(gelukt), StatusCodes.Status200OK);
                }))
            .ExcludeFromDescription();

        Actie(app, "toezegging", (f, _) => new Planhandeling.Toezegging(Gemeente(f, "gemeente"), Formulier.Tekst(f, "locatie")?.Trim() ?? "", Aantal(f, "plaatsen")));
        Actie(app, "uitruil", (f, _) => new Planhandeling.Uitruil(Gemeente(f, "van"), Gemeente(f, "naar"), Aantal(f, "plaatsen"), Formulier.Tekst(f, "reden") ?? ""));
        Actie(app, "indiening", (f, d) => new Planhandeling.Indiening(d.Vandaag(), Formulier.Tekst(f, "toelichting")));
        Actie(app, "aanpassing", (f, _) => new Planhandeling.Aanpassing(Gemeente(f, "gemeente"), Aantal(f, "plaatsen"), Formulier.Tekst(f, "reden") ?? ""));
        Actie(app, "vaststelling", (f, d) => new Planhandeling.Vaststelling(d.Vandaag(), Formulier.Tekst(f, "toelichting")));
        return app;
    }

    private static void Actie(IEndpointRouteBuilder app, string naam, Func<IFormCollection, PlanDienst, Planhandeling> maak) =>
        app.MapPost($"/plannen/{{provincie}}/{naam}", async (string provincie, string? cyclus, HttpContext http, PlanDienst plannen, RamingDienst ramingen) =>
            {
                int c;
                ProvincieCode p;
                try
                {
                    (c, p) = (Verzoek.Cyclus(cyclus), PlanDienst.Provincie(provincie));
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
                if (http.Huidig() is not { } account) return Results.Redirect($"/inloggen?terug=/plannen/{p}?cyclus={c}");
                if (http.MoetWachtwoordWijzigen()) return Results.Redirect("/account/wachtwoord");
                try
                {
                    var form = await Formulier.Lees(http);
                    var versie = int.TryParse(Formulier.Tekst(form, "versie"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
                        : throw new WebFout(StatusCodes.Status400BadRequest, "Formulier onvolledig", "Het formulier mist de versie van het plan; laad de pagina opnieuw.");
                    plannen.Voer(c, p, account, maak(form, plannen), versie);
                    return Results.Redirect($"/plannen/{p}?cyclus={c}&gelukt={naam}#melding", preserveMethod: false);
                }
                catch (WebFout f) when (f.Status is StatusCodes.Status403Forbidden or StatusCodes.Status412PreconditionFailed or StatusCodes.Status422UnprocessableEntity or StatusCodes.Status400BadRequest)
                {
                    // Show the plan as it is now, with the reason; nothing was written.
                    try
                    {
                        var w = plannen.Lees(c, p);
                        if (!PlanDienst.MagLezen(account, w)) return Fout(f);
                        return Toon(http, account, w, ramingen, plannen, f.Detail, null, f.Status == StatusCodes.Status412PreconditionFailed ? StatusCodes.Status409Conflict : f.Status);
                    }
                    catch (WebFout f2)
                    {
                        return Fout(f2);
                    }
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
            })
            .ExcludeFromDescription();

    private static string? Bevestiging(string? gelukt) => gelukt switch
    {
        "toezegging" => "De toezegging is vastgelegd.",
        "uitruil" => "De uitruil is vastgelegd in het grootboek.",
        "indiening" => "Het plan is ingediend. Het ministerie ziet nu het tekort en het voorstel voor een verdeelbesluit.",
        "aanpassing" => "De aanwijzing is aangepast in het voorstel.",
        "vaststelling" => "Het verdeelbesluit is vastgesteld. Het verandert niet meer.",
        _ => null,
    };

    private static GemeenteCode Gemeente(IFormCollection f, string veld) =>
        GemeenteCode.TryParse(Formulier.Tekst(f, veld), out var g) ? g
        : throw new WebFout(StatusCodes.Status400BadRequest, "Formulier onvolledig", $"Kies een gemeente bij '{veld}'.");

    private static int Aantal(IFormCollection f, string veld) =>
        int.TryParse(Formulier.Tekst(f, veld)?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
        : throw new WebFout(StatusCodes.Status400BadRequest, "Formulier onvolledig", $"Vul bij '{veld}' een geheel aantal plaatsen in (zonder punt of komma).");

    private static IResult Overzicht(int cyclus, IReadOnlyList<PlanWeergave> alle) => Html($"Plannen en verdeelbesluiten, cyclus {cyclus}", H($"""
        <h1 class="utrecht-heading-1">Provinciale plannen en verdeelbesluiten, cyclus {cyclus}</h1>
        <p class="utrecht-paragraph">Per provincie de provinciale opgave, wat gemeenten hebben toegezegd en het tekort. Na de indiening van een plan staat bij de provincie een voorstel voor een verdeelbesluit klaar.</p>
        <div class="spreiding-tabel" role="region" aria-labelledby="plannen-bijschrift" tabindex="0">
        <table class="utrecht-table" id="plannen">
        <caption class="utrecht-table__caption" id="plannen-bijschrift">Status en tekort per provincie</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="col">Provincie</th>
        <th class="utrecht-table__header-cell" scope="col">Status</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Provinciale opgave</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Toegezegd</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Tekort</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
        {alle.Select(w => H($"""
            <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/plannen/{w.Plan.Provincie.ToString()}?cyclus={cyclus}">{w.Plan.ProvincieNaam}</a></th>
            <td class="utrecht-table__cell">{PlanWeergaven.StatusTekst(w)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(w.Plan.ProvincialeTaak)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(w.Plan.Toegezegd)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(w.Plan.Tekort)}</td>
            </tr>
            """))}
        </tbody>
        </table>
        </div>
        """));

    private static IResult Toon(HttpContext http, Account? account, PlanWeergave w, RamingDienst ramingen, PlanDienst plannen, string? fout, string? gelukt, int status)
    {
        var plan = w.Plan;
        var c = plan.Cyclus;
        var mag = (Handeling h, GemeenteCode? g) => account is not null && Bevoegdheden.Toets(account, h, plan.Provincie, g) is null;
        var concept = plan.Status == PlanStatus.Concept;
        var termijn = ramingen.Regels(c).Termijnen.FirstOrDefault(t => t.Naam == ProvinciaalPlan.TermijnNaam);
        var vandaag = plannen.Vandaag();
        var register = ramingen.Register().Where(l => plan.BevatGemeente(l.Gemeente)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        var eigenGemeenten = plan.Posities.Where(p => mag(Handeling.ToezeggingVastleggen, p.Code)).ToList();
        var actie = (string naam) => $"/plannen/{plan.Provincie}/{naam}?cyclus={c}";
        var versie = H($"""<input type="hidden" name="versie" value="{w.Versie}">""");

        var toezeggingForm = concept && eigenGemeenten.Count > 0 ? H($"""
            <section aria-labelledby="kop-toezegging">
            <h2 class="utrecht-heading-2" id="kop-toezegging">Toezegging vastleggen</h2>
            <p class="utrecht-paragraph">Een toezegging op een locatie die de gemeente al had, vervangt het eerdere aantal; 0 trekt haar in. Een locatie uit het register moet in die gemeente liggen.</p>
            <form method="post" action="{actie("toezegging")}" class="spreiding-formulier">
            {Formulier.Token(http)}{versie}
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="tz-gemeente">Gemeente</label>
            <select class="utrecht-select" id="tz-gemeente" name="gemeente">{Opties(eigenGemeenten)}</select></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="tz-locatie">Locatie (id uit het register, of een nieuwe id)</label>
            <input class="utrecht-textbox" id="tz-locatie" name="locatie" list="tz-locaties" required autocomplete="off">
            <datalist id="tz-locaties">{register.Select(l => H($"""<option value="{l.Id}">{l.Naam} ({l.Gemeente.ToString()}, {Getal(l.Plaatsen)} plaatsen)</option>"""))}</datalist></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="tz-plaatsen">Plaatsen</label>
            <input class="utrecht-textbox" id="tz-plaatsen" name="plaatsen" inputmode="numeric" pattern="[0-9]+" required></div>
            <button class="utrecht-button utrecht-button--primary-action" type="submit">Toezegging vastleggen</button>
            </form>
            </section>
            """) : Markup.Leeg;

        var uitruilForm = concept && mag(Handeling.UitruilVastleggen, null) ? H($"""
            <section aria-labelledby="kop-uitruil">
            <h2 class="utrecht-heading-2" id="kop-uitruil">Uitruil vastleggen</h2>
            <p class="utrecht-paragraph">Een uitruil verschuift taak van de ene gemeente naar de andere binnen {plan.ProvincieNaam}; de provinciale opgave blijft gelijk. Een regel in het grootboek wordt nooit gewijzigd; herstel een vergissing met een uitruil terug.</p>
            <form method="post" action="{actie("uitruil")}" class="spreiding-formulier">
            {Formulier.Token(http)}{versie}
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="ur-van">Van (staat plaatsen af)</label>
            <select class="utrecht-select" id="ur-van" name="van">{Opties(plan.Posities)}</select></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="ur-naar">Naar (neemt plaatsen over)</label>
            <select class="utrecht-select" id="ur-naar" name="naar">{Opties(plan.Posities)}</select></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="ur-plaatsen">Plaatsen</label>
            <input class="utrecht-textbox" id="ur-plaatsen" name="plaatsen" inputmode="numeric" pattern="[0-9]+" required></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="ur-reden">Reden</label>
            <input class="utrecht-textbox" id="ur-reden" name="reden" required></div>
            <button class="utrecht-button utrecht-button--primary-action" type="submit">Uitruil vastleggen</button>
            </form>
            </section>
            """) : Markup.Leeg;

        var teLaat = termijn is not null && vandaag >= termijn.Datum.Waarde;
        var indienForm = concept && mag(Handeling.PlanIndienen, null) ? H($"""
            <section aria-labelledby="kop-indienen">
            <h2 class="utrecht-heading-2" id="kop-indienen">Plan indienen</h2>
            <p class="utrecht-paragraph">{(termijn is null ? "De regels van deze cyclus noemen geen termijn voor het provinciaal plan." : $"Het plan wordt ingediend vóór {Core.Nederlands.Datum(termijn.Datum.Waarde)} ({termijn.Datum.Bron}).")}
            Na de indiening verandert het plan niet meer. Het tekort van {Getal(plan.Tekort)} plaatsen regelt het ministerie dan in een verdeelbesluit.</p>
            <form method="post" action="{actie("indiening")}" class="spreiding-formulier">
            {Formulier.Token(http)}{versie}
            {(teLaat ? H($"""
                <div class="utrecht-form-field"><label class="utrecht-form-label" for="in-toelichting">De termijn is verstreken. Licht toe waarom het plan te laat wordt ingediend</label>
                <textarea class="utrecht-textarea" id="in-toelichting" name="toelichting" rows="3" required></textarea></div>
                """) : Markup.Leeg)}
            <button class="utrecht-button utrecht-button--primary-action" type="submit">Plan indienen</button>
            </form>
            </section>
            """) : Markup.Leeg;

        return Html($"Provinciaal plan {plan.ProvincieNaam}, cyclus {c}", H($"""
            <p class="utrecht-paragraph"><a class="utrecht-link" href="/provincies/{plan.Provincie.ToString()}?cyclus={c}">{plan.ProvincieNaam}</a></p>
            <h1 class="utrecht-heading-1">Provinciaal plan {plan.ProvincieNaam}, cyclus {c}</h1>
            <div id="melding">{FoutMelding(fout)}{GeluktMelding(gelukt)}</div>
            <p class="utrecht-paragraph">Status: <strong id="planstatus">{PlanWeergaven.StatusTekst(w)}</strong>{(plan.Indiening is { } i ? H($" — ingediend op {Core.Nederlands.Datum(i.Datum)}{(i.TeLaat ? $", te laat: {i.TeLaatToelichting}" : "")}") : Markup.Leeg)}.
            Versie {w.Versie}. Indicatieve aantallen: {w.Dossier.Raming}.</p>
            <dl class="spreiding-kerncijfers">
            <div><dt>Provinciale opgave</dt><dd>{Getal(plan.ProvincialeTaak)}</dd></div>
            <div><dt>Toegezegd</dt><dd id="toegezegd">{Getal(plan.Toegezegd)}</dd></div>
            <div><dt>Tekort van de provincie</dt><dd id="tekort">{Getal(plan.Tekort)}</dd></div>
            <div><dt>Som van de tekorten van gemeenten</dt><dd>{Getal(plan.SomTekortGemeenten)}</dd></div>
            </dl>
            {Posities(plan)}
            {toezeggingForm}
            {uitruilForm}
            {Grootboek(plan)}
            {Toezeggingen(plan)}
            {indienForm}
            {Besluit(http, account, w, actie, versie)}
            {Dossier(w)}
            """), status);
    }

    private static Markup Opties(IEnumerable<GemeentePositie> gemeenten) =>
        Join(gemeenten.Select(p => H($"""<option value="{p.Code.ToString()}">{p.Naam} ({p.Code.ToString()})</option>""")));

    private static Markup Posities(ProvinciaalPlan plan) => H($"""
        <h2 class="utrecht-heading-2">Gemeenten</h2>
        <div class="spreiding-tabel" role="region" aria-labelledby="posities-bijschrift" tabindex="0">
        <table class="utrecht-table" id="posities">
        <caption class="utrecht-table__caption" id="posities-bijschrift">Taak na uitruil = indicatief + ontvangen − afgestaan; tekort = taak − toegezegd (niet onder 0)</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell" scope="col">Gemeente</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Indicatief</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Ontvangen</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Afgestaan</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Taak na uitruil</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Toegezegd</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Tekort</th>
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Boven taak</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
        {plan.Posities.Select(p => H($"""
            <tr class="utrecht-table__row" id="positie-{p.Code.ToString()}">
            <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/gemeenten/{p.Code.ToString()}?cyclus={plan.Cyclus}">{p.Naam}</a></th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Indicatief)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Ontvangen)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Afgestaan)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Taak)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Toegezegd)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Tekort)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(p.Overschot)}</td>
            </tr>
            """))}
        </tbody>
        </table>
        </div>
        """);

    private static Markup Grootboek(ProvinciaalPlan plan) => H($"""
        <h2 class="utrecht-heading-2">Grootboek van uitruil</h2>
        {(plan.Uitruilen.Length == 0 ? H($"""<p class="utrecht-paragraph">Er is nog geen uitruil vastgelegd.</p>""") : H($"""
            <div class="spreiding-tabel" role="region" aria-labelledby="grootboek-bijschrift" tabindex="0">
            <table class="utrecht-table" id="grootboek">
            <caption class="utrecht-table__caption" id="grootboek-bijschrift">Elke uitruil in de volgorde van vastleggen</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Nr.</th>
            <th class="utrecht-table__header-cell" scope="col">Van</th>
            <th class="utrecht-table__header-cell" scope="col">Naar</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Plaatsen</th>
            <th class="utrecht-table__header-cell" scope="col">Reden</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
            {plan.Uitruilen.Select(u => H($"""
                <tr class="utrecht-table__row">
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{u.Volgnummer}</td>
                <td class="utrecht-table__cell">{plan.Positie(u.Van).Naam}</td>
                <td class="utrecht-table__cell">{plan.Positie(u.Naar).Naam}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(u.Plaatsen)}</td>
                <td class="utrecht-table__cell">{u.Reden}</td>
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            """))}
        """);

    private static Markup Toezeggingen(ProvinciaalPlan plan)
    {
        var rijen = plan.Gemeenten.SelectMany(g => g.Toezeggingen.Select(t => (g, t))).ToList();
        return H($"""
            <h2 class="utrecht-heading-2">Toezeggingen per locatie</h2>
            {(rijen.Count == 0 ? H($"""<p class="utrecht-paragraph">Er zijn nog geen plaatsen toegezegd.</p>""") : H($"""
                <div class="spreiding-tabel" role="region" aria-labelledby="toezeggingen-bijschrift" tabindex="0">
                <table class="utrecht-table" id="toezeggingen">
                <caption class="utrecht-table__caption" id="toezeggingen-bijschrift">Toegezegde plaatsen per gemeente en locatie</caption>
                <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">Gemeente</th>
                <th class="utrecht-table__header-cell" scope="col">Locatie</th>
                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Plaatsen</th>
                </tr></thead>
                <tbody class="utrecht-table__body">
                {rijen.Select(r => H($"""
                    <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{r.g.Naam}</td>
                    <td class="utrecht-table__cell">{r.t.LocatieId}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(r.t.Plaatsen)}</td>
                    </tr>
                    """))}
                </tbody>
                </table>
                </div>
                """))}
            """);
    }

    private static Markup Besluit(HttpContext http, Account? account, PlanWeergave w, Func<string, string> actie, Markup versie)
    {
        var d = w.Dossier;
        if (d.Besluit is { } b)
            return H($"""
                <section aria-labelledby="kop-besluit">
                <h2 class="utrecht-heading-2" id="kop-besluit">Verdeelbesluit (vastgesteld)</h2>
                <p class="utrecht-paragraph" id="besluit-samenvatting">{b.Samenvatting}</p>
                {Aanwijzingen(b.Aanwijzingen)}
                </section>
                """);
        if (d.Voorstel is not { } v)
            return Markup.Leeg;
        var minister = account is not null && Bevoegdheden.Toets(account, Handeling.VerdeelbesluitNemen, w.Plan.Provincie) is null;
        var plan = w.Plan;
        return H($"""
            <section aria-labelledby="kop-voorstel">
            <h2 class="utrecht-heading-2" id="kop-voorstel">Voorstel voor een verdeelbesluit</h2>
            <p class="utrecht-paragraph">Het tekort van {plan.ProvincieNaam}, <strong id="voorstel-tekort">{Getal(v.Tekort)}</strong> plaatsen, is verdeeld over de gemeenten die onder hun taak blijven,
            naar rato van hun tekort ({v.Methode.Description()}). De aanwijzingen tellen op tot {Getal(v.Som)}{(v.Verschil != 0 ? $" (verschil {Getal(v.Verschil)})" : "")}.</p>
            {Aanwijzingen(v.Aanwijzingen)}
            {(minister ? H($"""
                <h3 class="utrecht-heading-3">Aanwijzing aanpassen</h3>
                <form method="post" action="{actie("aanpassing")}" class="spreiding-formulier">
                {Formulier.Token(http)}{versie}
                <div class="utrecht-form-field"><label class="utrecht-form-label" for="ap-gemeente">Gemeente</label>
                <select class="utrecht-select" id="ap-gemeente" name="gemeente">{Opties(plan.Posities)}</select></div>
                <div class="utrecht-form-field"><label class="utrecht-form-label" for="ap-plaatsen">Plaatsen in het besluit</label>
                <input class="utrecht-textbox" id="ap-plaatsen" name="plaatsen" inputmode="numeric" pattern="[0-9]+" required></div>
                <div class="utrecht-form-field"><label class="utrecht-form-label" for="ap-reden">Reden (komt in de grondslag)</label>
                <input class="utrecht-textbox" id="ap-reden" name="reden" required></div>
                <button class="utrecht-button utrecht-button--secondary-action" type="submit">Aanwijzing aanpassen</button>
                </form>
                <h3 class="utrecht-heading-3">Verdeelbesluit vaststellen</h3>
                <form method="post" action="{actie("vaststelling")}" class="spreiding-formulier">
                {Formulier.Token(http)}{versie}
                {(v.Verschil != 0 ? H($"""
                    <div class="utrecht-form-field"><label class="utrecht-form-label" for="vs-toelichting">De aanwijzingen wijken {Getal(v.Verschil)} af van het tekort. Licht het verschil toe</label>
                    <textarea class="utrecht-textarea" id="vs-toelichting" name="toelichting" rows="3" required></textarea></div>
                    """) : Markup.Leeg)}
                <p class="utrecht-paragraph">Een vastgesteld verdeelbesluit verandert niet meer.</p>
                <button class="utrecht-button utrecht-button--primary-action" type="submit">Verdeelbesluit vaststellen</button>
                </form>
                """) : H($"""<p class="utrecht-paragraph">Het ministerie beoordeelt dit voorstel en stelt het verdeelbesluit vast.</p>"""))}
            </section>
            """);
    }

    private static Markup Aanwijzingen(IEnumerable<Aanwijzing> aanwijzingen)
    {
        var lijst = aanwijzingen.ToList();
        if (lijst.Count == 0) return H($"""<p class="utrecht-paragraph">Er zijn geen gemeenten aangewezen: de provincie heeft geen tekort.</p>""");
        return H($"""
            <div class="spreiding-tabel" role="region" aria-labelledby="aanwijzingen-bijschrift" tabindex="0">
            <table class="utrecht-table" id="aanwijzingen">
            <caption class="utrecht-table__caption" id="aanwijzingen-bijschrift">Aangewezen gemeenten met hun grondslag</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Gemeente</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Tekort</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Voorgesteld</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">In het besluit</th>
            <th class="utrecht-table__header-cell" scope="col">Grondslag</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
            {lijst.Select(a => H($"""
                <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">{a.Naam}</th>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(a.Tekort)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(a.Voorgesteld)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(a.Plaatsen)}</td>
                <td class="utrecht-table__cell">{a.Grondslag}</td>
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            """);
    }

    private static Markup Dossier(PlanWeergave w) => !w.Opgeslagen ? Markup.Leeg : H($"""
        <h2 class="utrecht-heading-2">Handelingen</h2>
        <div class="spreiding-tabel" role="region" aria-labelledby="handelingen-bijschrift" tabindex="0">
        <table class="utrecht-table" id="handelingen">
        <caption class="utrecht-table__caption" id="handelingen-bijschrift">Wie wat vastlegde, en wanneer (UTC)</caption>
        <thead class="utrecht-table__header"><tr class="utrecht-table__row">
        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Nr.</th>
        <th class="utrecht-table__header-cell" scope="col">Handeling</th>
        <th class="utrecht-table__header-cell" scope="col">Door</th>
        <th class="utrecht-table__header-cell" scope="col">Op</th>
        </tr></thead>
        <tbody class="utrecht-table__body">
        {w.Dossier.Regels.Select(r => H($"""
            <tr class="utrecht-table__row">
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{r.Volgnummer}</td>
            <td class="utrecht-table__cell">{r.Handeling.Soort}</td>
            <td class="utrecht-table__cell">{r.Door}</td>
            <td class="utrecht-table__cell">{r.Op.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td>
            </tr>
            """))}
        </tbody>
        </table>
        </div>
        """);
}
