using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Opslag;
using Spreiding.Web.Features.Api;
using Spreiding.Web.Infrastructure;
using Spreiding.Web.Infrastructure.Accounts;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Beheer;

/// <summary>
/// Account management for the administrator (<c>/beheer/gebruikers</c>: list, make an account with a one-time password
/// shown once) and the audit log (<c>/beheer/audit</c>, also for the ministry); the same in the API under
/// <c>/api/v1/gebruikers</c> and <c>/api/v1/audit</c>.
/// </summary>
public static class BeheerEndpoints
{
    public sealed record GebruikerModel(string Gebruikersnaam, string Rol, string? Provincie, string? Gemeente, bool EenmaligWachtwoord, DateTimeOffset AangemaaktOp, string AangemaaktDoor);

    public sealed record GebruikerVerzoek(string? Gebruikersnaam, string? Rol, string? Provincie, string? Gemeente);

    public sealed record NieuweGebruikerModel(GebruikerModel Gebruiker, string EenmaligWachtwoord);

    public sealed record AuditModel(long Id, DateTimeOffset Op, string Door, string Rol, string Actie, string Onderwerp, string Details);

    public sealed record AuditPagina(int Pagina, int Paginagrootte, int TotaalAantal, IReadOnlyList<AuditModel> Regels);

    public static IEndpointRouteBuilder MapBeheer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/beheer/gebruikers", (HttpContext http, RamingDienst dienst) => Verzoek.Pagina(() =>
                Toegestaan(http, Handeling.AccountsBeheren) is { } weiger ? weiger : Gebruikers(http, dienst, null, null, StatusCodes.Status200OK)))
            .ExcludeFromDescription();
        app.MapPost("/beheer/gebruikers", async (HttpContext http, RamingDienst dienst, TimeProvider klok) =>
            {
                if (Toegestaan(http, Handeling.AccountsBeheren) is { } weiger) return weiger;
                try
                {
                    var form = await Formulier.Lees(http);
                    var (gebruiker, wachtwoord) = Maak(dienst, http.Huidig()!, klok,
                        Formulier.Tekst(form, "gebruikersnaam"), Formulier.Tekst(form, "rol"), Formulier.Tekst(form, "provincie"), Formulier.Tekst(form, "gemeente"));
                    return Gebruikers(http, dienst, null,
                        $"Account '{gebruiker.Naam}' is aangemaakt. Het eenmalige wachtwoord is {wachtwoord} — geef het veilig door; het wordt niet nog eens getoond. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.",
                        StatusCodes.Status200OK);
                }
                catch (WebFout f) when (f.Status == StatusCodes.Status422UnprocessableEntity)
                {
                    return Gebruikers(http, dienst, f.Detail, null, f.Status);
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
            })
            .ExcludeFromDescription();
        app.MapGet("/beheer/audit", (string? pagina, HttpContext http, RamingDienst dienst) => Verzoek.Pagina(() =>
                Toegestaan(http, Handeling.AuditLezen) is { } weiger ? weiger : Audit(dienst, Paginering.Lees(pagina, null))))
            .ExcludeFromDescription();
        return app;
    }

    public static RouteGroupBuilder MapBeheerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gebruikers", (HttpContext http, RamingDienst dienst) => ApiAntwoord.Uitvoeren(http, () =>
            {
                Vereist(http, Handeling.AccountsBeheren);
                return Results.Json(new GebruikerStore(dienst.Database).Lijst().Select(Model).ToList(), ApiAntwoord.Opties);
            }))
            .WithTags("Beheer").WithName("GetGebruikers").WithSummary("Alle accounts (beheerder)")
            .Produces<List<GebruikerModel>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/gebruikers", (HttpContext http, RamingDienst dienst, TimeProvider klok) => ApiAntwoord.UitvoerenAsync(http, async () =>
            {
                var account = Vereist(http, Handeling.AccountsBeheren);
                var v = await ApiVerzoek.LeesJson<GebruikerVerzoek>(http, "Stuur gebruikersnaam, rol en zo nodig provincie of gemeente als JSON.");
                var (gebruiker, wachtwoord) = Maak(dienst, account, klok, v?.Gebruikersnaam, v?.Rol, v?.Provincie, v?.Gemeente);
                return Results.Json(new NieuweGebruikerModel(Model(gebruiker), wachtwoord), ApiAntwoord.Opties, statusCode: StatusCodes.Status201Created);
            }))
            .WithTags("Beheer").WithName("PostGebruiker").WithSummary("Een account aanmaken met een eenmalig wachtwoord (beheerder)")
            .JsonLichaam<GebruikerVerzoek>()
            .Produces<NieuweGebruikerModel>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/audit", (string? pagina, string? paginagrootte, HttpContext http, RamingDienst dienst) => ApiAntwoord.Uitvoeren(http, () =>
            {
                Vereist(http, Handeling.AuditLezen);
                var p = Paginering.Lees(pagina, paginagrootte);
                var store = new GebruikerStore(dienst.Database);
                var regels = store.AuditLog(p.Grootte, (p.Pagina - 1) * p.Grootte);
                return Results.Json(new AuditPagina(p.Pagina, p.Grootte, store.AuditAantal(),
                    [.. regels.Select(r => new AuditModel(r.Id, r.Op, r.Door, r.Rol, r.Actie, r.Onderwerp, r.Details))]), ApiAntwoord.Opties);
            }))
            .WithTags("Beheer").WithName("GetAudit").WithSummary("Het auditlogboek, nieuwste eerst (ministerie, beheerder)")
            .Produces<AuditPagina>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static Account Vereist(HttpContext http, Handeling handeling)
    {
        var account = http.Huidig() ?? throw new WebFout(StatusCodes.Status401Unauthorized, "Niet ingelogd", "Log in om deze bron te gebruiken (POST /api/v1/sessies).");
        if (Bevoegdheden.Toets(account, handeling) is { } nee) throw new WebFout(StatusCodes.Status403Forbidden, "Geen toegang", nee);
        if (handeling == Handeling.AccountsBeheren && http.MoetWachtwoordWijzigen())
            throw new WebFout(StatusCodes.Status403Forbidden, "Wachtwoord wijzigen", "Kies eerst een eigen wachtwoord (/account/wachtwoord).");
        return account;
    }

    private static IResult? Toegestaan(HttpContext http, Handeling handeling)
    {
        if (http.Huidig() is not { } account) return Results.Redirect($"/inloggen?terug={http.Request.Path}");
        return Bevoegdheden.Toets(account, handeling) is { } nee ? Fout(new WebFout(StatusCodes.Status403Forbidden, "Geen toegang", nee)) : null;
    }

    private static (Gebruiker, string) Maak(RamingDienst dienst, Account door, TimeProvider klok, string? naam, string? rol, string? provincie, string? gemeente)
    {
        static WebFout Ongeldig(string melding) => new(StatusCodes.Status422UnprocessableEntity, "Account niet aangemaakt", melding);
        if (!Account.TryParseRol(rol, out var r))
            throw Ongeldig($"Onbekende rol '{rol}'. Kies uit: {string.Join(", ", Enum.GetValues<Rol>().Select(Account.Code))}.");
        ProvincieCode? p = string.IsNullOrWhiteSpace(provincie) ? null
            : ProvincieCode.TryParse(provincie, out var pc) ? pc : throw Ongeldig($"'{provincie}' is geen provinciecode; gebruik bijvoorbeeld PV26.");
        GemeenteCode? g = string.IsNullOrWhiteSpace(gemeente) ? null
            : GemeenteCode.TryParse(gemeente, out var gc) ? gc : throw Ongeldig($"'{gemeente}' is geen gemeentecode; gebruik bijvoorbeeld GM0344.");
        // The form's province field is only for province accounts; the API names it only then.
        if (r != Rol.Provincie) p = null;
        try
        {
            return Accountbeheer.Maak(new GebruikerStore(dienst.Database), dienst.Bronnen.Indeling, naam ?? "", r, p, g,
                door.Naam, Account.Code(door.Rol), klok.GetUtcNow());
        }
        catch (InvalidInputException e)
        {
            throw Ongeldig(e.Message);
        }
    }

    private static GebruikerModel Model(Gebruiker g) =>
        new(g.Naam, Account.Code(g.Rol), g.Provincie?.ToString(), g.Gemeente?.ToString(), g.WachtwoordWijzigen, g.AangemaaktOp, g.AangemaaktDoor);

    private static IResult Gebruikers(HttpContext http, RamingDienst dienst, string? fout, string? gelukt, int status)
    {
        var lijst = new GebruikerStore(dienst.Database).Lijst();
        var provincies = dienst.Bronnen.Indeling.Provincies;
        return Html("Accounts", H($"""
            <h1 class="utrecht-heading-1">Accounts</h1>
            {FoutMelding(fout)}
            {GeluktMelding(gelukt)}
            <div class="spreiding-tabel" role="region" aria-labelledby="gebruikers-bijschrift" tabindex="0">
            <table class="utrecht-table" id="gebruikers">
            <caption class="utrecht-table__caption" id="gebruikers-bijschrift">Alle accounts</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Gebruikersnaam</th>
            <th class="utrecht-table__header-cell" scope="col">Rol</th>
            <th class="utrecht-table__header-cell" scope="col">Provincie of gemeente</th>
            <th class="utrecht-table__header-cell" scope="col">Wachtwoord</th>
            <th class="utrecht-table__header-cell" scope="col">Aangemaakt</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
            {lijst.Select(g => H($"""
                <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{g.Naam}</td>
                <td class="utrecht-table__cell">{Account.Code(g.Rol)}</td>
                <td class="utrecht-table__cell">{g.Provincie?.ToString() ?? g.Gemeente?.ToString() ?? "—"}</td>
                <td class="utrecht-table__cell">{(g.WachtwoordWijzigen ? "nog eenmalig" : "eigen wachtwoord")}</td>
                <td class="utrecht-table__cell">{g.AangemaaktOp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} door {g.AangemaaktDoor}</td>
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            <h2 class="utrecht-heading-2">Account aanmaken</h2>
            <p class="utrecht-paragraph">Een provincieaccount hoort bij één provincie, een gemeenteaccount bij één gemeente. Het account krijgt een eenmalig wachtwoord.</p>
            <form method="post" action="/beheer/gebruikers" class="spreiding-formulier">
            {Formulier.Token(http)}
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="gb-naam">Gebruikersnaam</label>
            <input class="utrecht-textbox" id="gb-naam" name="gebruikersnaam" required maxlength="64" autocomplete="off"></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="gb-rol">Rol</label>
            <select class="utrecht-select" id="gb-rol" name="rol">{Enum.GetValues<Rol>().Select(r => H($"""<option value="{Account.Code(r)}">{Account.Code(r)}</option>"""))}</select></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="gb-provincie">Provincie (alleen voor de rol provincie)</label>
            <select class="utrecht-select" id="gb-provincie" name="provincie"><option value="">—</option>{provincies.Select(p => H($"""<option value="{p.Code.ToString()}">{p.Naam}</option>"""))}</select></div>
            <div class="utrecht-form-field"><label class="utrecht-form-label" for="gb-gemeente">Gemeentecode (alleen voor de rol gemeente, bijvoorbeeld GM0344)</label>
            <input class="utrecht-textbox" id="gb-gemeente" name="gemeente" autocomplete="off"></div>
            <button class="utrecht-button utrecht-button--primary-action" type="submit">Account aanmaken</button>
            </form>
            """), status);
    }

    private static IResult Audit(RamingDienst dienst, Paginering paginering)
    {
        var store = new GebruikerStore(dienst.Database);
        var regels = store.AuditLog(paginering.Grootte, (paginering.Pagina - 1) * paginering.Grootte);
        var totaal = store.AuditAantal();
        var paginas = paginering.AantalPaginas(totaal);
        return Html("Auditlogboek", H($"""
            <h1 class="utrecht-heading-1">Auditlogboek</h1>
            <p class="utrecht-paragraph">Elke wijziging (wie, wanneer, wat), inloggen en mislukte pogingen, nieuwste eerst. Het logboek wordt alleen aangevuld. {totaal} regels; pagina {paginering.Pagina} van {Math.Max(1, paginas)}.</p>
            <div class="spreiding-tabel" role="region" aria-labelledby="audit-bijschrift" tabindex="0">
            <table class="utrecht-table" id="audit">
            <caption class="utrecht-table__caption" id="audit-bijschrift">Auditregels (tijden in UTC)</caption>
            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Op</th>
            <th class="utrecht-table__header-cell" scope="col">Door</th>
            <th class="utrecht-table__header-cell" scope="col">Actie</th>
            <th class="utrecht-table__header-cell" scope="col">Onderwerp</th>
            <th class="utrecht-table__header-cell" scope="col">Gegevens</th>
            </tr></thead>
            <tbody class="utrecht-table__body">
            {regels.Select(r => H($"""
                <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{r.Op.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</td>
                <td class="utrecht-table__cell">{r.Door}{(r.Rol.Length > 0 ? $" ({r.Rol})" : "")}</td>
                <td class="utrecht-table__cell">{r.Actie}</td>
                <td class="utrecht-table__cell">{r.Onderwerp}</td>
                <td class="utrecht-table__cell"><code>{r.Details}</code></td>
                </tr>
                """))}
            </tbody>
            </table>
            </div>
            {(paginering.Pagina < paginas ? H($"""<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/audit?pagina={paginering.Pagina + 1}">Oudere regels</a></p>""") : Markup.Leeg)}
            """));
    }
}
