using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Data.Locaties;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Monitor;

/// <summary>
/// <c>spreiding monitor</c> on a database holding the four example snapshots (data/voorbeeld/historie),
/// loaded back-dated to the end of their month. Every number is recomputed here from the snapshot files
/// themselves, with <see cref="Telling"/> per location, not through the monitor.
/// </summary>
public class MonitorCliTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly (string Bestand, DateOnly Vastgelegd)[] Snapshots =
    [
        ("2025-01.csv", new DateOnly(2025, 1, 31)),
        ("2025-02.csv", new DateOnly(2025, 2, 28)),
        ("2025-03.csv", new DateOnly(2025, 3, 31)),
        ("2025-04.csv", new DateOnly(2025, 4, 30)),
    ];

    private static readonly Regex Eendecimaal = new(@"^\d+\.\d$", RegexOptions.Compiled);

    internal static string HistorieMap()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Spreiding.sln")))
                return Path.Combine(dir.FullName, "data", "voorbeeld", "historie");
        throw new InvalidOperationException("De map van de repository (Spreiding.sln) is niet gevonden.");
    }

    private static CliRunner MetHistorie()
    {
        var cli = new CliRunner();
        foreach (var (bestand, op) in Snapshots)
        {
            var r = cli.Run("locaties", "importeer", Path.Combine(HistorieMap(), bestand), "--vastgelegd-op", op.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.True(r.Exit == 0, r.Err);
        }
        return cli;
    }

    private static List<Dictionary<string, string>> Csv(string text)
    {
        var lines = text.TrimEnd('\n').Split('\n');
        var kop = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(',')).Select(f =>
        {
            Assert.Equal(kop.Length, f.Length);
            return kop.Zip(f).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    private static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The rate computed independently: decimal division, rounded half away from zero to one decimal.</summary>
    private static string Graad(int gerealiseerd, int opgave) =>
        opgave == 0 ? "-" : Math.Round(100m * gerealiseerd / opgave, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Per province code: (counted places, places at risk) of one snapshot file under the 2024 rules.</summary>
    private static Dictionary<string, (int Geteld, int Aflopend)> Onafhankelijk(string bestand, DateOnly peildatum)
    {
        var telregels = RegelsLoader.Bundled(2024).Telregels!;
        Assert.Null(telregels.BeschikbaarTotMinstens.Waarde); // 2024: the documented alternative, 12 months after the peildatum
        var horizon = peildatum.AddMonths(12);
        var provincieVan = TestData.Gemeenten2024.ToDictionary(g => g.Code, g => g.Provincie.ToString());
        var locaties = LocatieBestand.Lees(Path.Combine(HistorieMap(), bestand), TestData.Indeling, new DateOnly(2026, 1, 1));
        var uit = new Dictionary<string, (int, int)>();
        foreach (var l in locaties)
        {
            var geteld = Telling.Tel(l, telregels).GeteldePlaatsen;
            var eindes = new[] { l.Einddatum, l.Bestuursovereenkomst.Getekend ? l.Bestuursovereenkomst.Einddatum : null };
            var aflopend = eindes.Any(e => e is { } d && d < horizon) ? geteld : 0;
            var pv = provincieVan[l.Gemeente];
            var (g, a) = uit.GetValueOrDefault(pv);
            uit[pv] = (g + geteld, a + aflopend);
        }
        return uit;
    }

    [Fact]
    public void Province_fulfilment_rate_over_the_snapshots_equals_an_independent_count_of_each_snapshot()
    {
        var cli = MetHistorie();
        var result = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "provincie", "--formaat", "csv");
        Assert.True(result.Exit == 0, result.Err);
        Assert.StartsWith("peildatum,provinciecode,provincie,opgave,gerealiseerd,vervullingsgraad,resterend,aflopend_binnen_horizon,horizon\n", result.Out);
        Assert.Contains("VOORBEELDGEGEVENS", result.Err);
        Assert.Contains("NIET de wettelijke verdeling", result.Err);

        var rijen = Csv(result.Out);
        var opgaven = Csv(cli.Run("raming", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "provincie", "--formaat", "csv").Out)
            .ToDictionary(r => r["provinciecode"], r => I(r["plaatsen"]));
        Assert.Equal(12, opgaven.Count);
        Assert.Equal(Snapshots.Length * 12, rijen.Count);

        foreach (var (bestand, op) in Snapshots)
        {
            var verwacht = Onafhankelijk(bestand, op);
            var peil = op.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var deze = rijen.Where(r => r["peildatum"] == peil).ToList();
            Assert.Equal(opgaven.Keys.Order(), deze.Select(r => r["provinciecode"]));
            foreach (var r in deze)
            {
                var pv = r["provinciecode"];
                var (geteld, aflopend) = verwacht.GetValueOrDefault(pv);
                Assert.Equal(opgaven[pv], I(r["opgave"]));
                Assert.Equal(geteld, I(r["gerealiseerd"]));
                Assert.Matches(Eendecimaal, r["vervullingsgraad"]);
                Assert.Equal(Graad(geteld, opgaven[pv]), r["vervullingsgraad"]);
                Assert.Equal(Math.Max(0, opgaven[pv] - geteld), I(r["resterend"]));
                Assert.Equal(aflopend, I(r["aflopend_binnen_horizon"]));
                Assert.Equal(op.AddMonths(12).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r["horizon"]);
            }
        }

        // Noord-Holland grows over at least three snapshots (an expansion, a location into realisation, a new one).
        var nh = rijen.Where(r => r["provinciecode"] == "PV27").Select(r => decimal.Parse(r["vervullingsgraad"], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, nh.Count);
        Assert.True(nh.Distinct().Count() >= 3, string.Join(", ", nh));
        Assert.Equal(nh.Order(), nh);
        // Groningen loses the location that closed in March: its places at risk go with it.
        var gr = rijen.Where(r => r["provinciecode"] == "PV20").ToList();
        Assert.Equal(500, I(gr[0]["aflopend_binnen_horizon"]));
        Assert.Equal(0, I(gr[2]["aflopend_binnen_horizon"]));
        Assert.Equal(I(gr[1]["gerealiseerd"]) - 500, I(gr[2]["gerealiseerd"]));
    }

    [Fact]
    public void National_level_uses_the_national_total_and_the_sum_of_the_counted_places()
    {
        var cli = MetHistorie();
        var land = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "land", "--formaat", "csv").Out);
        var provincies = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "csv").Out);
        Assert.Equal(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"], land.Select(r => r["peildatum"]));
        foreach (var r in land)
        {
            var deze = provincies.Where(p => p["peildatum"] == r["peildatum"]).ToList();
            Assert.Equal(96000, I(r["opgave"]));
            Assert.Equal(deze.Sum(p => I(p["gerealiseerd"])), I(r["gerealiseerd"]));
            Assert.Equal(deze.Sum(p => I(p["aflopend_binnen_horizon"])), I(r["aflopend_binnen_horizon"]));
            Assert.Equal(Graad(I(r["gerealiseerd"]), 96000), r["vervullingsgraad"]);
            Assert.Equal(Math.Max(0, 96000 - I(r["gerealiseerd"])), I(r["resterend"]));
        }
    }

    [Fact]
    public void Cycle_2026_at_national_level_needs_no_population_and_uses_the_horizon_of_its_telregels()
    {
        var cli = MetHistorie();
        var result = cli.Run("monitor", "--cyclus", "2026", "--niveau", "land", "--formaat", "csv");
        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("VOORBEELDGEGEVENS", result.Err);
        var telregels = RegelsLoader.Bundled(2026).Telregels!;
        var horizon = telregels.BeschikbaarTotMinstens.Waarde!.Value;
        var zonderHorizon = telregels with { BeschikbaarTotMinstens = telregels.BeschikbaarTotMinstens with { Waarde = null } };
        var rijen = Csv(result.Out);
        Assert.Equal(Snapshots.Length, rijen.Count);
        foreach (var ((bestand, _), r) in Snapshots.Zip(rijen))
        {
            var locaties = LocatieBestand.Lees(Path.Combine(HistorieMap(), bestand), TestData.Indeling, new DateOnly(2026, 1, 1));
            var geteld = locaties.Sum(l => Telling.Tel(l, telregels).GeteldePlaatsen);
            var aflopend = locaties
                .Where(l => new[] { l.Einddatum, l.Bestuursovereenkomst.Getekend ? l.Bestuursovereenkomst.Einddatum : null }.Any(e => e is { } d && d < horizon))
                .Sum(l => Telling.Tel(l, zonderHorizon).GeteldePlaatsen);
            Assert.Equal(88000, I(r["opgave"]));
            Assert.Equal(geteld, I(r["gerealiseerd"]));
            Assert.Equal(Graad(geteld, 88000), r["vervullingsgraad"]);
            Assert.Equal(aflopend, I(r["aflopend_binnen_horizon"]));
            Assert.Equal("2028-12-31", r["horizon"]);
        }
        Assert.True(I(rijen[0]["aflopend_binnen_horizon"]) > 0);
    }

    [Fact]
    public void Municipality_level_for_one_province_adds_up_to_the_province()
    {
        var cli = MetHistorie();
        var gemeenten = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "gemeente", "--provincie", "PV27", "--formaat", "csv").Out);
        var provincie = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--provincie", "PV27", "--formaat", "csv").Out);
        Assert.All(gemeenten, g => Assert.Equal("PV27", g["provinciecode"]));
        Assert.Equal(4, provincie.Count);
        foreach (var p in provincie)
        {
            var deze = gemeenten.Where(g => g["peildatum"] == p["peildatum"]).ToList();
            Assert.Equal(I(p["opgave"]), deze.Sum(g => I(g["opgave"])));
            Assert.Equal(I(p["gerealiseerd"]), deze.Sum(g => I(g["gerealiseerd"])));
            Assert.All(deze, g => Assert.Equal(Math.Max(0, I(g["opgave"]) - I(g["gerealiseerd"])), I(g["resterend"])));
            Assert.All(deze, g => Assert.Equal(Graad(I(g["gerealiseerd"]), I(g["opgave"])), g["vervullingsgraad"]));
        }
        // Haarlemmermeer: planning (0) in January and February, realisation (500) from March.
        var hlm = gemeenten.Where(g => g["gemeentecode"] == "GM0394").Select(g => I(g["gerealiseerd"])).ToList();
        Assert.Equal(hlm[0], hlm[1]);
        Assert.Equal(hlm[1] + 500, hlm[2]);
    }

    [Fact]
    public void A_tot_before_any_data_is_refused_with_a_clear_Dutch_error()
    {
        var cli = MetHistorie();
        var result = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--tot", "2024-12-31");
        Assert.Equal(1, result.Exit);
        Assert.Equal("", result.Out);
        Assert.Contains("Op 2024-12-31 (einde van de dag) stonden er geen locaties in het register", result.Err);
        Assert.Contains("laatste wijziging van het register is van 2025-04-30", result.Err);
    }

    [Fact]
    public void An_empty_register_is_refused()
    {
        var result = new CliRunner().Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners");
        Assert.Equal(1, result.Exit);
        Assert.Contains("Het register is leeg", result.Err);
    }

    [Fact]
    public void Tot_in_the_middle_of_a_month_ends_on_that_day_and_van_reaches_back_before_the_data()
    {
        var cli = MetHistorie();
        var rijen = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "land", "--formaat", "csv",
            "--van", "2024-11-10", "--tot", "2025-03-15").Out);
        Assert.Equal(["2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-15"], rijen.Select(r => r["peildatum"]));
        Assert.Equal(0, I(rijen[0]["gerealiseerd"]));
        Assert.Equal("0.0", rijen[0]["vervullingsgraad"]);
        // The March snapshot was recorded on 31 March: on the 15th the register is still February's.
        Assert.Equal(rijen[3]["gerealiseerd"], rijen[4]["gerealiseerd"]);

        var fout = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--van", "2025-05-01", "--tot", "2025-04-30");
        Assert.Equal(1, fout.Exit);
        Assert.Contains("--van 2025-05-01 ligt na de laatste peildatum 2025-04-30", fout.Err);
    }

    [Fact]
    public void Charts_are_well_formed_svg_one_per_province_and_one_national()
    {
        var cli = MetHistorie();
        var map = Path.Combine(cli.Directory, "grafieken");
        var result = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "csv", "--grafiek", map);
        Assert.True(result.Exit == 0, result.Err);
        var bestanden = Directory.GetFiles(map, "*.svg").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(13, bestanden.Count);
        Assert.Contains("vervullingsgraad-nederland.svg", bestanden);
        Assert.Contains("vervullingsgraad-PV27.svg", bestanden);
        foreach (var bestand in bestanden)
        {
            var doc = XDocument.Parse(File.ReadAllText(Path.Combine(map, bestand!)));
            Assert.Equal(Svg + "svg", doc.Root!.Name);
            Assert.Equal("img", doc.Root.Attribute("role")!.Value);
            Assert.Contains("VOORBEELDGEGEVENS", doc.Root.Element(Svg + "title")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(doc.Root.Element(Svg + "desc")!.Value));
        }
        var nh = XDocument.Parse(File.ReadAllText(Path.Combine(map, "vervullingsgraad-PV27.svg")));
        Assert.Equal("Vervullingsgraad Noord-Holland, cyclus 2024 (VOORBEELDGEGEVENS)", nh.Root!.Element(Svg + "title")!.Value);
        Assert.Equal(2 * 4, nh.Descendants(Svg + "circle").Count()); // Noord-Holland and Nederland, four snapshots each
        var april = Csv(result.Out).Single(r => r["provinciecode"] == "PV27" && r["peildatum"] == "2025-04-30")["vervullingsgraad"].Replace('.', ',');
        Assert.Contains($"naar {april}% op 30 april 2025", nh.Root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Xlsx_opens_with_ClosedXML_with_typed_cells_and_the_example_warning()
    {
        var cli = MetHistorie();
        var path = Path.Combine(cli.Directory, "monitor.xlsx");
        var result = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "xlsx", "--uit", path);
        Assert.True(result.Exit == 0, result.Err);
        var csv = Csv(cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--formaat", "csv").Out);

        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("Monitor");
        Assert.Contains("VOORBEELDGEGEVENS", ws.Cell(1, 1).GetString());
        var kop = Enumerable.Range(1, 9).Select(k => ws.Cell(3, k).GetString()).ToList();
        Assert.Equal("peildatum,provinciecode,provincie,opgave,gerealiseerd,vervullingsgraad,resterend,aflopend_binnen_horizon,horizon", string.Join(',', kop));
        for (var i = 0; i < csv.Count; i++)
        {
            var rij = 4 + i;
            Assert.Equal(DateTime.ParseExact(csv[i]["peildatum"], "yyyy-MM-dd", CultureInfo.InvariantCulture), ws.Cell(rij, 1).GetDateTime());
            Assert.Equal(csv[i]["provinciecode"], ws.Cell(rij, 2).GetString());
            Assert.Equal(I(csv[i]["gerealiseerd"]), (int)ws.Cell(rij, 5).GetDouble());
            Assert.Equal(decimal.Parse(csv[i]["vervullingsgraad"], CultureInfo.InvariantCulture), (decimal)ws.Cell(rij, 6).GetDouble());
            Assert.Equal("0.0", ws.Cell(rij, 6).Style.NumberFormat.Format);
        }
        var voetnoten = ws.Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(voetnoten, t => t.Contains("VOORBEELDGEGEVENS, geen echt COA-register") || t.Contains("VOORBEELDGEGEVENS (data/voorbeeld)"));
    }

    [Fact]
    public void Json_gives_the_rate_as_an_exact_one_decimal_number()
    {
        var cli = MetHistorie();
        var result = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "provincie", "--provincie", "PV26", "--formaat", "json");
        Assert.True(result.Exit == 0, result.Err);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("voorbeeldgegevens").GetBoolean());
        Assert.False(root.GetProperty("wettelijk").GetBoolean());
        Assert.Equal(4, root.GetProperty("peildata").GetArrayLength());
        var rijen = root.GetProperty("rijen").EnumerateArray().ToList();
        Assert.Equal(4, rijen.Count);
        foreach (var r in rijen)
        {
            var graad = r.GetProperty("vervullingsgraad");
            Assert.Matches(Eendecimaal, graad.GetRawText());
            Assert.Equal(Graad(r.GetProperty("gerealiseerd").GetInt32(), r.GetProperty("opgave").GetInt32()), graad.GetRawText());
        }
    }

    [Fact]
    public void Provincie_with_level_land_or_an_unknown_code_is_refused()
    {
        var cli = MetHistorie();
        var land = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--niveau", "land", "--provincie", "PV27");
        Assert.Equal(1, land.Exit);
        Assert.Contains("--provincie past niet bij --niveau land", land.Err);
        var onbekend = cli.Run("monitor", "--cyclus", "2024", "--sleutel", "inwoners", "--provincie", "PV99");
        Assert.Equal(1, onbekend.Exit);
        Assert.Contains("Provincie PV99 bestaat niet", onbekend.Err);
    }

    [Fact]
    public void Every_example_snapshot_says_it_is_example_data()
    {
        foreach (var (bestand, _) in Snapshots)
        {
            var locaties = LocatieBestand.Lees(Path.Combine(HistorieMap(), bestand), TestData.Indeling, new DateOnly(2026, 1, 1));
            Assert.NotEmpty(locaties);
            Assert.All(locaties, l => Assert.Contains("VOORBEELDGEGEVENS", l.Bron));
            Assert.All(locaties, l => Assert.EndsWith("(voorbeeld)", l.Naam));
        }
        // The story the snapshots tell: planning -> realisation -> in use, a new location, one closing.
        var fasen = Snapshots.Select(s => LocatieBestand.Lees(Path.Combine(HistorieMap(), s.Bestand), TestData.Indeling, new DateOnly(2026, 1, 1))
            .ToDictionary(l => l.Id)).ToList();
        Assert.Equal([LocatieFase.InPlanvorming, LocatieFase.InRealisatie, LocatieFase.InGebruik], fasen.Take(3).Select(f => f["VB-0201"].Fase));
        Assert.False(fasen[1].ContainsKey("VB-0203"));
        Assert.True(fasen[2].ContainsKey("VB-0203"));
        Assert.Equal(LocatieFase.InGebruik, fasen[1]["VB-0151"].Fase);
        Assert.Equal(LocatieFase.Gesloten, fasen[2]["VB-0151"].Fase);
    }
}
