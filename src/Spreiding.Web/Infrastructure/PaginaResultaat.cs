using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Spreiding.Core.Toegang;
using Spreiding.Web.Infrastructure.Accounts;
using static Spreiding.Web.Infrastructure.Html;

namespace Spreiding.Web.Infrastructure;

/// <summary>
/// A rendered document as UTF-8, split at <see cref="Pagina.AccountPlek"/> once, so that a cached page is written to every
/// visitor without encoding or copying it again.
/// </summary>
public sealed class PaginaDocument
{
    public PaginaDocument(string html)
    {
        var plek = html.IndexOf(Pagina.AccountPlek, StringComparison.Ordinal);
        Voor = Encoding.UTF8.GetBytes(plek < 0 ? html : html[..plek]);
        Na = plek < 0 ? null : Encoding.UTF8.GetBytes(html[(plek + Pagina.AccountPlek.Length)..]);
    }

    public byte[] Voor { get; }

    /// <summary>Null when the document has no place for the account menu.</summary>
    public byte[]? Na { get; }
}

/// <summary>
/// A page: the document (possibly rendered once and cached for every visitor) with the visitor's own part, the account
/// menu, put in at <see cref="Pagina.AccountPlek"/> when it is written. Signed-in pages are not stored by caches.
/// </summary>
public sealed class PaginaResultaat(PaginaDocument document, int status = StatusCodes.Status200OK) : IResult
{
    public PaginaResultaat(string document, int status = StatusCodes.Status200OK) : this(new PaginaDocument(document), status) { }

    public PaginaDocument Document { get; } = document;
    public int Status { get; } = status;

    public async Task ExecuteAsync(HttpContext http)
    {
        var account = http.Huidig();
        http.Response.StatusCode = Status;
        http.Response.ContentType = "text/html; charset=utf-8";
        // The menu first: a signed-in menu has a logout form, whose antiforgery token sets "no-cache, no-store" itself.
        var menu = Document.Na is null ? [] : Encoding.UTF8.GetBytes(Menu(http, account).Waarde);
        if (account is not null && string.IsNullOrEmpty(http.Response.Headers.CacheControl)) http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentLength = Document.Voor.Length + menu.Length + (Document.Na?.Length ?? 0);
        await http.Response.Body.WriteAsync(Document.Voor);
        if (Document.Na is { } na)
        {
            await http.Response.Body.WriteAsync(menu);
            await http.Response.Body.WriteAsync(na);
        }
    }

    private static Markup Menu(HttpContext http, Account? account)
    {
        if (account is null)
            return H($"""<li><a class="utrecht-link" href="/inloggen">Inloggen</a></li>""");
        var plannen = account.Rol switch
        {
            Rol.Provincie or Rol.Gemeente when account.Provincie is { } p => H($"""<li><a class="utrecht-link" href="/plannen/{p.ToString()}">Provinciaal plan</a></li>"""),
            Rol.Ministerie or Rol.Coa => H($"""<li><a class="utrecht-link" href="/plannen">Plannen en verdeelbesluiten</a></li>"""),
            _ => Markup.Leeg,
        };
        var beheer = account.Rol is Rol.Beheerder
            ? H($"""<li><a class="utrecht-link" href="/beheer/gebruikers">Accounts</a></li><li><a class="utrecht-link" href="/beheer/audit">Auditlogboek</a></li>""")
            : account.Rol is Rol.Ministerie ? H($"""<li><a class="utrecht-link" href="/beheer/audit">Auditlogboek</a></li>""") : Markup.Leeg;
        return H($"""
            {plannen}{beheer}
            <li><a class="utrecht-link" href="/account/wachtwoord" aria-label="Account {account.Omschrijving}: wachtwoord wijzigen">{account.Naam}</a></li>
            <li><form method="post" action="/uitloggen" class="spreiding-uitloggen">{Formulier.Token(http)}<button type="submit" class="spreiding-knop-link">Uitloggen</button></form></li>
            """);
    }
}

/// <summary>Form helpers: the antiforgery field, and reading a posted form with its token checked.</summary>
public static class Formulier
{
    public static Markup Token(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return H($"""<input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">""");
    }

    /// <summary>The posted form, after the antiforgery check; a missing or wrong token is a 400 page in Dutch.</summary>
    public static async Task<IFormCollection> Lees(HttpContext http)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new WebFout(StatusCodes.Status400BadRequest, "Formulier verlopen",
                "Het formulier kon niet worden gecontroleerd (het is verlopen of niet op deze site ingevuld). Laad de pagina opnieuw en probeer het nog eens; er is niets gewijzigd.");
        }
        return await http.Request.ReadFormAsync();
    }

    public static string? Tekst(IFormCollection form, string naam) => form.TryGetValue(naam, out var v) && v.Count > 0 ? v[0] : null;
}
