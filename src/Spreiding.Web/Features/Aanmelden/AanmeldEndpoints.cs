using Microsoft.AspNetCore.Identity;
using Spreiding.Core.Toegang;
using Spreiding.Data.Opslag;
using Spreiding.Web.Features.Api;
using Spreiding.Web.Infrastructure;
using Spreiding.Web.Infrastructure.Accounts;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Aanmelden;

/// <summary>
/// Signing in and out (<c>/inloggen</c>, <c>/uitloggen</c>, and for API clients <c>/api/v1/sessies</c>) and choosing a
/// password (<c>/account/wachtwoord</c>). Sign-in is rate limited per client address and locks an account for 15 minutes
/// after 5 wrong passwords; both the success and the failure are in the audit log. The message for a wrong name and a
/// wrong password is the same, so the page does not tell which accounts exist.
/// </summary>
public static class AanmeldEndpoints
{
    public sealed record SessieVerzoek(string? Gebruikersnaam, string? Wachtwoord);

    public sealed record SessieModel(string Gebruikersnaam, string Rol, string? Provincie, string? Gemeente, bool WachtwoordWijzigen);

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapGet("/inloggen", (string? terug, HttpContext http) => Verzoek.Pagina(() => InlogPagina(http, terug, null, StatusCodes.Status200OK)))
            .ExcludeFromDescription();
        app.MapPost("/inloggen", async (HttpContext http, SignInManager<IdentiteitGebruiker> aanmelden, RamingDienst dienst, TimeProvider klok) =>
            {
                try
                {
                    var form = await Formulier.Lees(http);
                    var terug = Formulier.Tekst(form, "terug");
                    var fout = await MeldAan(http, aanmelden, dienst, klok, Formulier.Tekst(form, "gebruikersnaam"), Formulier.Tekst(form, "wachtwoord"));
                    if (fout is not null) return InlogPagina(http, terug, fout, StatusCodes.Status401Unauthorized);
                    return Results.Redirect(LokaalAdres(terug) ?? "/", preserveMethod: false);
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
            })
            .RequireRateLimiting(Toegang.InlogLimiet)
            .ExcludeFromDescription();
        app.MapPost("/uitloggen", async (HttpContext http, SignInManager<IdentiteitGebruiker> aanmelden) =>
            {
                try
                {
                    await Formulier.Lees(http);
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
                await aanmelden.SignOutAsync();
                return Results.Redirect("/", preserveMethod: false);
            })
            .ExcludeFromDescription();

        app.MapGet("/account/wachtwoord", (HttpContext http) =>
                http.Huidig() is null ? Results.Redirect("/inloggen?terug=/account/wachtwoord") : WachtwoordPagina(http, null, null, StatusCodes.Status200OK))
            .ExcludeFromDescription();
        app.MapPost("/account/wachtwoord", async (HttpContext http, UserManager<IdentiteitGebruiker> users, SignInManager<IdentiteitGebruiker> aanmelden) =>
            {
                if (http.Huidig() is null) return Results.Redirect("/inloggen?terug=/account/wachtwoord");
                IFormCollection form;
                try
                {
                    form = await Formulier.Lees(http);
                }
                catch (WebFout f)
                {
                    return Fout(f);
                }
                var (huidig, nieuw, herhaling) = (Formulier.Tekst(form, "huidig") ?? "", Formulier.Tekst(form, "nieuw") ?? "", Formulier.Tekst(form, "herhaling") ?? "");
                if (nieuw != herhaling)
                    return WachtwoordPagina(http, "Het nieuwe wachtwoord en de herhaling zijn niet gelijk.", null, StatusCodes.Status422UnprocessableEntity);
                if (nieuw == huidig)
                    return WachtwoordPagina(http, "Kies een nieuw wachtwoord dat anders is dan het huidige.", null, StatusCodes.Status422UnprocessableEntity);
                var gebruiker = await users.GetUserAsync(http.User);
                if (gebruiker is null) return Results.Redirect("/inloggen");
                gebruiker.WachtwoordWijzigen = false;
                var uitkomst = await users.ChangePasswordAsync(gebruiker, huidig, nieuw);
                if (!uitkomst.Succeeded)
                    return WachtwoordPagina(http, string.Join(" ", uitkomst.Errors.Select(e => e.Description)), null, StatusCodes.Status422UnprocessableEntity);
                await aanmelden.RefreshSignInAsync(gebruiker);
                return WachtwoordPagina(http, null, "Uw wachtwoord is gewijzigd. Andere sessies van dit account zijn binnen een minuut afgemeld.", StatusCodes.Status200OK);
            })
            .ExcludeFromDescription();
        return app;
    }

    public static RouteGroupBuilder MapSessiesApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/sessies").WithTags("Sessies");
        groep.MapPost("", (HttpContext http, SignInManager<IdentiteitGebruiker> aanmelden, RamingDienst dienst, TimeProvider klok) =>
                ApiAntwoord.UitvoerenAsync(http, async () =>
                {
                    var verzoek = await ApiVerzoek.LeesJson<SessieVerzoek>(http, "Stuur {\"gebruikersnaam\": ..., \"wachtwoord\": ...} als JSON.");
                    var fout = await MeldAan(http, aanmelden, dienst, klok, verzoek?.Gebruikersnaam, verzoek?.Wachtwoord);
                    if (fout is not null) throw new WebFout(StatusCodes.Status401Unauthorized, "Inloggen mislukt", fout);
                    return Results.NoContent();
                }))
            .RequireRateLimiting(Toegang.InlogLimiet)
            .WithName("PostSessie")
            .WithSummary("Inloggen: zet het sessiecookie (HttpOnly, SameSite=Strict)")
            .JsonLichaam<SessieVerzoek>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        groep.MapGet("/huidig", (HttpContext http) =>
                http.Huidig() is { } a
                    ? Results.Json(new SessieModel(a.Naam, Account.Code(a.Rol), a.Provincie?.ToString(), a.Gemeente?.ToString(), http.MoetWachtwoordWijzigen()), ApiAntwoord.Opties)
                    : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Niet ingelogd", detail: "Er is geen sessie; log in met POST /api/v1/sessies.", instance: http.Request.Path))
            .WithName("GetSessie")
            .WithSummary("Wie is ingelogd")
            .Produces<SessieModel>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        groep.MapDelete("/huidig", async (SignInManager<IdentiteitGebruiker> aanmelden) =>
            {
                await aanmelden.SignOutAsync();
                return Results.NoContent();
            })
            .WithName("DeleteSessie")
            .WithSummary("Uitloggen")
            .Produces(StatusCodes.Status204NoContent);
        return api;
    }

    /// <summary>Signs in; null on success, otherwise the Dutch message (the same for an unknown name and a wrong password).</summary>
    private static async Task<string?> MeldAan(HttpContext http, SignInManager<IdentiteitGebruiker> aanmelden, RamingDienst dienst, TimeProvider klok, string? naam, string? wachtwoord)
    {
        const string Onjuist = "De gebruikersnaam of het wachtwoord is onjuist.";
        if (string.IsNullOrWhiteSpace(naam) || string.IsNullOrEmpty(wachtwoord)) return "Vul uw gebruikersnaam en wachtwoord in.";
        var uitkomst = await aanmelden.PasswordSignInAsync(naam.Trim(), wachtwoord, isPersistent: false, lockoutOnFailure: true);
        var store = new GebruikerStore(dienst.Database);
        var adres = http.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        var onderwerp = $"account {naam.Trim()}";
        if (uitkomst.Succeeded)
        {
            store.Audit(new AuditRegel(0, klok.GetUtcNow(), naam.Trim(), "", "ingelogd", onderwerp, $"adres {adres}"));
            return null;
        }
        store.Audit(new AuditRegel(0, klok.GetUtcNow(), naam.Trim(), "", uitkomst.IsLockedOut ? "inloggen-geblokkeerd" : "inloggen-mislukt", onderwerp, $"adres {adres}"));
        return uitkomst.IsLockedOut
            ? "Dit account is na te veel mislukte pogingen tijdelijk geblokkeerd (15 minuten). Probeer het later opnieuw of vraag de beheerder."
            : Onjuist;
    }

    /// <summary>Only a path on this site (no scheme, no host, no "//"), so the sign-in page cannot send anyone elsewhere.</summary>
    public static string? LokaalAdres(string? terug) =>
        terug is { Length: > 0 } t && t[0] == '/' && !t.StartsWith("//", StringComparison.Ordinal) && !t.StartsWith("/\\", StringComparison.Ordinal) ? t : null;

    private static IResult InlogPagina(HttpContext http, string? terug, string? fout, int status) => Html("Inloggen", H($"""
        <h1 class="utrecht-heading-1">Inloggen</h1>
        <p class="utrecht-paragraph">Inloggen is nodig om een provinciaal plan in te zien of te wijzigen en om verdeelbesluiten te nemen. De ramingen en vastgestelde verdeelbesluiten zijn openbaar.</p>
        {FoutMelding(fout)}
        <form method="post" action="/inloggen" class="spreiding-formulier">
        {Formulier.Token(http)}
        <input type="hidden" name="terug" value="{LokaalAdres(terug) ?? ""}">
        <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="gebruikersnaam">Gebruikersnaam</label>
        <input class="utrecht-textbox" id="gebruikersnaam" name="gebruikersnaam" autocomplete="username" required>
        </div>
        <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="wachtwoord">Wachtwoord</label>
        <input class="utrecht-textbox" id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
        </div>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">Inloggen</button>
        </form>
        <p class="utrecht-paragraph">Nog geen account? Accounts worden aangemaakt door de beheerder van deze installatie.</p>
        """), status);

    private static IResult WachtwoordPagina(HttpContext http, string? fout, string? gelukt, int status) => Html("Wachtwoord wijzigen", H($"""
        <h1 class="utrecht-heading-1">Wachtwoord wijzigen</h1>
        {(http.MoetWachtwoordWijzigen() && gelukt is null
            ? H($"""<p class="utrecht-paragraph">U bent ingelogd met een eenmalig wachtwoord. Kies een eigen wachtwoord voordat u verdergaat.</p>""")
            : Markup.Leeg)}
        {FoutMelding(fout)}
        {GeluktMelding(gelukt)}
        <form method="post" action="/account/wachtwoord" class="spreiding-formulier">
        {Formulier.Token(http)}
        <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="huidig">Huidig wachtwoord</label>
        <input class="utrecht-textbox" id="huidig" name="huidig" type="password" autocomplete="current-password" required>
        </div>
        <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="nieuw">Nieuw wachtwoord (ten minste 12 tekens)</label>
        <input class="utrecht-textbox" id="nieuw" name="nieuw" type="password" autocomplete="new-password" minlength="12" required>
        </div>
        <div class="utrecht-form-field">
        <label class="utrecht-form-label" for="herhaling">Nieuw wachtwoord, nog een keer</label>
        <input class="utrecht-textbox" id="herhaling" name="herhaling" type="password" autocomplete="new-password" minlength="12" required>
        </div>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">Wachtwoord opslaan</button>
        </form>
        """), status);
}
