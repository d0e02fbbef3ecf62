using System.Xml.Linq;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

public class PublicatieKaartTests
{
    [Fact]
    public void The_difference_between_two_publications_is_also_drawn_as_a_map_of_changes()
    {
        var cli = new CliRunner();
        Assert.Equal(0, cli.Run("publicatie", "maak", "--cyclus", "2024", "--sleutel", "inwoners").Exit);
        Assert.Equal(0, cli.Run("publicatie", "maak", "--cyclus", "2024", "--sleutel", "inwoners", "--totaal", "95000").Exit);
        var map = Path.Combine(cli.Directory, "kaart");
        var result = cli.Run("publicatie", "verschil", "2024-1", "2024-2", "--kaart", map, "--formaat", "csv");
        Assert.Equal(0, result.Exit);

        XNamespace svg = "http://www.w3.org/2000/svg";
        var gemeenten = XDocument.Load(Path.Combine(map, "verschil-2024-1-2024-2-gemeenten.svg"));
        var paden = gemeenten.Descendants(svg + "path").ToList();
        Assert.Equal(342, paden.Count);
        var amsterdam = paden.Single(p => p.Attribute("data-code")!.Value == "GM0363").Element(svg + "title")!.Value;
        var rij = result.Out.Split('\n').Single(l => l.StartsWith("gemeente,GM0363,", StringComparison.Ordinal)).Split(',');
        Assert.Contains($": {int.Parse(rij[6]).ToString("+#,0;-#,0;0", Spreiding.Core.Nederlands.Getallen)} plaatsen", amsterdam);
        Assert.True(File.Exists(Path.Combine(map, "verschil-2024-1-2024-2-provincies.svg")));
    }
}
