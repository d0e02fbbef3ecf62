using System.Globalization;
using System.Xml.Linq;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Publicatie;

public class PublicatieCliTests
{
    private static readonly string[] Inwoners2024 = ["--cyclus", "2024", "--sleutel", "inwoners"];

    private static CliResult Maak(CliRunner cli, params string[] extra)
    {
        var r = cli.Run(["publicatie", "maak", .. Inwoners2024, .. extra]);
        Assert.True(r.Exit == 0, r.Err);
        return r;
    }

    private static string Hash(CliResult maak) =>
        maak.Out.Split('\n').Single(l => l.StartsWith("SHA-256: ", StringComparison.Ordinal))["SHA-256: ".Length..].Trim();

    private static string Uit(CliRunner cli, string naam) => Path.Combine(cli.Directory, naam);

    /// <summary>The fields of one CSV line (RFC 4180 quoting).</summary>
    private static string[] Velden(string regel)
    {
        var velden = new List<string>();
        var veld = new System.Text.StringBuilder();
        var tussen = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var c = regel[i];
            if (tussen)
            {
                if (c == '"' && i + 1 < regel.Length && regel[i + 1] == '"') { veld.Append('"'); i++; }
                else if (c == '"') tussen = false;
                else veld.Append(c);
            }
            else if (c == '"') tussen = true;
            else if (c == ',') { velden.Add(veld.ToString()); veld.Clear(); }
            else veld.Append(c);
        }
        velden.Add(veld.ToString());
        return [.. velden];
    }

    [Fact]
    public void Publishing_the_2024_raming_twice_gives_sequential_ids_identical_hashes_and_identical_artefact_bytes()
    {
        var cli = new CliRunner();
        var eerste = Maak(cli, "--uit", Uit(cli, "a"));
        Thread.Sleep(2100); // a different second: neither a timestamp nor the clock may reach the files
        var tweede = Maak(cli, "--uit", Uit(cli, "b"));

        Assert.Contains("Publicatie 2024-1 vastgelegd", eerste.Out);
        Assert.Contains("Publicatie 2024-2 vastgelegd", tweede.Out);
        Assert.Equal(Hash(eerste), Hash(tweede));
        Assert.Matches("^[0-9a-f]{64}$", Hash(eerste));
        var bestanden = Directory.GetFiles(Uit(cli, "a")).Select(Path.GetFileName).Where(n => !n!.EndsWith(".pdf", StringComparison.Ordinal)).Order().ToList();
        Assert.Contains("raming.csv", bestanden);
        Assert.Contains("raming.json", bestanden);
        Assert.Contains("bijlage.html", bestanden);
        Assert.Contains("PV27-noord-holland.xlsx", bestanden);
        Assert.Equal(3 + 12, bestanden.Count);
        foreach (var naam in bestanden)
            Assert.True(File.ReadAllBytes(Path.Combine(Uit(cli, "a"), naam!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Uit(cli, "b"), naam!))),
                $"{naam} verschilt tussen twee publicaties van dezelfde invoer");
    }

    [Fact]
    public void Toon_writes_the_same_artefacts_as_maak_and_shows_hash_totals_and_that_it_is_not_statutory()
    {
        var cli = new CliRunner();
        var maak = Maak(cli, "--uit", Uit(cli, "a"));
        var toon = cli.Run("publicatie", "toon", "2024-1", "--uit", Uit(cli, "b"));

        Assert.Equal(0, toon.Exit);
        Assert.Contains(Hash(maak), toon.Out);
        Assert.Contains("Wettelijk:    nee", toon.Out);
        Assert.Contains("96.008", toon.Out);
        Assert.Contains("Noord-Holland", toon.Out);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Uit(cli, "a"), "raming.json")), File.ReadAllBytes(Path.Combine(Uit(cli, "b"), "raming.json")));
    }

    [Fact]
    public void The_open_data_CSV_has_exactly_the_columns_and_rows_of_raming_formaat_csv()
    {
        var cli = new CliRunner();
        Maak(cli, "--uit", Uit(cli, "a"));
        var raming = cli.Run(["raming", .. Inwoners2024, "--formaat", "csv"]);

        Assert.Equal(raming.Out, File.ReadAllText(Path.Combine(Uit(cli, "a"), "raming.csv")));
    }

    [Fact]
    public void The_open_data_JSON_names_its_schema_hash_sources_and_every_municipality()
    {
        var cli = new CliRunner();
        var hash = Hash(Maak(cli, "--uit", Uit(cli, "a")));
        var bytes = File.ReadAllBytes(Path.Combine(Uit(cli, "a"), "raming.json"));
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..]);
        Assert.DoesNotContain((byte)'\r', bytes);
        using var json = System.Text.Json.JsonDocument.Parse(bytes);
        var root = json.RootElement;

        Assert.Equal(hash, root.GetProperty("sha256").GetString());
        Assert.False(root.GetProperty("wettelijk").GetBoolean());
        Assert.Equal(342, root.GetProperty("gemeenten").GetArrayLength());
        Assert.Equal(12, root.GetProperty("provincies").GetArrayLength());
        Assert.Equal(96008, root.GetProperty("provincies").EnumerateArray().Sum(p => p.GetProperty("plaatsen").GetInt32()));
        Assert.Equal("CBS, CC BY 4.0", root.GetProperty("bronnen")[0].GetProperty("attributie").GetString());
    }

    [Fact]
    public void Changing_only_the_total_changes_the_hash_and_verschil_names_only_the_total()
    {
        var cli = new CliRunner();
        var a = Hash(Maak(cli));
        var b = Hash(Maak(cli, "--totaal", "95000"));
        Assert.NotEqual(a, b);

        var verschil = cli.Run("publicatie", "verschil", "2024-1", "2024-2", "--formaat", "csv");
        Assert.Equal(0, verschil.Exit);
        Assert.Contains("Gewijzigde invoer van 2024-1 naar 2024-2: totaal: 96.000 -> 95.000 (daardoor geen amv-verdeling).", verschil.Err);
        var regels = verschil.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("niveau,code,naam,provinciecode,oud,nieuw,verschil,amv_oud,amv_nieuw,amv_verschil,redenen", regels[0]);
        Assert.Equal(12 + 342, regels.Length - 1);
        var velden = regels.Skip(1).Select(Velden).ToList();
        // Every row changes here (amv is no longer distributed), and the only reason is the total.
        Assert.All(velden, v => Assert.Equal("totaal gewijzigd", v[^1]));
        var provincies = velden.Where(v => v[0] == "provincie").ToList();
        Assert.Equal(96008, provincies.Sum(v => int.Parse(v[4], CultureInfo.InvariantCulture)));
        Assert.Equal(94998, provincies.Sum(v => int.Parse(v[5], CultureInfo.InvariantCulture)));
        Assert.All(velden, v => Assert.Equal(int.Parse(v[5], CultureInfo.InvariantCulture) - int.Parse(v[4], CultureInfo.InvariantCulture), int.Parse(v[6], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Verschil_names_the_population_of_the_municipality_whose_population_changed()
    {
        var cli = new CliRunner();
        Maak(cli);
        var sb = new System.Text.StringBuilder("gemeentecode;inwoners\n");
        foreach (var (code, n) in TestData.Bevolking2023.Inwoners.OrderBy(kv => kv.Key))
            sb.Append(code.Digits).Append(';').Append((code.ToString() == "GM0363" ? n + 200_000 : n).ToString(CultureInfo.InvariantCulture)).Append('\n');
        Maak(cli, "--bevolking", cli.Write("bevolking.csv", sb.ToString()));

        var verschil = cli.Run("publicatie", "verschil", "2024-1", "2024-2", "--formaat", "csv");
        Assert.Equal(0, verschil.Exit);
        var amsterdam = verschil.Out.Split('\n').Single(l => l.StartsWith("gemeente,GM0363,", StringComparison.Ordinal));
        Assert.Contains("inwoners gewijzigd (", amsterdam);
        Assert.DoesNotContain("totaal gewijzigd", amsterdam);
        var utrecht = verschil.Out.Split('\n').Single(l => l.StartsWith("gemeente,GM0344,", StringComparison.Ordinal));
        Assert.EndsWith("inwoners elders gewijzigd", utrecht);
        Assert.Contains("andere inwonertallen voor 1 gemeente(n)", verschil.Err);
    }

    [Fact]
    public void Controleer_says_klopt_and_fails_naming_the_row_after_a_stored_output_row_is_tampered_with()
    {
        var cli = new CliRunner();
        Maak(cli);
        var goed = cli.Run("publicatie", "controleer", "2024-1");
        Assert.Equal(0, goed.Exit);
        Assert.Contains("klopt", goed.Out);

        using (var connection = new SqliteConnection($"Data Source={cli.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The schema refuses updates; tampering means going around it.
            command.CommandText = """
                DROP TRIGGER publicatie_gemeente_onveranderlijk_bijwerken;
                UPDATE publicatie_gemeente SET plaatsen = plaatsen + 1 WHERE publicatie_id = '2024-1' AND gemeentecode = 'GM0363';
                """;
            command.ExecuteNonQuery();
        }
        var fout = cli.Run("publicatie", "controleer", "2024-1");

        Assert.NotEqual(0, fout.Exit);
        Assert.Contains("klopt NIET", fout.Err);
        Assert.Contains("GM0363 Amsterdam: plaatsen opgeslagen", fout.Err);
        Assert.Contains("de hash van de opgeslagen inhoud", fout.Err);
    }

    [Fact]
    public void Controleer_recomputes_from_the_stored_inputs_and_not_from_later_imports()
    {
        var cli = new CliRunner();
        Maak(cli);
        var sb = new System.Text.StringBuilder("gemeentecode;inwoners\n");
        foreach (var (code, n) in TestData.Bevolking2023.Inwoners.OrderBy(kv => kv.Key))
            sb.Append(code.Digits).Append(';').Append((n + 1000).ToString(CultureInfo.InvariantCulture)).Append('\n');
        Assert.Equal(0, cli.Run("data", "importeer", "bevolking", cli.Write("b.csv", sb.ToString()), "--peildatum", "2023-01-01").Exit);

        Assert.Equal(0, cli.Run("publicatie", "controleer", "2024-1").Exit);
    }

    [Fact]
    public void The_database_refuses_to_update_or_delete_a_publication()
    {
        var cli = new CliRunner();
        Maak(cli);
        using var connection = new SqliteConnection($"Data Source={cli.Database};Pooling=False");
        connection.Open();
        foreach (var sql in new[]
        {
            "UPDATE publicatie SET totaal = 1 WHERE id = '2024-1'",
            "DELETE FROM publicatie WHERE id = '2024-1'",
            "UPDATE publicatie_gemeente SET plaatsen = 0",
            "DELETE FROM publicatie_provincie",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var e = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
            Assert.Contains("onveranderlijk", e.Message);
        }
        Assert.Equal(0, cli.Run("publicatie", "controleer", "2024-1").Exit);
    }

    [Fact]
    public void Each_province_workbook_has_the_four_sheets_and_its_total_equals_the_sum_of_its_municipalities()
    {
        var cli = new CliRunner();
        Maak(cli, "--uit", Uit(cli, "a"));
        var csv = File.ReadAllLines(Path.Combine(Uit(cli, "a"), "raming.csv")).Skip(1).Select(Velden).ToList();

        foreach (var pad in Directory.GetFiles(Uit(cli, "a"), "PV*.xlsx"))
        {
            var code = Path.GetFileName(pad)[..4];
            using var wb = new XLWorkbook(pad);
            Assert.Equal(["Gemeenten", "Provincie", "Methode", "Bronnen"], wb.Worksheets.Select(w => w.Name));
            var gemeenten = wb.Worksheet("Gemeenten");
            var rijen = gemeenten.RowsUsed().Where(r => r.Cell(1).GetString().StartsWith("GM", StringComparison.Ordinal)).ToList();
            Assert.Equal(csv.Count(v => v[2] == code), rijen.Count);
            var som = rijen.Sum(r => (int)r.Cell(7).GetDouble());
            var totaalrij = gemeenten.RowsUsed().Single(r => r.Cell(1).GetString() == "Totaal");
            Assert.Equal(som, (int)totaalrij.Cell(7).GetDouble());
            var provincie = wb.Worksheet("Provincie");
            Assert.Equal(code, provincie.Cell(4, 1).GetString());
            Assert.Equal(som, (int)provincie.Cell(4, 6).GetDouble());
            Assert.Equal(csv.Where(v => v[2] == code).Sum(v => int.Parse(v[8], CultureInfo.InvariantCulture)), som);
            Assert.Contains(wb.Worksheet("Methode").CellsUsed(), c => c.GetString().Contains("Verdeelsleutel", StringComparison.Ordinal));
            Assert.Contains(wb.Worksheet("Bronnen").CellsUsed(), c => c.GetString() == "CBS, CC BY 4.0");
        }
    }

    [Fact]
    public void The_HTML_annex_is_Dutch_accessible_and_contains_every_municipality_and_the_hash()
    {
        var cli = new CliRunner();
        var hash = Hash(Maak(cli, "--uit", Uit(cli, "a")));
        var html = File.ReadAllText(Path.Combine(Uit(cli, "a"), "bijlage.html"));
        var csv = File.ReadAllLines(Path.Combine(Uit(cli, "a"), "raming.csv")).Skip(1).Select(Velden).ToList();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">", html);
        Assert.Contains(hash, html);
        Assert.Equal(342, csv.Count);
        foreach (var v in csv)
            Assert.Contains($"<th scope=\"row\">{System.Net.WebUtility.HtmlEncode(v[1])}</th><td>{v[0]}</td>", html);
        Assert.Equal(1 + 12, System.Text.RegularExpressions.Regex.Count(html, "<caption>"));
        Assert.Contains("NIET de wettelijke verdeling", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal));
        Assert.Contains("Provinciale opgave Noord-Holland", html);
    }

    [SkippableFact]
    public void The_PDF_annex_is_printed_by_Chromium_and_its_first_page_renders_to_PNG()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(!ci && Spreiding.Data.Publicatie.PublicatieArtefacten.Chromium() is null, "Chromium is niet geïnstalleerd (apt-get install chromium).");
        var cli = new CliRunner();
        var maak = Maak(cli, "--uit", Uit(cli, "a"));

        var pdf = Path.Combine(Uit(cli, "a"), "bijlage.pdf");
        Assert.True(File.Exists(pdf), maak.Err);
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]);

        // The PDF renders: its first page becomes a non-trivial PNG (poppler's pdftoppm).
        var png = Path.Combine(Uit(cli, "a"), "pagina");
        using (var proces = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, png])
               { RedirectStandardError = true })!)
        {
            proces.WaitForExit(60_000);
            Assert.True(proces.ExitCode == 0, proces.StandardError.ReadToEnd());
        }
        var pagina = Directory.GetFiles(Uit(cli, "a"), "pagina*.png").Single();
        var bytes = File.ReadAllBytes(pagina);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.True(bytes.Length > 5_000, $"first page rendered to only {bytes.Length} bytes");
    }

    [Fact]
    public void Without_Chromium_the_PDF_is_skipped_with_a_clear_warning()
    {
        var map = TestData.TempDirectory();
        var html = Path.Combine(map, "bijlage.html");
        File.WriteAllText(html, "<!DOCTYPE html><html lang=\"nl\"><title>t</title></html>");

        var waarschuwing = Spreiding.Data.Publicatie.PublicatieArtefacten.Pdf(html, Path.Combine(map, "bijlage.pdf"), chromium: null);

        Assert.Contains("geen bijlage.pdf gemaakt, want Chromium is niet geïnstalleerd", waarschuwing);
        Assert.False(File.Exists(Path.Combine(map, "bijlage.pdf")));
    }

    [Fact]
    public void The_feed_is_Atom_with_a_stable_entry_per_publication_updated_at_its_creation()
    {
        var cli = new CliRunner();
        Maak(cli);
        Maak(cli, "--totaal", "95000", "--soort", "tussentijds");
        var feed = cli.Run("publicatie", "feed");
        var provincie = cli.Run("publicatie", "feed", "--provincie", "PV27");

        Assert.Equal(0, feed.Exit);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var doc = XDocument.Parse(feed.Out);
        Assert.Equal(atom + "feed", doc.Root!.Name);
        var entries = doc.Root.Elements(atom + "entry").ToList();
        Assert.Equal(["urn:spreiding:publicatie:2024-2", "urn:spreiding:publicatie:2024-1"], entries.Select(e => e.Element(atom + "id")!.Value));
        Assert.All(entries, e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(entries.Max(e => e.Element(atom + "updated")!.Value), doc.Root.Element(atom + "updated")!.Value);
        Assert.Equal(feed.Out, cli.Run("publicatie", "feed").Out);

        var p = XDocument.Parse(provincie.Out);
        Assert.Equal("urn:spreiding:publicaties:PV27", p.Root!.Element(atom + "id")!.Value);
        Assert.All(p.Root.Elements(atom + "entry"), e => Assert.Contains("Noord-Holland", e.Element(atom + "title")!.Value));
    }

    [Fact]
    public void The_notice_for_a_regietafel_lists_each_municipality_with_its_new_number_and_what_changed()
    {
        var cli = new CliRunner();
        Maak(cli);
        Maak(cli, "--totaal", "95000");
        var bericht = cli.Run("publicatie", "bericht", "2024-2", "--provincie", "PV27");

        Assert.Equal(0, bericht.Exit);
        Assert.Contains("Aan de leden van de Provinciale Regietafel Noord-Holland", bericht.Out);
        Assert.Contains("Wat is gewijzigd sinds publicatie 2024-1:", bericht.Out);
        Assert.Contains("- totaal: 96.000 -> 95.000", bericht.Out);
        var csv = cli.Run(["raming", .. Inwoners2024, "--totaal", "95000", "--formaat", "csv"]).Out.Split('\n').Skip(1)
            .Where(l => l.Length > 0).Select(Velden).Where(v => v[2] == "PV27").ToList();
        Assert.NotEmpty(csv);
        foreach (var v in csv)
            Assert.Contains($"- {v[1]} ({v[0]}): {Spreiding.Core.Nederlands.Geheel(int.Parse(v[8], CultureInfo.InvariantCulture))} plaatsen", bericht.Out);
        Assert.Contains("Controlegetal (SHA-256):", bericht.Out);

        var eerste = cli.Run("publicatie", "bericht", "2024-1", "--provincie", "Noord-Holland");
        Assert.Contains("Er is geen eerdere publicatie", eerste.Out);
    }

    [Fact]
    public void An_unknown_publication_is_an_error_naming_the_known_ones()
    {
        var cli = new CliRunner();
        Maak(cli);
        var r = cli.Run("publicatie", "toon", "2024-9");
        Assert.NotEqual(0, r.Exit);
        Assert.Contains("Er is geen publicatie '2024-9'. Bekend: 2024-1", r.Err);
        Assert.Equal("", r.Out);
    }
}
