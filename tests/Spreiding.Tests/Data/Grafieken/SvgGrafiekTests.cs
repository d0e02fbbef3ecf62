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
