using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Opslag;

namespace Spreiding.Web.Infrastructure.Accounts;

/// <summary>
/// Accounts and sign-in: ASP.NET Core Identity (PBKDF2 password hashes, lockout, security stamps) on the Spreiding
/// store, a session cookie (HttpOnly, SameSite=Strict), a rate limit on sign-in attempts per client address, and the
/// signed-in <see cref="Account"/> read from the cookie's claims.
/// </summary>
public static class Toegang
{
    public const string InlogLimiet = "inloggen";
    private const string RolClaim = "spreiding:rol";
    private const string ProvincieClaim = "spreiding:provincie";
    private const string GemeenteClaim = "spreiding:gemeente";
    private const string WijzigenClaim = "spreiding:wachtwoord-wijzigen";

    public static IServiceCollection AddSpreidingToegang(this IServiceCollection services, IConfiguration configuratie)
    {
        services.AddSingleton<IUserStore<IdentiteitGebruiker>, IdentiteitStore>();
        services.AddIdentityCore<IdentiteitGebruiker>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ClaimsFabriek>()
            .AddErrorDescriber<NederlandseFoutmeldingen>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
        {
            o.Cookie.Name = "spreiding.sessie";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/inloggen";
            o.ReturnUrlParameter = "terug";
            o.Events.OnRedirectToLogin = context => Weiger(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Weiger(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        }));
        // A changed password or a blocked account ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "spreiding.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__af";
            o.HeaderName = "X-CSRF-TOKEN";
        });

        var perMinuut = configuratie.GetValue("Spreiding:Inloggen:PogingenPerMinuut", 10);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(InlogLimiet, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Pagina.Fout(new WebFout(StatusCodes.Status429TooManyRequests, "Te veel inlogpogingen",
                    $"Vanaf dit adres is in de afgelopen minuut {perMinuut} keer geprobeerd in te loggen. Wacht een minuut en probeer het opnieuw."))
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    /// <summary>The API answers 401/403 as problem+json; pages go to the sign-in page (401) or show the refusal (403).</summary>
    private static Task Weiger(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
            return Results.Problem(statusCode: status, instance: http.Request.Path,
                title: status == StatusCodes.Status401Unauthorized ? "Niet ingelogd" : "Geen toegang",
                detail: status == StatusCodes.Status401Unauthorized
                    ? "Log in om deze handeling uit te voeren (POST /inloggen met gebruikersnaam en wachtwoord)."
                    : "Uw account heeft geen toegang tot deze bron.").ExecuteAsync(http);
        }
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Redirect(redirectUri);
            return Task.CompletedTask;
        }
        return Pagina.Fout(new WebFout(status, "Geen toegang", "Uw account heeft geen toegang tot deze pagina.")).ExecuteAsync(http);
    }

    /// <summary>The signed-in account, or null for an anonymous visitor.</summary>
    public static Account? Huidig(this HttpContext http)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true) return null;
        if (!Account.TryParseRol(user.FindFirstValue(RolClaim), out var rol)) return null;
        ProvincieCode? provincie = ProvincieCode.TryParse(user.FindFirstValue(ProvincieClaim), out var p) ? p : null;
        GemeenteCode? gemeente = GemeenteCode.TryParse(user.FindFirstValue(GemeenteClaim), out var g) ? g : null;
        return new Account(user.Identity.Name ?? "", rol, provincie, gemeente);
    }

    /// <summary>True when the account still has its one-time password and must choose its own first.</summary>
    public static bool MoetWachtwoordWijzigen(this HttpContext http) => http.User.FindFirstValue(WijzigenClaim) == "ja";

    /// <summary>The claims in the session cookie: role, province (for a municipality: the province it lies in), municipality.</summary>
    public sealed class ClaimsFabriek(UserManager<IdentiteitGebruiker> users, IOptions<IdentityOptions> options, RamingDienst dienst, TimeProvider klok)
        : UserClaimsPrincipalFactory<IdentiteitGebruiker>(users, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentiteitGebruiker user)
        {
            var id = await base.GenerateClaimsAsync(user);
            var g = user.Opgeslagen;
            id.AddClaim(new Claim(RolClaim, Account.Code(g.Rol)));
            var provincie = g.Provincie;
            if (g.Gemeente is { } gemeente)
            {
                id.AddClaim(new Claim(GemeenteClaim, gemeente.ToString()));
                var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
                provincie = dienst.Bronnen.Indeling.OpDatum(vandaag).FirstOrDefault(x => x.Code == gemeente)?.Provincie;
            }
            if (provincie is { } p) id.AddClaim(new Claim(ProvincieClaim, p.ToString()));
            if (user.WachtwoordWijzigen) id.AddClaim(new Claim(WijzigenClaim, "ja"));
            return id;
        }
    }

    /// <summary>
    /// On the first start of an empty database: the first administrator, with a one-time password printed to the console
    /// (never logged, never stored as text). Nothing happens when accounts exist.
    /// </summary>
    public static void MaakEersteBeheerder(IServiceProvider services)
    {
        var database = services.GetRequiredService<SpreidingDatabase>();
        var dienst = services.GetRequiredService<RamingDienst>();
        var klok = services.GetRequiredService<TimeProvider>();
        if (Accountbeheer.MaakEersteBeheerder(new GebruikerStore(database), dienst.Bronnen.Indeling, klok.GetUtcNow()) is not { } eerste) return;
        Console.WriteLine();
        Console.WriteLine("Spreiding: eerste beheerder aangemaakt.");
        Console.WriteLine($"  gebruikersnaam:       {eerste.Gebruiker.Naam}");
        Console.WriteLine($"  eenmalig wachtwoord:  {eerste.Wachtwoord}");
        Console.WriteLine("  Log in op /inloggen en kies een eigen wachtwoord; dit wachtwoord wordt niet nog eens getoond.");
        Console.WriteLine();
    }
}

/// <summary>Identity's validation messages in Dutch (only those our forms can trigger).</summary>
public sealed class NederlandseFoutmeldingen : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Een wachtwoord heeft ten minste {length} tekens." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Een wachtwoord bevat ten minste {uniqueChars} verschillende tekens." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Het huidige wachtwoord klopt niet." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Er ging iets mis; er is niets gewijzigd." };
}

/// <summary>An account that still has its one-time password sees only the page to choose its own (and can sign out).</summary>
public static class EersteWachtwoord
{
    public static IApplicationBuilder UseEersteWachtwoord(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var pad = http.Request.Path;
            if (http.MoetWachtwoordWijzigen() && HttpMethods.IsGet(http.Request.Method)
                && !pad.StartsWithSegments("/account/wachtwoord") && !pad.StartsWithSegments("/api")
                && !pad.StartsWithSegments("/css") && !pad.StartsWithSegments("/lib"))
            {
                http.Response.Redirect("/account/wachtwoord");
                return;
            }
            await next(http);
        });
}
