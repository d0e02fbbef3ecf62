using System.Net;
using System.Text.RegularExpressions;

namespace Spreiding.Web.Tests;

public sealed partial class PaginaTests(SpreidingFabriek fabriek) : IClassFixture<SpreidingFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    [Theory]
    [InlineData("/", "Plaatsen per provincie")]
    [InlineData("/?cyclus=2024", "niet de wettelijke verdeling")]
    [InlineData("/provincies/PV27", "Noord-Holland")]
    [InlineData("/provincies/PV27?sorteer=plaatsen&volgorde=af", "aflopend gesorteerd")]
    [InlineData("/gemeenten/GM0377", "Hoe dit aantal tot stand komt")]
    [InlineData("/data", "CBS, CC BY 4.0")]
    public async Task Elke_pagina_is_nederlands_en_heeft_de_beveiligingsheaders(string pad, string tekst)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains(tekst, html);
        Assert.Contains("<main id=\"inhoud\"", html);
        Assert.Contains("href=\"#inhoud\"", html);
        Assert.Contains("<nav aria-label=\"Hoofdmenu\"", html);
        Assert.DoesNotContain("<script", html);
        AssertBeveiligd(antwoord);
    }

    internal static void AssertBeveiligd(HttpResponseMessage antwoord)
    {
        var csp = Assert.Single(antwoord.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(antwoord.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(antwoord.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Het_dashboard_heeft_beide_kaarten_en_hun_tabellen()
    {
        var html = await _client.GetStringAsync("/");
        var kaarten = Svg().Matches(html).Select(m => Regex.Matches(m.Value, "<path ").Count).ToList();
        Assert.Equal([12, 342], kaarten);
        Assert.Contains("id=\"tabel-provincies\"", html);
        Assert.Contains("id=\"tabel-gemeenten\"", html);
        Assert.Equal(12, Regex.Matches(html, "href=\"/provincies/PV\\d\\d\\?cyclus=2024\"").Count);
        Assert.Equal(342, Regex.Matches(html, "<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\">GM\\d{4}").Count);
        Assert.Contains("<caption", html);
        // Two maps on one page keep their own accessible names.
        Assert.Contains("id=\"kaarttitel-provincies\"", html);
        Assert.Contains("id=\"kaarttitel-gemeenten\"", html);
        Assert.Contains("96.000", html);
    }

    [Fact]
    public async Task De_provinciepagina_sorteert_op_plaatsen()
    {
        var html = await _client.GetStringAsync("/provincies/PV27?sorteer=plaatsen&volgorde=af");
        var tabel = html[html.IndexOf("id=\"tabel-provincie\"", StringComparison.Ordinal)..];
        var codes = Regex.Matches(tabel, "<td class=\"utrecht-table__cell\">(GM\\d{4})</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("GM0363", codes[0]); // Amsterdam has the most places in Noord-Holland
        Assert.Equal(codes.Count, Svg().Matches(html).Sum(m => Regex.Matches(m.Value, "<path ").Count));
    }

    [Fact]
    public async Task De_gemeentepagina_toont_de_waterval()
    {
        var html = await _client.GetStringAsync("/gemeenten/GM0377");
        Assert.Contains("Bloemendaal (GM0377)", html);
        var stappen = Regex.Matches(html, "<span class=\"spreiding-stapnaam\">([^<]+):</span> <span class=\"spreiding-stapwaarde\">([^<]+)</span>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(["Inwoners", "Aandeel naar inwoners", "SES-WOA-correctie", "Normalisatie", "Afronding", "Uitkomst", "Let op"], stappen.Select(s => s.Item1));
        Assert.Matches("^\\d{1,3}(\\.\\d{3})+$", stappen[0].Item2);
        Assert.Equal(stappen[4].Item2, stappen[5].Item2);
        Assert.Contains("Het register bevat geen locaties", html);
        Assert.DoesNotContain("VOORBEELDGEGEVENS", html);
    }

    [Theory]
    [InlineData("/gemeenten/GM9999")]
    [InlineData("/?cyclus=1999")]
    [InlineData("/provincies/PV99")]
    [InlineData("/bestaat-niet")]
    public async Task Onbekend_geeft_een_nederlandse_404(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Contains("<html lang=\"nl\"", await antwoord.Content.ReadAsStringAsync());
        AssertBeveiligd(antwoord);
    }

    [Fact]
    public async Task Stijlbladen_worden_zelf_geleverd()
    {
        foreach (var pad in new[] { "/lib/utrecht-component-library-css/index.css", "/css/thema.css", "/css/site.css" })
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(pad)).StatusCode);
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}

public sealed class VoorbeeldPaginaTests(VoorbeeldFabriek fabriek) : IClassFixture<VoorbeeldFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    [Fact]
    public async Task Een_register_met_voorbeeldrijen_zegt_VOORBEELDGEGEVENS()
    {
        var html = await _client.GetStringAsync("/gemeenten/GM0034");
        Assert.Contains("VOORBEELDGEGEVENS", html);
        Assert.Contains("id=\"tabel-locaties\"", html);
        Assert.Contains("Geteld uit het register", html);
        Assert.Contains("Resterend", html);
        Assert.Contains("VOORBEELDGEGEVENS", await _client.GetStringAsync("/data"));
    }
}
