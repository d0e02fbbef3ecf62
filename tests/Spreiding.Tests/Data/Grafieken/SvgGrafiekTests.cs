using System.Xml.Linq;
using Spreiding.Data.Grafieken;

namespace Spreiding.Tests.Data.Grafieken;

public class SvgGrafiekTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<Bandpunt> Punten(int n) =>
        Enumerable.Range(0, n).Select(i => new Bandpunt(new DateOnly(2025, 10, 1).AddMonths(i), 70000 + i * 100, 80000 + i * 150, 90000 + i * 200, 80000 + i * 150)).ToList();

    [Fact]
    public void Band_chart_is_well_formed_svg_with_a_title_a_band_and_a_median_line()
    {
        var doc = XDocument.Parse(SvgGrafiek.Band("Behoefte aan opvangplaatsen", "plaatsen", Punten(37), 88000, "88.000 (MPP)"));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal("Behoefte aan opvangplaatsen", doc.Root.Element(Svg + "title")!.Value);
        var band = doc.Descendants(Svg + "polygon").Single();
        Assert.Equal(2 * 37, band.Attribute("points")!.Value.Split(' ').Length);
        Assert.Equal(2, doc.Descendants(Svg + "polyline").Count());
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "88.000 (MPP)");
    }

    [Fact]
    public void Tornado_has_one_bar_per_parameter_with_escaped_labels()
    {
        var balken = new[] { new TornadoBalk("wachttijd <statushouders>", 80000, 95000), new TornadoBalk("instroom", 84000, 92000) };
        var svg = SvgGrafiek.Tornado("Gevoeligheid", "plaatsen", 88000, balken);
        var doc = XDocument.Parse(svg);
        Assert.Equal(3, doc.Descendants(Svg + "rect").Count()); // background + 2 bars
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "wachttijd <statushouders>");
    }

    [Theory]
    [InlineData(0, 95000)]
    [InlineData(71234, 89876)]
    [InlineData(5, 7)]
    public void Axis_scale_covers_the_data_in_round_steps(double min, double max)
    {
        var (onder, boven, stap) = SvgGrafiek.Schaal(min, max);
        Assert.True(onder <= min && boven >= max);
        var steps = (boven - onder) / stap;
        Assert.InRange(steps, 3, 13);
    }
}

public class SvgKaartTests
{
    private static readonly System.Xml.Linq.XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_bundled_boundaries_hold_342_municipalities_and_12_provinces()
    {
        Assert.Equal(342, SvgKaart.Gemeenten.Count);
        Assert.Equal(12, SvgKaart.Provincies.Count);
        Assert.Contains(SvgKaart.Gemeenten, g => g.Code == "GM1992" && g.Naam == "Voorne aan Zee");
    }

    [Fact]
    public void A_map_of_changes_colours_decreases_blue_increases_red_and_unchanged_grey()
    {
        var waarden = new Dictionary<string, int> { ["PV27"] = -300, ["PV28"] = 150, ["PV20"] = 0 };
        var doc = System.Xml.Linq.XDocument.Parse(SvgKaart.Verschil("Verschil", SvgKaart.Provincies, waarden, "plaatsen"));
        var paden = doc.Descendants(Svg + "path").ToDictionary(p => p.Attribute("data-code")!.Value, p => p.Attribute("fill")!.Value);
        Assert.Equal(12, paden.Count);
        Assert.Equal("#f2f2f2", paden["PV20"]);
        static (int R, int G, int B) Rgb(string hex) => (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
        Assert.True(Rgb(paden["PV27"]).B > Rgb(paden["PV27"]).R);
        Assert.True(Rgb(paden["PV28"]).R > Rgb(paden["PV28"]).B);
        Assert.Equal("#ffffff", paden["PV31"]); // no value
        Assert.Contains(doc.Descendants(Svg + "title"), t => t.Value.Contains("Noord-Holland (PV27): -300 plaatsen"));
    }
}

public class SvgKaartLegendaTests
{
    private static readonly System.Xml.Linq.XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_level_map_legend_shows_zero_and_the_largest_value_once_without_a_sign()
    {
        var doc = System.Xml.Linq.XDocument.Parse(SvgKaart.Niveau("Plaatsen", SvgKaart.Provincies, new Dictionary<string, int> { ["PV28"] = 20510, ["PV20"] = 3213 }, "plaatsen"));
        var teksten = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("20.510", teksten);
        Assert.DoesNotContain(teksten, t => t.Contains("+20.510"));
    }

    [Fact]
    public void A_change_map_legend_names_the_largest_decrease_and_increase()
    {
        var doc = System.Xml.Linq.XDocument.Parse(SvgKaart.Verschil("Verschil", SvgKaart.Provincies, new Dictionary<string, int> { ["PV28"] = -310 }, "plaatsen"));
        var teksten = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("afname (-310)", teksten);
        Assert.Contains("toename (+310)", teksten);
    }
}
