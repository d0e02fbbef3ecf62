using System.Net;
using System.Text.RegularExpressions;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;

namespace Spreiding.Web.Tests;

/// <summary>The scenario pages: the list, one scenario with its levers, charts with table alternatives, provinces against the baseline, errors.</summary>
public sealed partial class ScenarioPaginaTests(SpreidingFabriek fabriek) : IClassFixture<SpreidingFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    private static readonly string[] Namen = ["backtest-2024", "basis-2026", "brief-2026", "hefboom-instroom", "hefboom-nareis", "hefboom-uitstroom"];

    private async Task<string> Html(string pad)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
        PaginaTests.AssertBeveiligd(antwoord);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html);
        Assert.DoesNotContain("<script", html);
        // The CSP forbids inline styles: no style attributes, in HTML or SVG.
        Assert.DoesNotMatch("\\sstyle\\s*=", html);
        return html;
    }

    /// <summary>The national need of the scenario computed by the core directly, with the page's defaults (1,000 runs, seed 2026).</summary>
    private static MonteCarloResultaat Direct(string naam, int runs = 1000, ulong zaad = 2026) =>
        MonteCarlo.Draai(ScenarioLoader.Meegeleverd(naam).Scenario, 0.91, runs, zaad);

    /// <summary>As the pages encode text (Html.Encode).</summary>
    internal static string Encode(string s) =>
        s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static string G(double behoefte) => Nederlands.Geheel(MonteCarloResultaat.AfrondenHalfOmhoog(behoefte));

    [Fact]
    public async Task The_list_names_every_bundled_scenario_and_the_menu_links_to_it()
    {
        Assert.Equal(Namen, ScenarioLoader.MeegeleverdeNamen());
        var html = await Html("/scenarios");
        Assert.Contains("<a class=\"utrecht-link\" href=\"/scenarios\">Scenario's</a>", html);
        var tabel = html[html.IndexOf("id=\"tabel-scenarios\"", StringComparison.Ordinal)..];
        var links = Regex.Matches(tabel, "<th class=\"utrecht-table__header-cell\" scope=\"row\"><a class=\"utrecht-link\" href=\"/scenarios/([a-z0-9-]+)\">")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Namen, links);
        Assert.Contains(">Basis 2026 (MPP 26 september 2025)</a>", html);
        // The menu item is on every page.
        Assert.Contains("href=\"/scenarios\">Scenario's</a>", await _client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_scenario_page_shows_each_lever_with_its_source_and_a_get_form()
    {
        var html = await Html("/scenarios/brief-2026");
        var scenario = ScenarioLoader.Meegeleverd("brief-2026").Scenario;
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Kamerbrief 5 februari 2026 (alle drie de hefbomen)</h1>", html);
        Assert.Contains("<form class=\"spreiding-formulier\" method=\"get\" action=\"/scenarios/brief-2026\">", html);
        Assert.Equal(3, scenario.Hefbomen.Count);
        for (var i = 0; i < scenario.Hefbomen.Count; i++)
        {
            var h = scenario.Hefbomen[i];
            var veld = Regex.Match(html, $"<input [^>]*id=\"hefboom{i + 1}\"[^>]*>").Value;
            Assert.Contains($"value=\"{h.Effect.Waarde.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\"", veld);
            Assert.Contains($"min=\"{h.Effect.Min!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\"", veld);
            Assert.Contains($"max=\"{h.Effect.Max!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\"", veld);
            Assert.Contains($"<label class=\"utrecht-form-label\" for=\"hefboom{i + 1}\">{h.Naam}</label>", html);
            Assert.Contains("Bron: " + Encode(h.Effect.Bron), html);
        }
        Assert.Matches("<input [^>]*id=\"runs\"[^>]*value=\"1000\"", html);
        Assert.Matches("<input [^>]*id=\"zaad\"[^>]*value=\"2026\"", html);
        // Every model parameter with its source, as in the file (inherited from the baseline).
        var parameters = html[html.IndexOf("id=\"tabel-parameters\"", StringComparison.Ordinal)..];
        foreach (var p in ModelParameters.Alle) Assert.Contains($"<code>{p}</code>", parameters);
        Assert.Contains("KALIBRATIE (modelaanname)", parameters);
    }

    [Fact]
    public async Task The_need_over_time_is_a_chart_with_a_title_a_description_and_a_table_after_it()
    {
        var html = await Html("/scenarios/brief-2026");
        var mc = Direct("brief-2026");
        var svg = Svg().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, svg.Count); // the band and the tornado
        var band = svg[0];
        Assert.Contains("<title id=\"titel-behoefte\">Landelijke behoefte aan opvangplaatsen: Kamerbrief 5 februari 2026 (alle drie de hefbomen)</title>", band);
        Assert.Contains("<desc id=\"beschrijving-behoefte\">", band);
        Assert.Contains("aria-labelledby=\"titel-behoefte beschrijving-behoefte\"", band);
        Assert.Contains("<polygon", band);
        Assert.Contains("aria-labelledby=\"titel-tornado beschrijving-tornado\"", svg[1]);
        Assert.DoesNotContain("id=\"titel\"", html); // ids are unique per page
        Assert.True(html.IndexOf(band, StringComparison.Ordinal) < html.IndexOf("id=\"tabel-behoefte\"", StringComparison.Ordinal));

        var tabel = html[html.IndexOf("id=\"tabel-behoefte\"", StringComparison.Ordinal)..html.IndexOf("id=\"tabel-provincies\"", StringComparison.Ordinal)];
        var rijen = Regex.Matches(tabel, "<tr class=\"utrecht-table__row\"><th class=\"utrecht-table__header-cell\" scope=\"row\">([^<]+)</th>\\s*" +
                                         "<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>\\s*<td[^>]*>([^<]+)</td>").ToList();
        Assert.Equal(37, rijen.Count); // 36 months from 1 October 2025, both ends
        var peil = rijen.Single(r => r.Groups[1].Value == "1 januari 2027 (peildatum)");
        Assert.Equal([G(mc.Landelijk.P10), G(mc.Landelijk.P50), G(mc.Landelijk.P90), G(mc.CentraleBehoefte)],
            [peil.Groups[2].Value, peil.Groups[3].Value, peil.Groups[4].Value, peil.Groups[5].Value]);
        Assert.Equal("75.699", peil.Groups[5].Value); // the hand calculation of scenarios/LEESMIJ.md
    }

    [Fact]
    public async Task The_provinces_are_compared_with_the_baseline_and_the_revision_check_names_its_threshold()
    {
        var html = await Html("/scenarios/brief-2026");
        Assert.Contains("Herzieningstoets (art. 2 lid 2 wet): gemarkeerd.", html);
        Assert.Contains("Drempel 5,0% uit cyclus-2026.yaml", html);
        Assert.Contains("href=\"/scenarios/basis-2026?runs=1000&zaad=2026\"", html);
        var basis = Direct("basis-2026");
        Assert.Contains($"behoefte P10 {G(basis.Landelijk.P10)}, P50 {G(basis.Landelijk.P50)}, P90 {G(basis.Landelijk.P90)}", html);

        var tabel = html[html.IndexOf("id=\"tabel-provincies\"", StringComparison.Ordinal)..html.IndexOf("id=\"tabel-tornado\"", StringComparison.Ordinal)];
        Assert.Contains(">Verschil P50</th>", tabel);
        var rijen = Regex.Matches(tabel, "scope=\"row\">([^<]+) \\((PV\\d\\d)\\)</th>((?:\\s*<td[^>]*>[^<]+</td>){7})").ToList();
        Assert.Equal(12, rijen.Count);
        foreach (var r in rijen)
        {
            var getallen = Regex.Matches(r.Groups[3].Value, "<td[^>]*>([^<]+)</td>").Select(m => int.Parse(m.Groups[1].Value.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var (p10, p50, p90, basisP50, verschil, v10, v90) = (getallen[0], getallen[1], getallen[2], getallen[3], getallen[4], getallen[5], getallen[6]);
            Assert.True(p10 <= p50 && p50 <= p90, r.Groups[1].Value);
            Assert.Equal(p50 - basisP50, verschil);
            Assert.True(v10 <= v90 && v90 < 0, r.Groups[1].Value); // every lever lowers the need
        }
    }

    [Fact]
    public async Task A_chosen_lever_value_changes_the_figures_and_the_form_keeps_it()
    {
        var standaard = await Html("/scenarios/hefboom-uitstroom");
        var minder = await Html("/scenarios/hefboom-uitstroom?hefboom1=700&runs=500&zaad=7");
        Assert.Matches("<input [^>]*id=\"hefboom1\"[^>]*value=\"700\"", minder);
        Assert.Matches("<input [^>]*id=\"runs\"[^>]*value=\"500\"", minder);

        // The chosen value becomes the lever's central value; the range of the file stays.
        var basis = ScenarioLoader.Meegeleverd("hefboom-uitstroom").Scenario;
        var gekozen = basis with { Hefbomen = [basis.Hefbomen[0] with { Effect = basis.Hefbomen[0].Effect with { Waarde = 700 } }] };
        var centraal = Prognosemodel.Simuleer(gekozen, 0.91).BehoefteOpPeildatum;
        Assert.Contains($"<dd>{G(centraal)}</dd>", minder);
        Assert.Contains($"<dd>{G(Prognosemodel.Simuleer(basis, 0.91).BehoefteOpPeildatum)}</dd>", standaard);
        Assert.True(centraal > Prognosemodel.Simuleer(basis, 0.91).BehoefteOpPeildatum);
        Assert.Contains("500 Monte Carlo-runs met zaad 7", minder);
        // A decimal comma is read as Dutch people write it.
        Assert.Contains($"<dd>{G(centraal)}</dd>", await Html("/scenarios/hefboom-uitstroom?hefboom1=700,0&runs=500&zaad=7"));
    }

    [Fact]
    public async Task A_baseline_has_no_comparison_and_says_whether_it_reproduces_its_target()
    {
        var html = await Html("/scenarios/basis-2026");
        Assert.Contains("het is zelf een basis", html);
        Assert.DoesNotContain("Herzieningstoets", html);
        Assert.Contains("Centraal 87.997: gereproduceerd binnen de marge.", html);
        Assert.Contains("Dit scenario heeft geen hefbomen", html);
        Assert.DoesNotContain("id=\"hefboom1\"", html);
        Assert.Equal(12, Regex.Matches(html, "scope=\"row\">[^<]+ \\(PV\\d\\d\\)</th>").Count);
    }

    [Theory]
    [InlineData("/scenarios/brief-2026?runs=abc", "runs")]
    [InlineData("/scenarios/brief-2026?runs=99", "runs")]
    [InlineData("/scenarios/brief-2026?runs=10001", "runs")]
    [InlineData("/scenarios/brief-2026?runs=100&runs=200", "runs")]
    [InlineData("/scenarios/brief-2026?zaad=-1", "zaad")]
    [InlineData("/scenarios/brief-2026?zaad=9007199254740992", "zaad")]
    [InlineData("/scenarios/brief-2026?hefboom1=699", "hefboom1")]
    [InlineData("/scenarios/brief-2026?hefboom1=1600.5", "hefboom1")]
    [InlineData("/scenarios/brief-2026?hefboom1=1.450", "hefboom1")]
    [InlineData("/scenarios/brief-2026?hefboom2=0.96", "hefboom2")]
    [InlineData("/scenarios/brief-2026?hefboom3=veel", "hefboom3")]
    [InlineData("/scenarios/brief-2026?hefboom4=1", "hefboom4")]
    [InlineData("/scenarios/basis-2026?hefboom1=1", "hefboom1")]
    public async Task Bad_input_gives_a_dutch_400_page(string pad, string parameter)
    {
        var antwoord = await _client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains($"Ongeldige parameter &#39;{parameter}&#39;", html);
        PaginaTests.AssertBeveiligd(antwoord);
    }

    [Fact]
    public async Task The_bounds_in_the_message_are_those_of_the_file()
    {
        var html = await (await _client.GetAsync("/scenarios/brief-2026?hefboom1=2000")).Content.ReadAsStringAsync();
        Assert.Contains("geef een geheel getal van 700 tot en met 1.600 (personen per maand; het bereik uit het scenariobestand)", html);
    }

    [Fact]
    public async Task An_unknown_scenario_is_a_dutch_404()
    {
        var antwoord = await _client.GetAsync("/scenarios/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("Onbekend scenario", html);
        Assert.Contains("basis-2026", html);
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
