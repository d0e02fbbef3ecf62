using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Spreiding.Web.Tests;

public sealed class ApiTests(SpreidingFabriek fabriek) : IClassFixture<SpreidingFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    private async Task<JsonElement> Json(string pad, bool versie = true)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        if (versie) Assert.Equal("1.0.0", Assert.Single(antwoord.Headers.GetValues("API-Version")));
        PaginaTests.AssertBeveiligd(antwoord);
        return JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task De_raming_geeft_het_land_en_de_provincies()
    {
        var r = await Json("/api/v1/ramingen/2024");
        Assert.Equal(2024, r.GetProperty("cyclus").GetInt32());
        Assert.Equal(96000, r.GetProperty("totaal").GetInt32());
        Assert.False(r.GetProperty("wettelijk").GetBoolean());
        Assert.NotEmpty(r.GetProperty("afwijkingen").EnumerateArray());
        var provincies = r.GetProperty("provincies").EnumerateArray().ToList();
        Assert.Equal(12, provincies.Count);
        Assert.Equal(r.GetProperty("toegekend").GetInt32(), provincies.Sum(p => p.GetProperty("plaatsen").GetInt32()));
        Assert.EndsWith("/api/v1/ramingen/2024/gemeenten", r.GetProperty("_links").GetProperty("gemeenten").GetProperty("href").GetString());
    }

    [Fact]
    public async Task De_gemeenten_zijn_gepagineerd_met_links()
    {
        var p = await Json("/api/v1/ramingen/2024/gemeenten?pagina=2&paginagrootte=50");
        Assert.Equal(342, p.GetProperty("totaalAantal").GetInt32());
        Assert.Equal(7, p.GetProperty("aantalPaginas").GetInt32());
        Assert.Equal(50, p.GetProperty("_embedded").GetProperty("gemeenten").GetArrayLength());
        var links = p.GetProperty("_links");
        Assert.EndsWith("pagina=2&paginagrootte=50", links.GetProperty("self").GetProperty("href").GetString());
        Assert.EndsWith("pagina=1&paginagrootte=50", links.GetProperty("prev").GetProperty("href").GetString());
        Assert.EndsWith("pagina=3&paginagrootte=50", links.GetProperty("next").GetProperty("href").GetString());
        Assert.EndsWith("pagina=7&paginagrootte=50", links.GetProperty("last").GetProperty("href").GetString());

        var laatste = await Json("/api/v1/ramingen/2024/gemeenten?pagina=7&paginagrootte=50");
        Assert.Equal(42, laatste.GetProperty("_embedded").GetProperty("gemeenten").GetArrayLength());
        Assert.False(laatste.GetProperty("_links").TryGetProperty("next", out _));

        var standaard = await Json("/api/v1/ramingen/2024/gemeenten");
        Assert.Equal(50, standaard.GetProperty("paginagrootte").GetInt32());
        Assert.False(standaard.GetProperty("_links").TryGetProperty("prev", out _));
    }

    [Fact]
    public async Task Een_gemeente_heeft_de_uitlegstappen()
    {
        var g = await Json("/api/v1/ramingen/2024/gemeenten/GM0377");
        var gemeente = g.GetProperty("gemeente");
        Assert.Equal("Bloemendaal", gemeente.GetProperty("naam").GetString());
        var stappen = g.GetProperty("uitleg").EnumerateArray().ToList();
        Assert.Equal("Inwoners", stappen[0].GetProperty("stap").GetString());
        Assert.Equal(1, stappen[0].GetProperty("nummer").GetInt32());
        var uitkomst = stappen.Single(s => s.GetProperty("stap").GetString() == "Uitkomst");
        Assert.Equal(gemeente.GetProperty("plaatsen").GetInt32().ToString("#,0", new System.Globalization.NumberFormatInfo { NumberGroupSeparator = "." }),
            uitkomst.GetProperty("waarde").GetString());
    }

    [Theory]
    [InlineData("/api/v1/ramingen/2024/gemeenten/GM9999", 404, "Onbekende gemeente")]
    [InlineData("/api/v1/ramingen/1999", 404, "Onbekende cyclus")]
    [InlineData("/api/v1/ramingen/1999/gemeenten", 404, "Onbekende cyclus")]
    [InlineData("/api/v1/ramingen/2024/gemeenten?paginagrootte=500", 400, "Ongeldige parameter 'paginagrootte'")]
    [InlineData("/api/v1/bestaat-niet", 404, "Niet gevonden")]
    [InlineData("/api/v1/scenarios/bestaat-niet", 404, "Onbekend scenario")]
    [InlineData("/api/v1/scenarios/brief-2026?runs=0", 400, "Ongeldige parameter 'runs'")]
    [InlineData("/api/v1/scenarios/brief-2026?runs=10001", 400, "Ongeldige parameter 'runs'")]
    [InlineData("/api/v1/scenarios/brief-2026?zaad=x", 400, "Ongeldige parameter 'zaad'")]
    [InlineData("/api/v1/scenarios/brief-2026?hefboom1=1601", 400, "Ongeldige parameter 'hefboom1'")]
    [InlineData("/api/v1/scenarios/brief-2026?hefboom9=1", 400, "Ongeldige parameter 'hefboom9'")]
    [InlineData("/api/v1/scenarios/basis-2026?hefboom1=1", 400, "Ongeldige parameter 'hefboom1'")]
    [InlineData("/api/v1/scenarios?paginagrootte=0", 400, "Ongeldige parameter 'paginagrootte'")]
    public async Task Fouten_zijn_problem_json_in_het_nederlands(string pad, int status, string titel)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(status, (int)antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, p.GetProperty("status").GetInt32());
        Assert.Equal(titel, p.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/ramingen/2024")]
    [InlineData("/api/v1/ramingen/2024/gemeenten")]
    [InlineData("/api/v1/ramingen/2024/gemeenten/GM0377")]
    [InlineData("/api/v1/locaties")]
    [InlineData("/api/v1/scenarios")]
    [InlineData("/api/v1/scenarios/hefboom-nareis?runs=200")]
    [InlineData("/api/v1/scenarios/hefboom-nareis?runs=200&hefboom1=0.5")]
    public async Task Een_etag_geeft_304_bij_if_none_match(string pad)
    {
        var eerste = await _client.GetAsync(pad);
        var etag = eerste.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var tweede = await _client.GetAsync(pad);
        Assert.Equal(etag, tweede.Headers.ETag);

        using var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.IfNoneMatch.Add(etag);
        var niet = await _client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.NotModified, niet.StatusCode);
        Assert.Empty(await niet.Content.ReadAsByteArrayAsync());

        using var ander = new HttpRequestMessage(HttpMethod.Get, pad);
        ander.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"iets-anders\""));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(ander)).StatusCode);
    }

    [Fact]
    public async Task Een_leeg_register_geeft_een_lege_pagina()
    {
        var l = await Json("/api/v1/locaties");
        Assert.Equal(0, l.GetProperty("totaalAantal").GetInt32());
        Assert.False(l.GetProperty("voorbeeldgegevens").GetBoolean());
    }

    [Fact]
    public async Task De_gegevensstatus_noemt_per_cyclus_wat_er_is_en_wat_ontbreekt()
    {
        var g = await Json("/api/v1/gegevens");
        var rijen = g.GetProperty("gegevens").EnumerateArray().ToList();
        var bevolking2026 = rijen.Single(r => r.GetProperty("cyclus").GetInt32() == 2026 && r.GetProperty("gegeven").GetString() == "Bevolking");
        Assert.False(bevolking2026.GetProperty("volledig").GetBoolean());
        Assert.Contains("importeer", bevolking2026.GetProperty("status").GetString());
        var bevolking2024 = rijen.Single(r => r.GetProperty("cyclus").GetInt32() == 2024 && r.GetProperty("gegeven").GetString() == "Bevolking");
        Assert.Equal(342, bevolking2024.GetProperty("gemeenten").GetInt32());
        Assert.Contains("CC BY 4.0", bevolking2024.GetProperty("bron").GetString());
        Assert.Equal("SQLite", g.GetProperty("opslag").GetString());
        Assert.Equal(4, g.GetProperty("schemaversie").GetInt32());
    }

    [Fact]
    public async Task Het_openapi_document_noemt_elk_eindpunt()
    {
        var doc = await Json("/api/v1/openapi.json", versie: false);
        Assert.StartsWith("3.0", doc.GetProperty("openapi").GetString());
        var paden = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(
            [
                "/api/v1/audit", "/api/v1/gebruikers", "/api/v1/gegevens", "/api/v1/locaties", "/api/v1/plannen", "/api/v1/plannen/{provincie}",
                "/api/v1/plannen/{provincie}/indiening", "/api/v1/plannen/{provincie}/toezeggingen", "/api/v1/plannen/{provincie}/uitruilen",
                "/api/v1/plannen/{provincie}/verdeelbesluit/aanpassingen", "/api/v1/plannen/{provincie}/verdeelbesluit/vaststelling",
                "/api/v1/ramingen/{cyclus}", "/api/v1/ramingen/{cyclus}/gemeenten", "/api/v1/ramingen/{cyclus}/gemeenten/{code}",
                "/api/v1/scenarios", "/api/v1/scenarios/{naam}", "/api/v1/sessies", "/api/v1/sessies/huidig", "/api/v1/verdeelbesluiten",
            ],
            paden);
        foreach (var pad in doc.GetProperty("paths").EnumerateObject())
        foreach (var operatie in pad.Value.EnumerateObject())
        {
            var antwoorden = operatie.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(antwoorden.Any(r => r.StartsWith('2')), $"{operatie.Name} {pad.Name}");
            if (operatie.Name == "post" && pad.Name != "/api/v1/sessies" && pad.Name != "/api/v1/gebruikers")
                Assert.True(operatie.Value.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), pad.Name);
        }
    }
}

public sealed class VoorbeeldApiTests(VoorbeeldFabriek fabriek) : IClassFixture<VoorbeeldFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    [Fact]
    public async Task De_locaties_zijn_gepagineerd_en_als_voorbeeld_gemarkeerd()
    {
        var l = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/locaties?paginagrootte=100&pagina=2")).RootElement;
        Assert.True(l.GetProperty("voorbeeldgegevens").GetBoolean());
        Assert.Equal(152, l.GetProperty("totaalAantal").GetInt32());
        Assert.Equal(52, l.GetProperty("_embedded").GetProperty("locaties").GetArrayLength());
        Assert.Contains("VOORBEELDGEGEVENS", l.GetProperty("_embedded").GetProperty("locaties")[0].GetProperty("bron").GetString());

        var almere = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/locaties?gemeente=GM0034")).RootElement;
        Assert.Equal(4, almere.GetProperty("totaalAantal").GetInt32());
        Assert.Contains("gemeente=GM0034&", almere.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
    }
}
