using System.Globalization;
using System.Text.Json;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

/// <summary>The "done when" of the locations register and the opgave, through the command line.</summary>
public class LocatiesCliTests
{
    private const string Kop = "id,naam,gemeentecode,plaatsen,amv_plaatsen,soort,fase,begindatum,einddatum,bo_getekend,bo_datum,bo_einddatum,bron,opmerkingen";

    private static string Rij(string id, string gemeente = "GM0363", string plaatsen = "500", string begin = "2020-01-01", string eind = "2035-12-31") =>
        $"{id},AZC {id},{gemeente},{plaatsen},0,regulier,in-gebruik,{begin},{eind},ja,2019-06-01,{eind},fixture,";

    [Fact]
    public void With_the_example_register_the_national_opgave_reproduces_the_letter_88000_50000_38000()
    {
        var cli = new CliRunner();
        Assert.Equal(0, cli.Run("locaties", "voorbeeld").Exit);
        var result = cli.Run("opgave", "--cyclus", "2026", "--niveau", "land", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        Assert.Equal("totaal,beschikbaar,te_realiseren,gepubliceerd_beschikbaar,gepubliceerd_te_realiseren\n88000,50000,38000,50000,38000\n", result.Out);
        Assert.Contains("VOORBEELDGEGEVENS", result.Err);
    }

    [Fact]
    public void Every_counted_location_is_traced_to_the_rules_that_counted_it()
    {
        var cli = new CliRunner();
        cli.Run("locaties", "voorbeeld");
        var result = cli.Run("opgave", "--cyclus", "2026", "--niveau", "locatie", "--formaat", "json");
        Assert.Equal(0, result.Exit);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.True(doc.RootElement.GetProperty("voorbeeldgegevens").GetBoolean());
        var locaties = doc.RootElement.GetProperty("locaties").EnumerateArray().ToList();
        Assert.Equal(152, locaties.Count);
        Assert.Equal(50000, locaties.Sum(l => l.GetProperty("geteld").GetInt32()));
        foreach (var l in locaties)
        {
            var redenen = l.GetProperty("redenen").GetString()!;
            var uitkomst = l.GetProperty("uitkomst").GetString();
            if (uitkomst == "telt") Assert.Contains("telt volledig", redenen);
            if (uitkomst == "telt deels") Assert.Contains("telt voor 80%", redenen);
            if (uitkomst == "telt niet") Assert.Equal(0, l.GetProperty("geteld").GetInt32());
        }
        Assert.Contains(locaties, l => l.GetProperty("redenen").GetString()!.Contains("soort 'noodopvang' telt niet mee"));
    }

    [Fact]
    public void Opgave_csv_at_municipality_level_has_the_documented_columns_and_arithmetic()
    {
        var cli = new CliRunner();
        cli.Run("locaties", "voorbeeld");
        var result = cli.Run("opgave", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("gemeentecode,gemeentenaam,provinciecode,indicatief,geteld,resterend,overschot", lines[0]);
        Assert.Equal(342, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var n = f.Length;
            int V(int fromEnd) => int.Parse(f[n - fromEnd], CultureInfo.InvariantCulture);
            var (indicatief, geteld, resterend, overschot) = (V(4), V(3), V(2), V(1));
            Assert.Equal(Math.Max(0, indicatief - geteld), resterend);
            Assert.Equal(Math.Max(0, geteld - indicatief), overschot);
        }
        Assert.Contains("NIET de wettelijke verdeling", result.Err);
    }

    [Fact]
    public void Opgave_xlsx_is_written_to_a_file()
    {
        var cli = new CliRunner();
        cli.Run("locaties", "voorbeeld");
        var path = Path.Combine(cli.Directory, "opgave.xlsx");
        var result = cli.Run("opgave", "--cyclus", "2026", "--niveau", "land", "--formaat", "xlsx", "--uit", path);
        Assert.Equal(0, result.Exit);
        using var wb = new ClosedXML.Excel.XLWorkbook(path);
        Assert.Contains(wb.Worksheets, w => w.Name == "Opgave");
    }

    [Fact]
    public void A_file_with_bad_rows_is_refused_whole_with_row_and_column_and_the_register_is_unchanged()
    {
        var cli = new CliRunner();
        Assert.Equal(0, cli.Run("locaties", "importeer", cli.Write("goed.csv", Kop + "\n" + Rij("A") + "\n")).Exit);
        var before = cli.Run("locaties", "lijst", "--formaat", "csv").Out;

        var bad = string.Join("\n", Kop,
            Rij("B", gemeente: "GM9998"),                          // unknown municipality
            Rij("C", begin: "2030-01-01", eind: "2029-01-01"),     // end before start
            Rij("D", plaatsen: "-5"),                              // negative capacity
            Rij("E", plaatsen: "veel"),                            // text in a number column
            Rij("F"), Rij("F")) + "\n";                            // duplicate id
        var result = cli.Run("locaties", "importeer", cli.Write("fout.csv", bad));

        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("regel 2, kolom 3", result.Err);
        Assert.Contains("GM9998", result.Err);
        Assert.Contains("regel 3", result.Err);
        Assert.Contains("regel 4, kolom 4", result.Err);
        Assert.Contains("'veel'", result.Err);
        Assert.Contains("regel 7", result.Err);
        Assert.Equal(before, cli.Run("locaties", "lijst", "--formaat", "csv").Out);
    }

    [Fact]
    public void A_dry_run_reports_additions_changes_and_removals_and_changes_nothing()
    {
        var cli = new CliRunner();
        cli.Run("locaties", "importeer", cli.Write("v1.csv", Kop + "\n" + Rij("A") + "\n" + Rij("B") + "\n"));
        var before = cli.Run("locaties", "lijst", "--formaat", "csv").Out;

        var result = cli.Run("locaties", "importeer", cli.Write("v2.csv", Kop + "\n" + Rij("A", plaatsen: "600") + "\n" + Rij("C") + "\n"), "--dry-run");

        Assert.Equal(0, result.Exit);
        Assert.Contains("1 toegevoegd, 1 gewijzigd, 1 verwijderd", result.Out);
        Assert.Contains("+ C", result.Out);
        Assert.Contains("~ A AZC A: plaatsen 500 -> 600", result.Out);
        Assert.Contains("- B", result.Out);
        Assert.Equal(before, cli.Run("locaties", "lijst", "--formaat", "csv").Out);
    }

    [Fact]
    public void Every_change_is_kept_and_the_register_can_be_read_as_it_stood()
    {
        var cli = new CliRunner();
        cli.Run("locaties", "importeer", cli.Write("v1.csv", Kop + "\n" + Rij("A") + "\n"), "--door", "provincie-test");
        cli.Run("locaties", "importeer", cli.Write("v2.csv", Kop + "\n" + Rij("A", plaatsen: "700") + "\n"), "--door", "coa-test");

        var historie = cli.Run("locaties", "historie", "A");
        Assert.Equal(0, historie.Exit);
        Assert.Contains("versie 1", historie.Out);
        Assert.Contains("provincie-test", historie.Out);
        Assert.Contains("versie 2", historie.Out);
        Assert.Contains("plaatsen 500 -> 700", historie.Out);

        var gisteren = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.DoesNotContain("A,", cli.Run("locaties", "lijst", "--op", gisteren, "--formaat", "csv").Out.Split('\n').Skip(1).FirstOrDefault() ?? "");
        Assert.Contains(",700,", cli.Run("locaties", "lijst", "--formaat", "csv").Out);
    }

    [Fact]
    public void Template_and_exports_are_written()
    {
        var cli = new CliRunner();
        var xlsx = Path.Combine(cli.Directory, "sjabloon.xlsx");
        Assert.Equal(0, cli.Run("locaties", "sjabloon", "--formaat", "xlsx", "--uit", xlsx).Exit);
        using (var wb = new ClosedXML.Excel.XLWorkbook(xlsx)) Assert.Equal("id", wb.Worksheet(1).Cell(1, 1).GetString());

        cli.Run("locaties", "voorbeeld");
        var json = cli.Run("locaties", "lijst", "--gemeente", "GM1950", "--formaat", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.All(doc.RootElement.EnumerateArray(), l => Assert.Equal("GM1950", l.GetProperty("gemeentecode").GetString()));
        Assert.NotEmpty(doc.RootElement.EnumerateArray());
    }

    [Fact]
    public void Monthly_snapshots_can_be_loaded_back_dated_in_order_and_read_as_they_stood()
    {
        var cli = new CliRunner();
        Assert.Equal(0, cli.Run("locaties", "importeer", cli.Write("jan.csv", Kop + "\n" + Rij("A") + "\n"), "--vastgelegd-op", "2025-01-31").Exit);
        Assert.Equal(0, cli.Run("locaties", "importeer", cli.Write("feb.csv", Kop + "\n" + Rij("A", plaatsen: "650") + "\n" + Rij("B") + "\n"), "--vastgelegd-op", "2025-02-28").Exit);

        var earlier = cli.Run("locaties", "importeer", cli.Write("dec.csv", Kop + "\n" + Rij("Z") + "\n"), "--vastgelegd-op", "2024-12-31");
        Assert.Equal(1, earlier.Exit);
        Assert.Contains("kan niet eerder worden vastgelegd", earlier.Err);

        var januari = cli.Run("locaties", "lijst", "--op", "2025-01-31", "--formaat", "csv").Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, januari.Length);
        Assert.Contains(",500,", januari[1]);
        Assert.Equal(3, cli.Run("locaties", "lijst", "--op", "2025-02-28", "--formaat", "csv").Out.TrimEnd('\n').Split('\n').Length);
    }
}
