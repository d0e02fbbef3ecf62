using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

/// <summary>The "done when" of the raming engine, through the command line.</summary>
public class RamingCliTests
{
    private const string Header = "gemeentecode,gemeentenaam,provinciecode,provincie,inwoners,ses_woa,gewicht,quotum,plaatsen,amv";

    private static List<Dictionary<string, string>> ParseCsv(string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var fields = SplitCsvLine(line);
            Assert.Equal(header.Length, fields.Count);
            return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }

    /// <summary>Weights as integers: inhabitants x (1000 + 1000 x score), or inhabitants alone.</summary>
    private static List<BigInteger> IndependentWeights(IReadOnlyList<Dictionary<string, string>> rows, bool ses) =>
        rows.Select(r =>
        {
            var inwoners = BigInteger.Parse(r["inwoners"], CultureInfo.InvariantCulture);
            if (!ses) return inwoners;
            var score = decimal.Parse(r["ses_woa"], NumberStyles.Number, CultureInfo.InvariantCulture);
            return inwoners * (BigInteger)(1000m + 1000m * score);
        }).ToList();

    private static int[] Independent(string methode, IReadOnlyList<BigInteger> w, int total) => methode switch
    {
        "gepubliceerd" => ReferenceApportionment.Published(w, total),
        "grootste-overschot" => ReferenceApportionment.Hamilton(w, total),
        "sainte-lague" => ReferenceApportionment.HighestAverages(w, total, ReferenceApportionment.SainteLague),
        "dhondt" => ReferenceApportionment.HighestAverages(w, total, ReferenceApportionment.DHondt),
        "huntington-hill" => ReferenceApportionment.HighestAverages(w, total, ReferenceApportionment.HuntingtonHill),
        _ => throw new ArgumentException(methode),
    };

    public static TheoryData<string, bool> MethodsWithAndWithoutSes()
    {
        var data = new TheoryData<string, bool>();
        foreach (var m in new[] { "gepubliceerd", "grootste-overschot", "sainte-lague", "dhondt", "huntington-hill" })
        {
            data.Add(m, false);
            data.Add(m, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsWithAndWithoutSes))]
    public void Raming_csv_has_342_rows_that_agree_exactly_with_an_independent_computation(string methode, bool metSes)
    {
        var cli = new CliRunner();
        var args = new List<string> { "raming", "--cyclus", "2024", "--methode", methode, "--formaat", "csv" };
        if (metSes) args.AddRange(["--ses", TestData.WriteFixtureSesFile(cli.Directory), "--ses-periode", "fixture"]);
        else args.AddRange(["--sleutel", "inwoners"]);

        var result = cli.Run([.. args]);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith(Header + "\n", result.Out);
        var rows = ParseCsv(result.Out);
        Assert.Equal(342, rows.Count);
        Assert.Equal(rows.Select(r => r["gemeentecode"]).Order(StringComparer.Ordinal), rows.Select(r => r["gemeentecode"]));
        Assert.All(rows, r => Assert.Matches("^GM[0-9]{4}$", r["gemeentecode"]));
        Assert.All(rows, r => Assert.Matches("^PV[0-9]{2}$", r["provinciecode"]));

        var plaatsen = rows.Select(r => int.Parse(r["plaatsen"], CultureInfo.InvariantCulture)).ToArray();
        var expected = Independent(methode, IndependentWeights(rows, metSes), 96000);
        Assert.Equal(expected, plaatsen);
        if (methode != "gepubliceerd") Assert.Equal(96000, plaatsen.Sum());

        var amv = rows.Select(r => int.Parse(r["amv"], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Independent(methode, IndependentWeights(rows, metSes), 8140), amv);

        // Only the rules' own key and method give the statutory distribution.
        if (metSes && methode == "gepubliceerd") Assert.DoesNotContain("NIET de wettelijke", result.Err);
        else Assert.Contains("NIET de wettelijke verdeling", result.Err);
    }

    [Theory]
    [InlineData("grootste-overschot")]
    [InlineData("gepubliceerd")]
    public void Provincial_level_equals_the_sums_of_its_municipalities(string methode)
    {
        var cli = new CliRunner();
        var gemeenten = ParseCsv(cli.Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--methode", methode, "--formaat", "csv").Out);
        var result = cli.Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--methode", methode, "--formaat", "csv", "--niveau", "provincie");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("provinciecode,provincie,inwoners,quotum,plaatsen,amv\n", result.Out);
        var provincies = ParseCsv(result.Out);
        Assert.Equal(12, provincies.Count);
        foreach (var p in provincies)
        {
            var deel = gemeenten.Where(g => g["provinciecode"] == p["provinciecode"]).ToList();
            Assert.Equal(deel.Sum(g => int.Parse(g["plaatsen"], CultureInfo.InvariantCulture)), int.Parse(p["plaatsen"], CultureInfo.InvariantCulture));
            Assert.Equal(deel.Sum(g => int.Parse(g["amv"], CultureInfo.InvariantCulture)), int.Parse(p["amv"], CultureInfo.InvariantCulture));
            Assert.Equal(deel.Sum(g => long.Parse(g["inwoners"], CultureInfo.InvariantCulture)), long.Parse(p["inwoners"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Published_method_reports_its_difference_from_the_national_total()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "json", "--niveau", "provincie");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        var toegekend = root.GetProperty("provincies").EnumerateArray().Sum(p => p.GetProperty("plaatsen").GetInt32());
        Assert.Equal(toegekend, root.GetProperty("toegekend").GetInt32());
        Assert.Equal(toegekend - 96000, root.GetProperty("verschil").GetInt32());
        Assert.False(root.GetProperty("wettelijk").GetBoolean());
        Assert.Contains("verschil " + (toegekend - 96000), result.Err);
    }

    [Fact]
    public void Statutory_key_without_SES_WOA_is_refused_with_how_to_load_it_and_no_output()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2024", "--formaat", "csv");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("338 van de 342 gemeenten", result.Err);
        Assert.Contains("85900NED", result.Err);
        Assert.Contains("spreiding data importeer ses-woa", result.Err);
        Assert.Contains("--sleutel inwoners", result.Err);
    }

    [Fact]
    public void Json_of_the_population_only_key_says_it_is_not_statutory()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "json");
        using var doc = JsonDocument.Parse(result.Out);
        Assert.False(doc.RootElement.GetProperty("wettelijk").GetBoolean());
        Assert.NotEmpty(doc.RootElement.GetProperty("afwijkingen").EnumerateArray());
        Assert.Equal(342, doc.RootElement.GetProperty("gemeenten").GetArrayLength());
        var first = doc.RootElement.GetProperty("gemeenten")[0];
        Assert.Equal("GM0014", first.GetProperty("gemeentecode").GetString());
        Assert.Contains("/", first.GetProperty("quotum_exact").GetString());
    }

    [Fact]
    public void Table_title_says_the_population_only_key_is_not_statutory()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "provincie");
        Assert.Equal(0, result.Exit);
        Assert.Contains("NIET de wettelijke verdeling", result.Out);
        Assert.Contains("Noord-Holland", result.Out);
    }

    [Fact]
    public void Cycle_2026_without_a_population_on_1_January_2025_says_how_to_import_it()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2026", "--sleutel", "inwoners");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("1 januari 2025", result.Err);
        Assert.Contains("spreiding data importeer bevolking BESTAND --peildatum 2025-01-01", result.Err);
    }

    [Fact]
    public void An_unknown_cycle_is_refused()
    {
        var result = new CliRunner().Run("raming", "--cyclus", "2019", "--sleutel", "inwoners");
        Assert.Equal(1, result.Exit);
        Assert.Contains("geen regels voor cyclus 2019", result.Err);
    }

    [Fact]
    public void Same_inputs_give_byte_identical_output()
    {
        var a = new CliRunner().Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "json");
        var b = new CliRunner().Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "json");
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Explain_Bloemendaal_in_sentences_with_the_numbers()
    {
        var result = new CliRunner().Run("uitleg", "GM0377", "--cyclus", "2024", "--sleutel", "inwoners");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Bloemendaal", result.Out);
        Assert.Contains("23.922 inwoners", result.Out);
        Assert.Contains("128,9", result.Out);
        Assert.Contains("niet de wettelijke verdeling", result.Out);
        Assert.Contains("CBS, CC BY 4.0", result.Out);
    }

    [Fact]
    public void Explain_with_a_complete_SES_file_shows_the_correction()
    {
        var cli = new CliRunner();
        var result = cli.Run("uitleg", "1680", "--cyclus", "2024", "--ses", TestData.WriteFixtureSesFile(cli.Directory), "--ses-periode", "fixture");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Aa en Hunze", result.Out);
        Assert.Contains("SES-WOA-score van Aa en Hunze is 0,170", result.Out);
        Assert.DoesNotContain("niet de wettelijke verdeling", result.Out);
    }

    [Fact]
    public void Explain_an_unknown_municipality_is_refused()
    {
        var result = new CliRunner().Run("uitleg", "GM9999", "--cyclus", "2024", "--sleutel", "inwoners");
        Assert.Equal(1, result.Exit);
        Assert.Contains("GM9999", result.Err);
    }
}
