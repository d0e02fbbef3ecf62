using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Data.Import;
using static Spreiding.Tests.Data.Import.ImportTestData;

namespace Spreiding.Tests.Data.Import;

public class BevolkingImporterTests
{
    private static BevolkingImport ReadText(string fileName, string content, bool bom = false) =>
        BevolkingImporter.Read(WriteTemp(fileName, content, bom), Indeling, Peildatum);

    private static ImportException Refused(string fileName, string content) =>
        Assert.Throws<ImportException>(() => ReadText(fileName, content));

    private static void AssertAllMunicipalitiesRead(BevolkingImport import)
    {
        Assert.Equal(342, import.Bevolking.Inwoners.Count);
        foreach (var g in Gemeenten) Assert.Equal(Inwoners(g), import.Bevolking.Inwoners[g.Code]);
        Assert.Equal(Peildatum, import.Bevolking.Peildatum);
    }

    // ---- formats ----

    [Fact]
    public void Plain_semicolon_file_with_all_342_municipalities_is_read()
    {
        var import = ReadText("bevolking.csv", Join(PlainPopulationLines()));

        AssertAllMunicipalitiesRead(import);
        Assert.Equal(ImportFormaat.Eenvoudig, import.Format);
        Assert.Equal(342, import.RowsRead);
        Assert.Equal(0, import.RowsSkipped);
        Assert.Empty(import.Warnings);
        Assert.Contains("bevolking.csv", import.Bevolking.Bron.Naam);
        Assert.Contains("eenvoudig bestand", import.Bevolking.Bron.Naam);
    }

    [Fact]
    public void Plain_comma_file_with_bom_crlf_and_four_digit_codes_is_read()
    {
        var lines = PlainPopulationLines(",", g => g.Code.Digits);

        var import = ReadText("bevolking.csv", Join(lines, "\r\n") + "\r\n\r\n", bom: true);

        AssertAllMunicipalitiesRead(import);
    }

    [Fact]
    public void Plain_tab_separated_file_is_read()
    {
        AssertAllMunicipalitiesRead(ReadText("bevolking.txt", Join(PlainPopulationLines("\t"))));
    }

    [Fact]
    public void Plain_file_accepts_codes_with_and_without_gm_prefix_mixed()
    {
        var lines = PlainPopulationLines(";", g => g.Code.Number % 2 == 0 ? g.Code.ToString() : g.Code.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

        AssertAllMunicipalitiesRead(ReadText("bevolking.csv", Join(lines)));
    }

    [Fact]
    public void Plain_file_may_have_extra_columns_such_as_the_name()
    {
        var lines = new List<string> { "gemeentecode;gemeentenaam;inwoners" };
        lines.AddRange(Gemeenten.Select(g => $"{g.Code};{g.Naam};{Inwoners(g)}"));

        AssertAllMunicipalitiesRead(ReadText("bevolking.csv", Join(lines)));
    }

    [Fact]
    public void The_bundled_2023_population_file_imports_as_a_plain_file()
    {
        var path = WriteTemp("bevolking_2023-01-01.csv", Spreiding.Data.Referentie.EmbeddedFiles.ReadText("data/bevolking_2023-01-01.csv"));

        var import = BevolkingImporter.Read(path, Indeling, Peildatum);

        Assert.Equal(342, import.Bevolking.Inwoners.Count);
        Assert.Equal(ImportFormaat.Eenvoudig, import.Format);
    }

    [Fact]
    public void StatLine_download_is_read_by_cbs_region_name_and_skips_country_landsdeel_province_and_corop_rows()
    {
        var import = ReadText("03759ned_bevolking.csv", Join(StatLinePopulationLines(), "\r\n"), bom: true);

        AssertAllMunicipalitiesRead(import);
        Assert.Equal(ImportFormaat.CbsStatLine, import.Format);
        Assert.Equal(346, import.RowsRead);
        Assert.Equal(4, import.RowsSkipped);
        Assert.Equal("2023", import.Periode);
        Assert.Equal("CBS, CC BY 4.0", import.Bevolking.Bron.Attributie);
        Assert.Contains("CBS StatLine-download", import.Bevolking.Bron.Naam);
        Assert.Contains("03759NED", import.Bevolking.Bron.Naam);
    }

    [Fact]
    public void StatLine_names_match_cbs_region_names_with_suffix_like_groningen_gemeente_and_hengelo_o()
    {
        var import = ReadText("bevolking.csv", Join(StatLinePopulationLines()));

        Assert.Equal("Groningen (gemeente)", Gemeente("GM0014").CbsRegionaam);
        Assert.Equal("Hengelo (O.)", Gemeente("GM0164").CbsRegionaam);
        Assert.Equal(Inwoners(Gemeente("GM0014")), import.Bevolking.Inwoners[GemeenteCode.Parse("GM0014")]);
        Assert.Equal(Inwoners(Gemeente("GM0164")), import.Bevolking.Inwoners[GemeenteCode.Parse("GM0164")]);
    }

    [Fact]
    public void StatLine_names_fall_back_to_the_plain_municipality_name_case_insensitively()
    {
        var lines = StatLinePopulationLines(regio: g => g.Code.Number % 3 == 0 ? g.Naam.ToUpperInvariant() : g.CbsRegionaam);

        AssertAllMunicipalitiesRead(ReadText("bevolking.csv", Join(lines)));
    }

    [Fact]
    public void StatLine_rows_of_other_region_types_with_an_upper_case_suffix_are_skipped()
    {
        var lines = StatLinePopulationLines();
        lines.Add(lines[^1].Replace(Gemeenten[^1].CbsRegionaam, "GGD Groningen (GGD)", StringComparison.Ordinal));

        var import = ReadText("bevolking.csv", Join(lines));

        Assert.Equal(5, import.RowsSkipped);
        AssertAllMunicipalitiesRead(import);
    }

    [Fact]
    public void StatLine_download_with_a_region_code_column_uses_the_codes()
    {
        var lines = new List<string> { "\"Perioden\";\"Regio's\";\"Regio's (code)\";\"Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)\";\"Bevolking/Bevolkingsgroei/Totale bevolkingsgroei (aantal)\"" };
        lines.Add("\"2023\";\"Nederland\";\"NL01      \";\"17811291\";\"220000\"");
        lines.AddRange(Gemeenten.Select(g => $"\"2023\";\"naam onbekend\";\"{g.Code}    \";\"{Inwoners(g),9}\";\"12\""));

        var import = ReadText("bevolking.csv", Join(lines));

        AssertAllMunicipalitiesRead(import);
        Assert.Equal(1, import.RowsSkipped);
    }

    [Fact]
    public void OData_typed_dataset_export_is_read_with_padded_codes_and_skips_nl01_ld_and_pv_rows()
    {
        var import = ReadText("70072ned_TypedDataSet.csv", Join(ODataPopulationLines()));

        AssertAllMunicipalitiesRead(import);
        Assert.Equal(ImportFormaat.CbsOData, import.Format);
        Assert.Equal(3, import.RowsSkipped);
        Assert.Equal("2023", import.Periode);
        Assert.Equal("CBS, CC BY 4.0", import.Bevolking.Bron.Attributie);
    }

    [Fact]
    public void Wijk_and_buurt_rows_are_skipped_and_counted()
    {
        var lines = PlainODataLike();
        lines.Add("\"WK036300  \",\"2023\",\"1200\"");
        lines.Add("\"BU03630000\",\"2023\",\"700\"");

        var import = ReadText("bevolking.csv", Join(lines));

        Assert.Equal(2, import.RowsSkipped);
        AssertAllMunicipalitiesRead(import);
    }

    private static List<string> PlainODataLike()
    {
        var lines = new List<string> { "RegioS,Perioden,BevolkingOp1Januari_1" };
        lines.AddRange(Gemeenten.Select(g => $"\"{g.Code,-10}\",\"2023\",\"{Inwoners(g)}\""));
        return lines;
    }

    [Fact]
    public void Thousands_points_are_accepted_only_in_a_file_that_writes_decimals_with_a_comma()
    {
        var lines = new List<string> { "gemeentecode;inwoners;oppervlakte_km2" };
        lines.AddRange(Gemeenten.Select(g => g.Code.ToString() == "GM0363" ? "GM0363;918.117;219,32" : $"{g.Code};{Inwoners(g)};100,5"));

        var import = ReadText("bevolking.csv", Join(lines));

        Assert.Equal(918117, import.Bevolking.Inwoners[GemeenteCode.Parse("GM0363")]);
    }

    [Fact]
    public void Thousands_points_in_a_file_without_decimal_commas_are_refused_not_guessed()
    {
        var lines = PlainPopulationLines();
        var index = lines.FindIndex(l => l.StartsWith("GM0363;", StringComparison.Ordinal));
        lines[index] = "GM0363;918.117";

        var ex = Refused("bevolking.csv", Join(lines));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(index + 1, issue.Line);
        Assert.Equal(2, issue.Column);
        Assert.Equal("'918.117' is geen geheel getal. Vul een aantal inwoners in, zonder punten of spaties.", issue.Message);
    }

    [Fact]
    public void Import_from_a_text_reader_and_from_a_stream_gives_the_same_result()
    {
        var text = Join(PlainPopulationLines());

        var fromReader = BevolkingImporter.Read(new StringReader(text), "bevolking.csv", Indeling, Peildatum);
        var fromStream = BevolkingImporter.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "bevolking.csv", Indeling, Peildatum);

        Assert.Equal(fromReader.Bevolking.Inwoners, fromStream.Bevolking.Inwoners);
        Assert.Equal(342, fromReader.Bevolking.Inwoners.Count);
    }

    // ---- errors ----

    [Fact]
    public void Population_file_with_text_in_the_number_column_names_line_and_column()
    {
        var lines = PlainPopulationLines();
        var wrong = lines[11];
        lines[11] = wrong.Split(';')[0] + ";twaalf"; // physical line 12

        var ex = Refused("bevolking.csv", Join(lines));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(new ImportIssue("bevolking.csv", 12, 2, "inwoners", "twaalf",
            "'twaalf' is geen geheel getal. Vul een aantal inwoners in, zonder punten of spaties."), issue);
        Assert.Contains("bevolking.csv, regel 12, kolom 2 (inwoners): 'twaalf' is geen geheel getal. Vul een aantal inwoners in, zonder punten of spaties.", ex.Message);
        Assert.IsAssignableFrom<InvalidInputException>(ex);
    }

    [Fact]
    public void Population_file_with_a_negative_number_is_refused_at_that_cell()
    {
        var lines = PlainPopulationLines();
        lines[5] = lines[5].Split(';')[0] + ";-12";

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal((6, 2), (issue.Line, issue.Column!.Value));
        Assert.Contains("'-12' is negatief", issue.Message);
    }

    [Fact]
    public void Population_file_with_an_unknown_municipality_code_is_refused_at_that_cell()
    {
        var lines = PlainPopulationLines();
        lines.Add("GM9999;100");

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal((344, 1, "gemeentecode"), (issue.Line, issue.Column!.Value, issue.ColumnName!));
        Assert.Equal("GM9999 is geen gemeente in de gemeentelijke indeling op 2023-01-01. Controleer de code; is de gemeente opgeheven of samengevoegd, gebruik dan cijfers volgens de indeling van die datum.", issue.Message);
    }

    [Fact]
    public void Population_file_with_something_that_is_not_a_code_is_refused()
    {
        var lines = PlainPopulationLines();
        lines.Add("Amsterdam;100");

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal("'Amsterdam' is geen gemeentecode. Gebruik de CBS-code, bijvoorbeeld GM0363 of 0363.", issue.Message);
    }

    [Fact]
    public void Population_file_with_a_duplicate_municipality_names_both_lines()
    {
        var lines = PlainPopulationLines();
        var first = lines.FindIndex(l => l.StartsWith("GM0363;", StringComparison.Ordinal)) + 1;
        lines.Add("0363;5");

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal(344, issue.Line);
        Assert.Contains($"Amsterdam (GM0363) staat twee keer in het bestand: op regel {first} en op regel 344.", issue.Message);
    }

    [Fact]
    public void Population_file_missing_a_municipality_names_it_by_code_and_name()
    {
        var lines = PlainPopulationLines().Where(l => !l.StartsWith("GM0363;", StringComparison.Ordinal)).ToList();

        var ex = Refused("bevolking.csv", Join(lines));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(0, issue.Line);
        Assert.Equal("1 gemeente van de indeling op 2023-01-01 ontbreekt: GM0363 Amsterdam. Voeg voor elke gemeente een regel met het aantal inwoners toe.", issue.Message);
        Assert.Contains("bevolking.csv: 1 gemeente van de indeling op 2023-01-01 ontbreekt: GM0363 Amsterdam.", ex.Message);
    }

    [Fact]
    public void An_empty_population_file_is_refused()
    {
        var issue = Assert.Single(Refused("bevolking.csv", "").Issues);

        Assert.Equal("bevolking.csv: het bestand is leeg. Kies het juiste bestand, met een kopregel en een regel per gemeente.", issue.ToString());
    }

    [Fact]
    public void A_population_file_with_only_a_header_is_refused_on_line_1()
    {
        var issue = Assert.Single(Refused("bevolking.csv", "gemeentecode;inwoners\r\n\r\n").Issues);

        Assert.Equal(1, issue.Line);
        Assert.Contains("alleen een kopregel", issue.Message);
    }

    [Fact]
    public void A_file_with_an_unknown_header_is_refused_and_lists_the_columns_found()
    {
        var issue = Assert.Single(Refused("bevolking.csv", "code;aantal\nGM0363;5\n").Issues);

        Assert.Equal(1, issue.Line);
        Assert.Contains("'code', 'aantal'", issue.Message);
        Assert.Contains("de kolom 'inwoners' ontbreekt", issue.Message);
    }

    [Fact]
    public void All_problems_of_a_file_are_reported_together_with_physical_line_numbers()
    {
        var ex = Assert.Throws<ImportException>(() => BevolkingImporter.Read(Fixture("fixture_bevolking_plain_errors.csv"), Indeling, Peildatum));

        (int, int?)[] expected = [(3, 2), (5, 2), (6, 1), (7, 1), (8, 2), (9, null)];
        Assert.Equal(expected, ex.Issues.Where(i => i.Line > 0).Select(i => (i.Line, i.Column)));
        Assert.Contains("'twaalf' is geen geheel getal", ex.Issues[0].Message);
        Assert.Contains("'-5' is negatief", ex.Issues[1].Message);
        Assert.Contains("GM9999 is geen gemeente", ex.Issues[2].Message);
        Assert.Contains("Groningen (GM0014) staat twee keer in het bestand: op regel 2 en op regel 7", ex.Issues[3].Message);
        Assert.Contains("'.' betekent bij het CBS", ex.Issues[4].Message);
        Assert.Contains("deze regel heeft 3 velden", ex.Issues[5].Message);
        var missing = ex.Issues[^1];
        Assert.Equal(0, missing.Line);
        Assert.Contains("ontbreken", missing.Message);
        Assert.Contains("GM0050 Zeewolde", missing.Message); // its line had the wrong number of fields
        Assert.DoesNotContain("GM0014 Groningen", missing.Message);
        Assert.DoesNotContain("GM0034 Almere", missing.Message); // present, though with a wrong number
        Assert.Contains("en 308 meer", missing.Message);
    }

    [Fact]
    public void StatLine_download_with_a_name_that_is_no_municipality_is_refused_at_that_cell()
    {
        var lines = StatLinePopulationLines();
        lines.Add(lines[^1].Replace(Gemeenten[^1].CbsRegionaam, "Atlantis", StringComparison.Ordinal));

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal((lines.Count, 5, "Regio's"), (issue.Line, issue.Column!.Value, issue.ColumnName!));
        Assert.StartsWith("'Atlantis' is geen gemeente in de gemeentelijke indeling op 2023-01-01.", issue.Message);
    }

    [Fact]
    public void StatLine_download_with_two_population_topics_is_refused_asking_for_one_topic()
    {
        var ex = Assert.Throws<ImportException>(() => BevolkingImporter.Read(Fixture("fixture_bevolking_statline_two_topics.csv"), Indeling, Peildatum));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal((1, 5), (issue.Line, issue.Column!.Value));
        Assert.Contains("er zijn 2 kolommen met een aantal inwoners (kolom 3, kolom 5)", issue.Message);
        Assert.Contains("Download in StatLine alleen het onderwerp 'Bevolking op 1 januari'", issue.Message);
    }

    [Fact]
    public void StatLine_download_with_several_periods_is_refused_asking_to_filter_on_one_period()
    {
        var lines = StatLinePopulationLines("2023");
        lines.AddRange(StatLinePopulationLines("2024").Skip(1));

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal((348, 4, "Perioden"), (issue.Line, issue.Column!.Value, issue.ColumnName!));
        Assert.Contains("meer dan één periode (2023, 2024)", issue.Message);
        Assert.Contains("Filter de download in StatLine op één periode", issue.Message);
    }

    [Fact]
    public void StatLine_download_of_another_year_than_the_peildatum_gives_a_warning()
    {
        var import = ReadText("bevolking.csv", Join(StatLinePopulationLines("2024*")));

        Assert.Equal("2024", import.Periode);
        Assert.Contains(import.Warnings, w => w.Contains("periode 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void StatLine_population_in_thousands_is_refused()
    {
        var issue = Assert.Single(Refused("bevolking.csv", "\"Perioden\";\"Regio's\";\"Bevolking op 1 januari (x 1 000)\"\n\"2023\";\"Amsterdam\";\"918\"\n").Issues);

        Assert.Equal((1, 3), (issue.Line, issue.Column!.Value));
        Assert.Contains("'x 1 000'", issue.Message);
    }

    [Fact]
    public void StatLine_download_with_only_provinces_says_to_choose_municipalities()
    {
        var lines = StatLinePopulationLines().Take(5);

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Contains("het bestand bevat geen enkele gemeente; 4 regels gaan over andere regio's", issue.Message);
    }

    [Fact]
    public void A_suppressed_population_value_is_an_error_not_a_skip()
    {
        var lines = StatLinePopulationLines();
        lines[10] = lines[10].Replace($"\"{Inwoners(Gemeenten[5]),9}\"", "\"        .\"", StringComparison.Ordinal);

        var issue = Assert.Single(Refused("bevolking.csv", Join(lines)).Issues);

        Assert.Equal((11, 6), (issue.Line, issue.Column!.Value));
        Assert.Contains("'.' betekent bij het CBS dat het cijfer ontbreekt of geheim is", issue.Message);
    }

    [Fact]
    public void Observations_file_of_a_cbs_data_package_is_refused_with_advice()
    {
        var issue = Assert.Single(Refused("Observations.csv", "Id;Measure;ValueAttribute;Value;RegioS;Perioden\n1;M000352;None;918117;GM0363;2023JJ00\n").Issues);

        Assert.Contains("lange vorm", issue.Message);
    }
}
