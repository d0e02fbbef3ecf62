using System.Globalization;
using System.Xml.Linq;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

/// <summary>The "done when" of the forecast and policy scenarios, through the command line.</summary>
public class ScenarioCliTests
{
    private static string Scenario(string naam) => Path.Combine(RepoRoot(), "scenarios", naam);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spreiding.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Spreiding.sln not found above the test directory.");
    }

    [Fact]
    public void The_baseline_reproduces_88000_from_its_stated_start_state_within_its_documented_margin()
    {
        var result = new CliRunner().Run("scenario", "run", Scenario("basis-2026.yaml"), "--runs", "200", "--niveau", "land", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        var f = result.Out.TrimEnd('\n').Split('\n')[1].Split(',');
        var centraal = int.Parse(f[1], CultureInfo.InvariantCulture);
        var (doel, marge) = (int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture));
        Assert.Equal(88000, doel);
        Assert.InRange(centraal, doel - marge, doel + marge);
        var (p10, p50, p90) = (int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture));
        Assert.True(p10 <= p50 && p50 <= p90 && p10 < p90);
    }

    [Fact]
    public void The_letters_levers_give_a_reduction_with_its_band_per_province()
    {
        var result = new CliRunner().Run("scenario", "vergelijk", Scenario("basis-2026.yaml"), Scenario("brief-2026.yaml"), "--runs", "200", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("provinciecode,provincie,basis_p50,scenario_p50,verschil_p50,verschil_p10,verschil_p90,te_realiseren_basis_p50,te_realiseren_scenario_p50", lines[0]);
        Assert.Equal(12, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var (p50, p10, p90) = (int.Parse(f[4], CultureInfo.InvariantCulture), int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture));
            Assert.True(p50 < 0, line);
            Assert.True(p10 <= p90, line);
        }
    }

    [Fact]
    public void The_revision_check_flags_the_letters_levers_as_evidence_for_an_interim_change()
    {
        var result = new CliRunner().Run("scenario", "vergelijk", Scenario("basis-2026.yaml"), Scenario("brief-2026.yaml"), "--runs", "200", "--niveau", "land", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        Assert.EndsWith(",ja", result.Out.TrimEnd('\n').Split('\n')[1]);
    }

    [Fact]
    public void The_comparison_as_json_writes_the_negative_difference()
    {
        var result = new CliRunner().Run("scenario", "vergelijk", Scenario("basis-2026.yaml"), Scenario("brief-2026.yaml"), "--runs", "200", "--niveau", "land", "--formaat", "json");
        Assert.Equal(0, result.Exit);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var verschil = json.RootElement.GetProperty("verschil");
        var (p10, p50, p90) = (verschil.GetProperty("p10").GetInt32(), verschil.GetProperty("p50").GetInt32(), verschil.GetProperty("p90").GetInt32());
        Assert.True(p10 <= p50 && p50 <= p90 && p90 < 0, $"{p10} {p50} {p90}");
        Assert.True(json.RootElement.GetProperty("herziening_gemarkeerd").GetBoolean());
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        var a = new CliRunner().Run("scenario", "run", Scenario("brief-2026.yaml"), "--runs", "300", "--seed", "7", "--formaat", "json", "--niveau", "gemeente");
        var b = new CliRunner().Run("scenario", "run", Scenario("brief-2026.yaml"), "--runs", "300", "--seed", "7", "--formaat", "json", "--niveau", "gemeente");
        Assert.Equal(0, a.Exit);
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void A_different_seed_changes_the_bands_but_not_the_central_path()
    {
        var a = System.Text.Json.JsonDocument.Parse(new CliRunner().Run("scenario", "run", Scenario("basis-2026.yaml"), "--runs", "300", "--seed", "1", "--formaat", "json").Out).RootElement;
        var b = System.Text.Json.JsonDocument.Parse(new CliRunner().Run("scenario", "run", Scenario("basis-2026.yaml"), "--runs", "300", "--seed", "2", "--formaat", "json").Out).RootElement;
        Assert.Equal(a.GetProperty("centraal").GetInt32(), b.GetProperty("centraal").GetInt32());
        var maandenA = a.GetProperty("behoefte_per_maand").EnumerateArray().Select(m => m.GetProperty("centraal").GetInt32()).ToList();
        var maandenB = b.GetProperty("behoefte_per_maand").EnumerateArray().Select(m => m.GetProperty("centraal").GetInt32()).ToList();
        Assert.Equal(maandenA, maandenB);
        Assert.NotEqual(a.GetProperty("behoefte").GetRawText(), b.GetProperty("behoefte").GetRawText());
    }

    [Fact]
    public void Plots_of_the_need_band_and_the_tornado_are_written_as_svg()
    {
        var cli = new CliRunner();
        var map = Path.Combine(cli.Directory, "grafieken");
        var result = cli.Run("scenario", "run", Scenario("basis-2026.yaml"), "--runs", "100", "--niveau", "land", "--grafiek", map);
        Assert.Equal(0, result.Exit);
        var band = XDocument.Load(Path.Combine(map, "behoefte.svg"));
        Assert.Single(band.Descendants(XName.Get("polygon", "http://www.w3.org/2000/svg")));
        var tornado = XDocument.Load(Path.Combine(map, "tornado.svg"));
        Assert.True(tornado.Descendants(XName.Get("rect", "http://www.w3.org/2000/svg")).Count() > 3);
    }

    [Theory]
    [InlineData("naam: ", "onbekende_sleutel: 1\nnaam: ", "onbekende_sleutel")]
    [InlineData("    min: 8000\n    max: 22400", "    min: 23000\n    max: 22400", "min")]
    public void A_bad_scenario_file_is_refused_with_file_line_and_key(string zoek, string vervang, string verwacht)
    {
        var cli = new CliRunner();
        var basis = File.ReadAllText(Scenario("basis-2026.yaml"));
        Assert.Contains(zoek, basis);
        var path = cli.Write("fout.yaml", basis.Replace(zoek, vervang, StringComparison.Ordinal));
        var result = cli.Run("scenario", "run", path, "--runs", "10");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("fout.yaml, regel ", result.Err);
        Assert.Contains(verwacht, result.Err);
    }

    [Fact]
    public void A_lever_starting_outside_the_horizon_is_refused_with_its_line()
    {
        var cli = new CliRunner();
        var yaml = File.ReadAllText(Scenario("hefboom-uitstroom.yaml")).Replace("start: 2026-05-01", "start: 2031-05-01", StringComparison.Ordinal);
        File.Copy(Scenario("basis-2026.yaml"), Path.Combine(cli.Directory, "basis-2026.yaml"));
        var result = cli.Run("scenario", "run", cli.Write("hefboom.yaml", yaml), "--runs", "10");
        Assert.Equal(1, result.Exit);
        Assert.Contains("hefboom.yaml, regel ", result.Err);
        Assert.Contains("start", result.Err);
    }

    [Fact]
    public void The_back_test_reports_model_known_and_error_per_checkpoint()
    {
        var result = new CliRunner().Run("scenario", "backtest", Scenario("backtest-2024.yaml"), "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("datum,grootheid,model,bekend,fout,relatieve_fout,bron", lines[0]);
        Assert.Contains(lines, l => l.Contains(",uitstroom_totaal,") && l.Contains(",44280,"));
        foreach (var l in lines.Skip(1))
        {
            var f = l.Split(',');
            Assert.Equal(double.Parse(f[2], CultureInfo.InvariantCulture) - double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), 1.0);
        }
    }
}
