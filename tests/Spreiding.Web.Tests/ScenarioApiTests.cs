using System.Net;
using System.Text.Json;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;

namespace Spreiding.Web.Tests;

/// <summary><c>/api/v1/scenarios</c>: the list, one scenario with the page's figures and the comparison, ETags per figures, OpenAPI.</summary>
public sealed class ScenarioApiTests(SpreidingFabriek fabriek) : IClassFixture<SpreidingFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    private async Task<JsonElement> Json(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1.0.0", Assert.Single(antwoord.Headers.GetValues("API-Version")));
        PaginaTests.AssertBeveiligd(antwoord);
        return JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync()).RootElement;
    }

    private static int Rond(double behoefte) => MonteCarloResultaat.AfrondenHalfOmhoog(behoefte);

    private static void AssertPercentielen(JsonElement p, Percentielen verwacht)
    {
        Assert.Equal(Rond(verwacht.P10), p.GetProperty("p10").GetInt32());
        Assert.Equal(Rond(verwacht.P50), p.GetProperty("p50").GetInt32());
        Assert.Equal(Rond(verwacht.P90), p.GetProperty("p90").GetInt32());
    }

    [Fact]
    public async Task The_list_has_every_bundled_scenario_with_its_baseline()
    {
        var l = await Json("/api/v1/scenarios");
        Assert.Equal(6, l.GetProperty("totaalAantal").GetInt32());
        var scenarios = l.GetProperty("_embedded").GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(ScenarioLoader.MeegeleverdeNamen(), scenarios.Select(s => s.GetProperty("naam").GetString()));
        var brief = scenarios.Single(s => s.GetProperty("naam").GetString() == "brief-2026");
        Assert.Equal("basis-2026", brief.GetProperty("basis").GetString());
        Assert.Equal(3, brief.GetProperty("hefbomen").GetArrayLength());
        Assert.EndsWith("/api/v1/scenarios/brief-2026", brief.GetProperty("_links").GetProperty("self").GetProperty("href").GetString());
        var basis = scenarios.Single(s => s.GetProperty("naam").GetString() == "basis-2026");
        Assert.False(basis.TryGetProperty("basis", out _));

        var tweede = await Json("/api/v1/scenarios?pagina=2&paginagrootte=4");
        Assert.Equal(2, tweede.GetProperty("_embedded").GetProperty("scenarios").GetArrayLength());
        Assert.Equal(2, tweede.GetProperty("aantalPaginas").GetInt32());
    }

    [Fact]
    public async Task A_scenario_has_the_need_over_time_the_provinces_and_the_comparison()
    {
        var s = await Json("/api/v1/scenarios/brief-2026");
        Assert.Equal(1000, s.GetProperty("runs").GetInt32());
        Assert.Equal(2026, s.GetProperty("zaad").GetInt32());
        Assert.False(s.GetProperty("wettelijk").GetBoolean());

        var mc = MonteCarlo.Draai(ScenarioLoader.Meegeleverd("brief-2026").Scenario, 0.91, 1000, 2026);
        AssertPercentielen(s.GetProperty("behoefte"), mc.Landelijk);
        Assert.Equal(75699, s.GetProperty("centraal").GetInt32());
        var maanden = s.GetProperty("perMaand").EnumerateArray().ToList();
        Assert.Equal(37, maanden.Count);
        for (var i = 0; i < maanden.Count; i++)
        {
            Assert.Equal(mc.Datums[i].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), maanden[i].GetProperty("maand").GetString());
            AssertPercentielen(maanden[i], mc.PerMaand[i]);
        }

        var hefbomen = s.GetProperty("hefbomen").EnumerateArray().ToList();
        Assert.Equal(["hefboom1", "hefboom2", "hefboom3"], hefbomen.Select(h => h.GetProperty("queryparameter").GetString()));
        Assert.Equal(700, hefbomen[0].GetProperty("min").GetDouble());
        Assert.Contains("7183203", hefbomen[0].GetProperty("bron").GetString());
        Assert.Equal(14, s.GetProperty("parameters").GetArrayLength());

        var provincies = s.GetProperty("provincies").EnumerateArray().ToList();
        Assert.Equal(12, provincies.Count);
        foreach (var p in provincies)
            Assert.Equal(p.GetProperty("plaatsen").GetProperty("p50").GetInt32() - p.GetProperty("basisP50").GetInt32(), p.GetProperty("verschilP50").GetInt32());

        var v = s.GetProperty("vergelijking");
        Assert.Equal("basis-2026", v.GetProperty("basis").GetString());
        var basis = MonteCarlo.Draai(ScenarioLoader.Meegeleverd("basis-2026").Scenario, 0.91, 1000, 2026);
        AssertPercentielen(v.GetProperty("behoefteBasis"), basis.Landelijk);
        var herziening = v.GetProperty("herziening");
        Assert.True(herziening.GetProperty("gemarkeerd").GetBoolean());
        Assert.Equal(0.05m, herziening.GetProperty("drempel").GetDecimal());
        Assert.Equal("cyclus-2026.yaml", herziening.GetProperty("regelbestand").GetString());
        var relatief = Math.Abs(mc.Landelijk.P50 - basis.Landelijk.P50) / basis.Landelijk.P50;
        Assert.Equal(relatief, herziening.GetProperty("relatiefVerschil").GetDouble(), 12);

        Assert.NotEmpty(s.GetProperty("tornado").EnumerateArray());
        var links = s.GetProperty("_links");
        Assert.EndsWith("/api/v1/scenarios/brief-2026?runs=1000&zaad=2026&hefboom1=1450&hefboom2=0.7&hefboom3=0.15", links.GetProperty("self").GetProperty("href").GetString());
        Assert.EndsWith("/api/v1/scenarios/basis-2026?runs=1000&zaad=2026", links.GetProperty("basis").GetProperty("href").GetString());
    }

    [Fact]
    public async Task The_api_and_the_page_give_the_same_figures_for_chosen_values()
    {
        const string query = "?hefboom2=0.3&hefboom3=0.4&runs=300&zaad=11";
        var s = await Json("/api/v1/scenarios/brief-2026" + query);
        Assert.Equal(0.3, s.GetProperty("hefbomen")[1].GetProperty("waarde").GetDouble());
        Assert.Equal(0.7, s.GetProperty("hefbomen")[1].GetProperty("bestandswaarde").GetDouble());
        var html = await _client.GetStringAsync("/scenarios/brief-2026" + query);
        var p50 = s.GetProperty("behoefte").GetProperty("p50").GetInt32();
        Assert.Contains($"<dd>{Spreiding.Core.Nederlands.Geheel(p50)}</dd>", html);
        Assert.NotEqual(p50, (await Json("/api/v1/scenarios/brief-2026?runs=300&zaad=11")).GetProperty("behoefte").GetProperty("p50").GetInt32());
    }

    [Fact]
    public async Task A_baseline_has_no_comparison()
    {
        var s = await Json("/api/v1/scenarios/basis-2026?runs=100");
        Assert.False(s.TryGetProperty("vergelijking", out _));
        Assert.Contains("zelf een basis", s.GetProperty("vergelijkingOntbreekt").GetString());
        Assert.True(s.GetProperty("doel").GetProperty("gereproduceerd").GetBoolean());
        Assert.False(s.GetProperty("provincies")[0].TryGetProperty("basisP50", out _));
    }

    // Bad input (problem+json) and the ETag of the scenario endpoints: the theories of ApiTests carry their cases.

    [Fact]
    public async Task Other_figures_have_another_etag()
    {
        var a = (await _client.GetAsync("/api/v1/scenarios/hefboom-nareis?runs=200")).Headers.ETag;
        var b = (await _client.GetAsync("/api/v1/scenarios/hefboom-nareis?runs=200&hefboom1=0.5")).Headers.ETag;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_scenario_endpoints()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/openapi.json")).RootElement;
        var paden = doc.GetProperty("paths");
        Assert.True(paden.TryGetProperty("/api/v1/scenarios", out var lijst));
        Assert.True(lijst.GetProperty("get").GetProperty("responses").TryGetProperty("200", out _));
        var detail = paden.GetProperty("/api/v1/scenarios/{naam}").GetProperty("get");
        Assert.Equal(["naam", "runs", "zaad"], detail.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("hefboom1", detail.GetProperty("description").GetString());
        foreach (var status in new[] { "200", "400", "404", "409" })
            Assert.True(detail.GetProperty("responses").TryGetProperty(status, out _), status);
        Assert.True(doc.GetProperty("components").GetProperty("schemas").TryGetProperty("ScenarioDetailModel", out _));
    }
}
