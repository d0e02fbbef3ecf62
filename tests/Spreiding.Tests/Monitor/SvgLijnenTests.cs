using System.Xml.Linq;
using Spreiding.Data.Grafieken;

namespace Spreiding.Tests.Monitor;

public class SvgLijnenTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Lijnreeks Reeks(string naam, params double?[] waarden) =>
        new(naam, waarden.Select((w, i) => new Lijnpunt(new DateOnly(2025, 1, 31).AddMonths(i), w)).ToList());

    [Fact]
    public void Line_chart_is_well_formed_accessible_svg_with_a_line_and_a_point_per_value()
    {
        var svg = SvgLijnen.Lijnen("Vervullingsgraad <test> & meer", "procent", [Reeks("Noord-Holland", 8.9, 9.6, 13.4, 14.3), Reeks("Nederland", 47.6, 48.2, 48.3, 48.4) with { Gestreept = true }],
            v => v.ToString("0.0") + "%", vanafNul: true, referentie: 100, referentieLabel: "opgave (100%)");
        var doc = XDocument.Parse(svg);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("titel beschrijving", root.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Vervullingsgraad <test> & meer", root.Element(Svg + "title")!.Value);
        var desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("4 peildata, van 31 januari 2025 tot 30 april 2025", desc);
        Assert.Contains("Noord-Holland: van 8.9% op 31 januari 2025 naar 14.3% op 30 april 2025", desc);
        var lijnen = doc.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lijnen.Count);
        Assert.All(lijnen, l => Assert.Equal(4, l.Attribute("points")!.Value.Split(' ').Length));
        Assert.NotNull(lijnen[1].Attribute("stroke-dasharray"));
        Assert.Equal(8, doc.Descendants(Svg + "circle").Count());
        Assert.All(doc.Descendants(Svg + "circle"), c => Assert.NotNull(c.Element(Svg + "title")));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "opgave (100%)");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "Nederland");
    }

    [Fact]
    public void An_undefined_value_breaks_the_line_instead_of_drawing_zero()
    {
        var doc = XDocument.Parse(SvgLijnen.Lijnen("Met gat", "procent", [Reeks("A", 10, 20, null, 30, 40)]));
        var lijnen = doc.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lijnen.Count);
        Assert.Equal(4, doc.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void A_single_snapshot_is_drawn_as_a_point()
    {
        var doc = XDocument.Parse(SvgLijnen.Lijnen("Eén peildatum", "plaatsen", [Reeks("A", 1234)]));
        Assert.Empty(doc.Descendants(Svg + "polyline"));
        Assert.Single(doc.Descendants(Svg + "circle"));
        Assert.Contains("Eén peildatum: 31 januari 2025", doc.Root!.Element(Svg + "desc")!.Value);
        Assert.Throws<ArgumentException>(() => SvgLijnen.Lijnen("Leeg", "x", []));
    }

    [Fact]
    public void The_x_axis_is_proportional_to_time()
    {
        var punten = new[] { new Lijnpunt(new DateOnly(2025, 1, 1), 1), new Lijnpunt(new DateOnly(2025, 1, 11), 2), new Lijnpunt(new DateOnly(2025, 2, 10), 3) };
        var doc = XDocument.Parse(SvgLijnen.Lijnen("Tijd", "x", [new Lijnreeks("A", punten)]));
        var x = doc.Descendants(Svg + "circle").Select(c => double.Parse(c.Attribute("cx")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3.0, (x[2] - x[1]) / (x[1] - x[0]), 2); // 30 days against 10
    }
}
