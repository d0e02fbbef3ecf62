using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spreiding.Core;
using Microsoft.Extensions.DependencyInjection;
using Spreiding.Data.Grafieken;

namespace Spreiding.Web.Tests;

/// <summary>The municipality page's waterfall chart and the province page's server-side sorting.</summary>
public sealed partial class WatervalEnSorteringTests(SpreidingFabriek fabriek) : IClassFixture<SpreidingFabriek>
{
    private readonly HttpClient _client = fabriek.CreateClient();

    private static double Getal(string nederlands) =>
        double.Parse(nederlands.Replace(".", "", StringComparison.Ordinal).Replace(',', '.').Replace("±", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("GM0377")]
    [InlineData("GM0363")]
    public async Task The_municipality_page_has_a_waterfall_chart_ending_in_its_places(string code)
    {
        var html = await _client.GetStringAsync($"/gemeenten/{code}");
        Assert.DoesNotMatch("\\sstyle\\s*=", html);
        var api = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/ramingen/2024/gemeenten/{code}")).RootElement;
        var plaatsen = api.GetProperty("gemeente").GetProperty("plaatsen").GetInt32();
        var naam = api.GetProperty("gemeente").GetProperty("naam").GetString();

        var svg = Assert.Single(Svg().Matches(html)).Value;
        Assert.Contains($"<title id=\"titel-waterval\">Van aandeel naar aantal plaatsen: {naam}</title>", svg);
        Assert.Contains("aria-labelledby=\"titel-waterval beschrijving-waterval\"", svg);
        var beschrijving = Regex.Match(svg, "<desc id=\"beschrijving-waterval\">([^<]+)</desc>").Groups[1].Value;
        Assert.Contains($"Uitkomst: {Nederlands.Geheel(plaatsen)}", beschrijving);
        Assert.Contains("inwoners op 1 januari 2023", beschrijving);

        // Bar labels, left to right: the share by inhabitants, three changes, the outcome; they add up.
        var labels = Regex.Matches(svg, "<text [^>]*font-weight=\"bold\">([^<]+)</text>").Select(m => m.Groups[1].Value).Skip(1).ToList();
        var namen = Regex.Matches(svg, "<rect class=\"waterval-[a-z]+\"[^>]*><title>([^:<]+):").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Aandeel naar inwoners", "SES-WOA-correctie", "Normalisatie", "Afronding", "Uitkomst"], namen);
        Assert.Equal(Nederlands.Geheel(plaatsen), labels[^1]);
        Assert.Equal(plaatsen, labels.Take(4).Sum(Getal), 0.05);
        // The list of steps stays as the text alternative, after the chart.
        Assert.True(html.IndexOf("</svg>", StringComparison.Ordinal) < html.IndexOf("<ol class=\"utrecht-ordered-list spreiding-waterval\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Waterfall_bars_start_where_the_previous_level_ended()
    {
        var svg = SvgWaterval.Waterval("Proef", "plaatsen",
        [
            new Watervalstap("Begin", 10, WatervalSoort.Begin, "10"),
            new Watervalstap("Erbij", 5, WatervalSoort.Stap, "+5"),
            new Watervalstap("Eraf", -3, WatervalSoort.Stap, "-3"),
            new Watervalstap("Eind", 12, WatervalSoort.Totaal, "12"),
        ]);
        var balken = Regex.Matches(svg, "<rect class=\"waterval-[a-z]+\" x=\"[^\"]+\" y=\"([^\"]+)\" width=\"[^\"]+\" height=\"([^\"]+)\" fill=\"([^\"]+)\"")
            .Select(m => (Boven: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Hoogte: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Kleur: m.Groups[3].Value))
            .ToList();
        Assert.Equal(4, balken.Count);
        var eenheid = balken[0].Hoogte / 10;
        Assert.Equal(5 * eenheid, balken[1].Hoogte, 0.2);
        Assert.Equal(3 * eenheid, balken[2].Hoogte, 0.2);
        Assert.Equal(12 * eenheid, balken[3].Hoogte, 0.2);
        var nul = balken[0].Boven + balken[0].Hoogte;
        Assert.Equal(nul - 10 * eenheid, balken[1].Boven + balken[1].Hoogte, 0.2); // the rise starts at 10
        Assert.Equal(nul - 15 * eenheid, balken[2].Boven, 0.2);                  // the fall starts at 15
        Assert.Equal(["#154273", "#2e7d32", "#b3261e", "#154273"], balken.Select(b => b.Kleur));
        Assert.Contains("<desc id=\"beschrijving\">Proef. Begin: 10; Erbij: +5; Eraf: -3; Eind: 12.</desc>", svg);
        Assert.DoesNotContain("style=", svg);
    }

    private async Task<List<(string Code, string Naam, int Inwoners, int Plaatsen)>> NoordHolland()
    {
        var rijen = new List<(string, string, int, int)>();
        for (var pagina = 1; pagina <= 4; pagina++)
        {
            var p = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/ramingen/2024/gemeenten?paginagrootte=100&pagina={pagina}")).RootElement;
            rijen.AddRange(p.GetProperty("_embedded").GetProperty("gemeenten").EnumerateArray()
                .Where(g => g.GetProperty("provinciecode").GetString() == "PV27")
                .Select(g => (g.GetProperty("code").GetString()!, g.GetProperty("naam").GetString()!, g.GetProperty("inwoners").GetInt32(), g.GetProperty("plaatsen").GetInt32())));
        }
        return rijen;
    }

    private async Task<List<string>> Codes(string query)
    {
        var html = await _client.GetStringAsync("/provincies/PV27" + query);
        var tabel = html[html.IndexOf("id=\"tabel-provincie\"", StringComparison.Ordinal)..];
        return Regex.Matches(tabel, "<td class=\"utrecht-table__cell\">(GM\\d{4})</td>").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task The_province_table_sorts_by_places_with_ties_broken_by_code_in_both_directions()
    {
        var gemeenten = await NoordHolland();
        Assert.Equal(44, gemeenten.Count);
        // Noord-Holland has municipalities with equal places in the 2024 raming on the bundled data, so the tie rule matters.
        Assert.Contains(gemeenten.GroupBy(g => g.Plaatsen), g => g.Count() > 1);

        var af = gemeenten.OrderByDescending(g => g.Plaatsen).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Code).ToList();
        var op = gemeenten.OrderBy(g => g.Plaatsen).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Code).ToList();
        Assert.Equal(af, await Codes("?sorteer=plaatsen&richting=af"));
        Assert.Equal(op, await Codes("?sorteer=plaatsen&richting=op"));
        Assert.Equal(af, await Codes("?sorteer=plaatsen&volgorde=af")); // the older parameter name still works
        Assert.Equal(gemeenten.OrderByDescending(g => g.Inwoners).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Code),
            await Codes("?sorteer=inwoners&richting=af"));
        Assert.Equal(gemeenten.OrderBy(g => g.Naam, StringComparer.Ordinal).ThenBy(g => g.Code, StringComparer.Ordinal).Select(g => g.Code), await Codes(""));
    }

    [Theory]
    [InlineData("plaatsen", false)]
    [InlineData("plaatsen", true)]
    [InlineData("inwoners", true)]
    public void Ties_follow_the_code_whatever_order_the_rows_come_in(string sleutel, bool aflopend)
    {
        using var scope = fabriek.Services.CreateScope();
        var raming = scope.ServiceProvider.GetRequiredService<Spreiding.Web.Infrastructure.RamingDienst>().Raming(2024);
        var rijen = raming.Gemeenten.Where(g => g.Gemeente.Provincie.ToString() == "PV27").ToList();
        // Equal keys for half the rows, so that only the tie rule decides their order.
        var gelijk = rijen.Select((g, i) => i % 2 == 0 ? g with { Plaatsen = 100, Inwoners = 5000 } : g).ToList();
        gelijk.Reverse(); // input order against the code

        var geordend = Spreiding.Web.Features.Provincies.ProvincieEndpoints.Sorteer(gelijk, sleutel, aflopend).ToList();
        Func<Spreiding.Core.Raming.GemeenteRaming, int> waarde = sleutel == "plaatsen" ? g => g.Plaatsen : g => g.Inwoners;
        var verwacht = (aflopend ? gelijk.OrderByDescending(waarde) : gelijk.OrderBy(waarde)).ThenBy(g => g.Gemeente.Code.ToString(), StringComparer.Ordinal);
        Assert.Equal(verwacht.Select(g => g.Gemeente.Code), geordend.Select(g => g.Gemeente.Code));
        Assert.True(geordend.Count(g => waarde(g) == (sleutel == "plaatsen" ? 100 : 5000)) >= 20);
    }

    [Fact]
    public async Task Only_the_sorted_column_has_aria_sort_and_its_link_reverses_the_direction()
    {
        var html = await _client.GetStringAsync("/provincies/PV27?sorteer=plaatsen&richting=af");
        var koppen = Regex.Matches(html, "<th class=\"[^\"]*\" scope=\"col\"[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(4, koppen.Count);
        Assert.Equal(["aria-sort=\"descending\""], koppen.SelectMany(k => Regex.Matches(k, "aria-sort=\"[a-z]+\"").Select(m => m.Value)));
        Assert.Contains("aria-sort", koppen[3]); // Plaatsen
        Assert.Contains("href=\"/provincies/PV27?cyclus=2024&sorteer=plaatsen&richting=op\"", html);
        Assert.Contains("href=\"/provincies/PV27?cyclus=2024&sorteer=naam&richting=op\"", html);
    }

    [Theory]
    [InlineData("?sorteer=plaatsen&richting=omhoog")]
    [InlineData("?sorteer=hoogte")]
    public async Task A_bad_sort_is_a_dutch_400(string query)
    {
        var antwoord = await _client.GetAsync("/provincies/PV27" + query);
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Contains("Ongeldige parameter", await antwoord.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
