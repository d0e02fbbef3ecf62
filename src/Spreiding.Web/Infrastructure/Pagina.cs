using System.Text.RegularExpressions;
using Spreiding.Core;
using Spreiding.Core.Raming;
using static Spreiding.Web.Infrastructure.Html;

namespace Spreiding.Web.Infrastructure;

/// <summary>The page frame (NL Design System / Utrecht component classes) and shared page parts.</summary>
public static partial class Pagina
{
    /// <summary>Where the visitor's account menu goes (see <see cref="PaginaResultaat"/>); an HTML comment, so a page without it still reads.</summary>
    public const string AccountPlek = "<!--spreiding:account-->";

    public static IResult Html(string titel, Markup inhoud, int status = StatusCodes.Status200OK) =>
        new PaginaResultaat(Document(titel, inhoud).Waarde, status);

    public static Markup Document(string titel, Markup inhoud) => H($"""
        <!DOCTYPE html>
        <html lang="nl" class="utrecht-html">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{titel} — Spreiding</title>
        <link rel="stylesheet" href="/lib/utrecht-component-library-css/index.css">
        <link rel="stylesheet" href="/css/thema.css">
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body class="utrecht-document spreiding-thema">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">Naar de hoofdinhoud</a>
        <header class="spreiding-kop">
        <div class="spreiding-breedte">
        <a class="spreiding-merk" href="/">Spreiding <span>capaciteitsraming Spreidingswet</span></a>
        <nav aria-label="Hoofdmenu">
        <ul class="spreiding-menu">
        <li><a class="utrecht-link" href="/">Landelijk</a></li>
        <li><a class="utrecht-link" href="/scenarios">Scenario's</a></li>
        <li><a class="utrecht-link" href="/data">Gegevens</a></li>
        <li><a class="utrecht-link" href="/api/v1/openapi.json">API</a></li>
        {Markup.Vertrouwd(AccountPlek)}
        </ul>
        </nav>
        </div>
        </header>
        <main id="inhoud" class="spreiding-breedte" tabindex="-1">
        {inhoud}
        </main>
        <footer class="spreiding-voet">
        <div class="spreiding-breedte">
        <p class="utrecht-paragraph">Bevolking en gemeentelijke indeling: CBS, CC BY 4.0. Grenzen: CBS/PDOK, CC BY 4.0. Aantallen zijn indicatief; de wettelijke verdeling staat in de Staatscourant.</p>
        </div>
        </footer>
        </body>
        </html>
        """);

    public static IResult Fout(WebFout fout) => Html(fout.Titel, H($"""
        <h1 class="utrecht-heading-1">{fout.Titel}</h1>
        <p class="utrecht-paragraph">{fout.Detail}</p>
        <p class="utrecht-paragraph"><a class="utrecht-link" href="/">Terug naar het landelijk overzicht</a></p>
        """), fout.Status);

    /// <summary>The banner every page with a non-statutory raming carries.</summary>
    public static Markup NietWettelijk(Capaciteitsraming raming) => NietWettelijk(raming.IsWettelijk, raming.Afwijkingen);

    /// <summary>The same banner from the figures a rendering kept (e.g. a scenario's distribution).</summary>
    public static Markup NietWettelijk(bool wettelijk, IReadOnlyList<string> afwijkingen) => wettelijk
        ? Markup.Leeg
        : H($"""
            <div class="utrecht-alert utrecht-alert--warning" role="note" aria-labelledby="niet-wettelijk-kop">
            <div class="utrecht-alert__content"><div class="utrecht-alert__message">
            <p class="utrecht-paragraph"><strong id="niet-wettelijk-kop">Let op: dit is niet de wettelijke verdeling.</strong>
            Reden: {string.Join("; ", afwijkingen)}.</p>
            </div></div>
            </div>
            """);

    public static Markup Voorbeeld(bool voorbeeld) => !voorbeeld
        ? Markup.Leeg
        : H($"""
            <div class="utrecht-alert utrecht-alert--info" role="note">
            <div class="utrecht-alert__content"><div class="utrecht-alert__message">
            <p class="utrecht-paragraph"><strong>VOORBEELDGEGEVENS</strong>: het register bevat verzonnen locaties (data/voorbeeld), geen echt COA-register.</p>
            </div></div>
            </div>
            """);

    /// <summary>
    /// A map from <see cref="Spreiding.Data.Grafieken.SvgKaart"/>, with ids made unique so that two maps on one
    /// page keep their own accessible name.
    /// </summary>
    public static Markup Kaart(string svg, string id, string tabelId) =>
        H($"""
            <figure class="spreiding-kaart" aria-describedby="{id}-bij">
            {Markup.Vertrouwd(KaartIds().Replace(svg, m => $"{m.Value}-{id}"))}
            <figcaption id="{id}-bij" class="utrecht-paragraph">Dezelfde cijfers staan in de <a class="utrecht-link" href="#{tabelId}">tabel onder de kaart</a>.</figcaption>
            </figure>
            """);

    /// <summary>
    /// A chart from <see cref="Spreiding.Data.Grafieken.SvgGrafiek"/>, <see cref="Spreiding.Data.Grafieken.SvgWaterval"/> and
    /// the like (ids <c>titel</c> and <c>beschrijving</c>), with those ids made unique per page and a caption that points
    /// to the text alternative.
    /// </summary>
    public static Markup Grafiek(string svg, string id, Markup bijschrift)
    {
        // The charts escape their text (quotes included), so these attribute spellings occur only as the attributes themselves.
        var uniek = svg
            .Replace("aria-labelledby=\"titel beschrijving\"", $"aria-labelledby=\"titel-{id} beschrijving-{id}\"", StringComparison.Ordinal)
            .Replace("id=\"titel\"", $"id=\"titel-{id}\"", StringComparison.Ordinal)
            .Replace("id=\"beschrijving\"", $"id=\"beschrijving-{id}\"", StringComparison.Ordinal);
        return H($"""
            <figure class="spreiding-grafiek" aria-describedby="{id}-bij">
            {Markup.Vertrouwd(uniek)}
            <figcaption id="{id}-bij" class="utrecht-paragraph">{bijschrift}</figcaption>
            </figure>
            """);
    }

    [GeneratedRegex("(?<=\"|\\s)(kaarttitel|kaartbeschrijving)(?=\"|\\s)")]
    private static partial Regex KaartIds();

    public static string Getal(long n) => Nederlands.Geheel(n);

    /// <summary>An error message at the top of a form, announced to screen readers.</summary>
    public static Markup FoutMelding(string? fout) => fout is null
        ? Markup.Leeg
        : H($"""
            <div class="utrecht-alert utrecht-alert--error" role="alert">
            <div class="utrecht-alert__content"><div class="utrecht-alert__message">
            <p class="utrecht-paragraph"><strong>Niet gelukt:</strong> {fout}</p>
            </div></div>
            </div>
            """);

    /// <summary>A confirmation after a form was handled.</summary>
    public static Markup GeluktMelding(string? melding) => melding is null
        ? Markup.Leeg
        : H($"""
            <div class="utrecht-alert utrecht-alert--ok" role="status">
            <div class="utrecht-alert__content"><div class="utrecht-alert__message">
            <p class="utrecht-paragraph">{melding}</p>
            </div></div>
            </div>
            """);

    /// <summary>A model figure in Dutch notation: whole numbers with a thousands separator, others with up to 4 decimals.</summary>
    public static string Getal(double x)
    {
        if (Math.Abs(x - Math.Round(x)) < 1e-9 && Math.Abs(x) < 1e15) return Nederlands.Geheel((long)Math.Round(x));
        var tekst = Nederlands.Decimaal((decimal)x, 4).TrimEnd('0');
        return tekst.EndsWith(',') ? tekst[..^1] : tekst;
    }
}
