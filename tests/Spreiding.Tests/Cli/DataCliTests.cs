using System.Globalization;
using System.Text;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

public class DataCliTests
{
    [Fact]
    public void Status_lists_the_bundled_data_and_the_338_municipalities_without_SES_WOA()
    {
        var result = new CliRunner().Run("data", "status");
        Assert.Equal(0, result.Exit);
        Assert.Contains("2023-01-01", result.Out);
        Assert.Contains("ONTBREEKT", result.Out);          // population 1-1-2025 for cycle 2026
        Assert.Contains("SES-WOA ontbreekt voor 338 gemeenten", result.Out);
        Assert.Contains("GM0014 Groningen", result.Out);
        Assert.DoesNotContain("GM0363 Amsterdam", result.Out);
        Assert.Contains("CBS, CC BY 4.0", result.Out);
    }

    [Fact]
    public void Imported_complete_SES_WOA_makes_the_statutory_key_possible()
    {
        var cli = new CliRunner();
        var import = cli.Run("data", "importeer", "ses-woa", TestData.WriteFixtureSesFile(cli.Directory), "--periode", "fixture");
        Assert.Equal(0, import.Exit);
        Assert.Contains("342 gemeenten", import.Out);

        var raming = cli.Run("raming", "--cyclus", "2024", "--formaat", "csv");
        Assert.Equal(0, raming.Exit);
        Assert.DoesNotContain("NIET de wettelijke", raming.Err);
        Assert.Equal(342, raming.Out.TrimEnd('\n').Split('\n').Length - 1);

        var status = cli.Run("data", "status");
        Assert.Contains("volledig: wettelijke sleutel mogelijk", status.Out);
        Assert.Contains("fixture_ses_woa_volledig.csv", status.Out);
    }

    [Fact]
    public void Imported_population_for_2025_makes_cycle_2026_possible()
    {
        var cli = new CliRunner();
        // Fixture: the 2023 counts relabelled, only to exercise the import path.
        var sb = new StringBuilder("gemeentecode;inwoners\n");
        foreach (var (code, n) in TestData.Bevolking2023.Inwoners.OrderBy(kv => kv.Key))
            sb.Append(code.Digits).Append(';').Append((n + 10).ToString(CultureInfo.InvariantCulture)).Append('\n');
        var path = cli.Write("fixture_bevolking_2025.csv", sb.ToString());

        var import = cli.Run("data", "importeer", "bevolking", path, "--peildatum", "2025-01-01");
        Assert.Equal(0, import.Exit);

        var raming = cli.Run("raming", "--cyclus", "2026", "--sleutel", "inwoners", "--methode", "sainte-lague", "--formaat", "csv", "--niveau", "provincie");
        Assert.Equal(0, raming.Exit);
        var sum = raming.Out.TrimEnd('\n').Split('\n').Skip(1).Sum(l => int.Parse(l.Split(',')[4], CultureInfo.InvariantCulture));
        Assert.Equal(88000, sum);
    }

    [Fact]
    public void A_bad_population_file_is_refused_with_line_and_column_and_nothing_is_stored()
    {
        var cli = new CliRunner();
        var path = cli.Write("bevolking.csv", "gemeentecode;inwoners\nGM0014;238147\nGM0034;tweehonderd\n");
        var result = cli.Run("data", "importeer", "bevolking", path, "--peildatum", "2025-01-01");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("regel 3, kolom 2", result.Err);
        var status = cli.Run("data", "status");
        Assert.DoesNotContain("Geïmporteerde datasets", status.Out);
    }

    [Fact]
    public void A_population_file_with_an_unknown_code_names_it()
    {
        var cli = new CliRunner();
        var path = cli.Write("bevolking.csv", "gemeentecode,inwoners\nGM0014,238147\nGM9998,100\n");
        var result = cli.Run("data", "importeer", "bevolking", path, "--peildatum", "2025-01-01");
        Assert.Equal(1, result.Exit);
        Assert.Contains("GM9998", result.Err);
        Assert.Contains("regel 3", result.Err);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var cli = new CliRunner();
        var result = cli.Run("data", "importeer", "ses-woa", cli.Write("leeg.csv", ""));
        Assert.Equal(1, result.Exit);
        Assert.Contains("leeg.csv", result.Err);
    }

    [Fact]
    public void Rules_list_every_value_with_its_source()
    {
        var result = new CliRunner().Run("regels", "--cyclus", "2026");
        Assert.Equal(0, result.Exit);
        Assert.Contains("88000", result.Out);
        Assert.Contains("50000", result.Out);
        Assert.Contains("7183203", result.Out);
    }
}
