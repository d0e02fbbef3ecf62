using Spreiding.Core.Indeling;
using Spreiding.Data.Import;
using static Spreiding.Tests.Data.Import.ImportTestData;

namespace Spreiding.Tests.Data.Import;

public class SesWoaImporterTests
{
    private static readonly GemeenteCode Groningen = GemeenteCode.Parse("GM0014");
    private static readonly GemeenteCode Almere = GemeenteCode.Parse("GM0034");
    private static readonly GemeenteCode Amsterdam = GemeenteCode.Parse("GM0363");

    private static SesWoaImport ReadText(string fileName, string content, string? periode = "2022", bool bom = false) =>
        SesWoaImporter.Read(WriteTemp(fileName, content, bom), Indeling, Peildatum, periode);

    private static ImportException Refused(string fileName, string content, string? periode = "2022") =>
        Assert.Throws<ImportException>(() => ReadText(fileName, content, periode));

    // ---- formats ----

    [Fact]
    public void Real_85163NED_StatLine_sample_gives_amsterdam_minus_0_100_and_takes_only_the_gm_row()
    {
        var import = SesWoaImporter.Read(Fixture("85163NED_statline_amsterdam_2019.csv"), Indeling, Peildatum);

        Assert.Equal(-0.100m, import.SesWoa.Scores[Amsterdam]);
        Assert.Single(import.SesWoa.Scores);
        Assert.Equal(ImportFormaat.CbsStatLine, import.Format);
        Assert.Equal("2019", import.SesWoa.Periode);
        Assert.False(import.Voorlopig);
        Assert.Equal(579, import.RowsRead);
        Assert.Equal(578, import.RowsSkipped); // 99 wijken and 479 buurten
        Assert.Equal(341, import.Ontbrekend.Count);
        Assert.DoesNotContain(Amsterdam, import.Ontbrekend);
        Assert.Equal("CBS, CC BY 4.0", import.SesWoa.Bron.Attributie);
        Assert.Contains("85163NED", import.SesWoa.Bron.Naam);
    }

    [Fact]
    public void Plain_partial_file_with_decimal_comma_and_both_code_forms_is_read_and_lists_what_it_lacks()
    {
        var import = SesWoaImporter.Read(Fixture("fixture_ses_plain_partial.csv"), Indeling, Peildatum, "2022");

        Assert.Equal(ImportFormaat.Eenvoudig, import.Format);
        Assert.Equal(0.125m, import.SesWoa.Scores[Groningen]);
        Assert.Equal(-0.050m, import.SesWoa.Scores[Almere]);
        Assert.Equal(-0.100m, import.SesWoa.Scores[Amsterdam]);
        Assert.Equal("2022", import.SesWoa.Periode);
        Assert.Equal(342 - 3, import.Ontbrekend.Count);
        Assert.Contains(GemeenteCode.Parse("GM0599"), import.Ontbrekend);
        Assert.Equal([GemeenteCode.Parse("GM0599")], import.ZonderScore);
        Assert.Equal(import.Ontbrekend.Order(), import.Ontbrekend);
    }

    [Fact]
    public void Plain_comma_file_with_bom_and_decimal_point_is_read()
    {
        var import = ReadText("ses.csv", "gemeentecode,ses_woa\r\nGM0014,0.125\r\n0363,-0.1\r\n\r\n", bom: true);

        Assert.Equal(0.125m, import.SesWoa.Scores[Groningen]);
        Assert.Equal(-0.1m, import.SesWoa.Scores[Amsterdam]);
    }

    [Fact]
    public void Scores_keep_their_decimal_digits_exactly()
    {
        var import = ReadText("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\nGM0034;-0,333333333333333333\n");

        Assert.Equal(0.1m, import.SesWoa.Scores[Groningen]);
        Assert.Equal(-0.333333333333333333m, import.SesWoa.Scores[Almere]);
    }

    [Fact]
    public void OData_export_with_padded_codes_and_2022JJ00_takes_gm_rows_and_the_total_score()
    {
        var import = SesWoaImporter.Read(Fixture("fixture_ses_odata_typeddataset_86092NED.csv"), Indeling, Peildatum);

        Assert.Equal(ImportFormaat.CbsOData, import.Format);
        Assert.Equal("2022", import.SesWoa.Periode);
        Assert.Equal(-0.187m, import.SesWoa.Scores[Groningen]);
        Assert.Equal(0.061m, import.SesWoa.Scores[Almere]);
        Assert.Equal(2, import.SesWoa.Scores.Count);
        Assert.Equal([Amsterdam], import.ZonderScore);
        Assert.Contains(Amsterdam, import.Ontbrekend);
        Assert.Equal(4, import.RowsSkipped); // NL00, WK, BU, and Amsterdam without score
    }

    [Fact]
    public void StatLine_download_with_a_provisional_period_and_decimal_comma_is_read_and_flagged_provisional()
    {
        var import = SesWoaImporter.Read(Fixture("fixture_ses_statline_85900NED_provisional_decimal_comma.csv"), Indeling, Peildatum);

        Assert.Equal("2022", import.SesWoa.Periode);
        Assert.True(import.Voorlopig);
        Assert.Equal(-0.187m, import.SesWoa.Scores[Groningen]);
        Assert.Equal(0.061m, import.SesWoa.Scores[Almere]);
        Assert.Equal(2, import.SesWoa.Scores.Count);
    }

    [Fact]
    public void The_period_argument_is_used_when_the_file_has_no_period_column()
    {
        var import = ReadText("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\n", periode: "2021*");

        Assert.Equal("2021", import.SesWoa.Periode);
        Assert.True(import.Voorlopig);
    }

    [Fact]
    public void A_period_argument_that_agrees_with_the_file_is_accepted()
    {
        var import = SesWoaImporter.Read(Fixture("85163NED_statline_amsterdam_2019.csv"), Indeling, Peildatum, "2019");

        Assert.Equal("2019", import.SesWoa.Periode);
    }

    // ---- errors ----

    [Fact]
    public void Ses_file_with_text_in_the_number_column_names_line_and_column()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\nGM0034;hoog\n").Issues);

        Assert.Equal(("ses.csv", 3, 2, "ses_woa", "hoog"), (issue.File, issue.Line, issue.Column!.Value, issue.ColumnName!, issue.Value!));
        Assert.StartsWith("'hoog' is geen getal. Vul een SES-WOA-score in", issue.Message);
    }

    [Fact]
    public void Ses_file_with_an_unknown_code_is_refused_at_that_cell()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\nGM0457;0,2\n").Issues);

        Assert.Equal((3, 1), (issue.Line, issue.Column!.Value));
        Assert.StartsWith("GM0457 is geen gemeente in de gemeentelijke indeling op 2023-01-01.", issue.Message);
    }

    [Fact]
    public void Ses_file_with_a_duplicate_names_both_lines()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\nGM0034;0,2\n14;0,3\n").Issues);

        Assert.Equal(4, issue.Line);
        Assert.Contains("Groningen (GM0014) staat twee keer in het bestand: op regel 2 en op regel 4.", issue.Message);
    }

    [Fact]
    public void A_decimal_comma_in_a_comma_delimited_file_is_refused_with_advice()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode,ses_woa\nGM0014,\"0,1\"\n").Issues);

        Assert.Equal((2, 2), (issue.Line, issue.Column!.Value));
        Assert.Contains("'0,1' heeft een komma als decimaalteken, maar in dit bestand scheidt de komma de kolommen.", issue.Message);
    }

    [Fact]
    public void Mixed_decimal_marks_in_one_column_are_refused_naming_the_earlier_line()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\nGM0034;0\nGM0363;0.2\n").Issues);

        Assert.Equal(4, issue.Line);
        Assert.Equal("'0.2' heeft een punt als decimaalteken, maar regel 2 een komma. Gebruik in het hele bestand hetzelfde decimaalteken.", issue.Message);
    }

    [Fact]
    public void An_empty_ses_file_is_refused()
    {
        Assert.Contains("het bestand is leeg", Assert.Single(Refused("ses.csv", "").Issues).Message);
    }

    [Fact]
    public void A_ses_file_with_only_a_header_is_refused_on_line_1()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\n").Issues);

        Assert.Equal(1, issue.Line);
        Assert.Contains("alleen een kopregel", issue.Message);
    }

    [Fact]
    public void A_ses_file_where_every_score_is_suppressed_is_refused()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;.\nGM0034;\n").Issues);

        Assert.Contains("geen enkele gemeente in het bestand heeft een SES-WOA-score", issue.Message);
    }

    [Fact]
    public void Without_period_column_and_without_period_argument_the_file_is_refused()
    {
        var issue = Assert.Single(Refused("ses.csv", "gemeentecode;ses_woa\nGM0014;0,1\n", periode: null).Issues);

        Assert.Equal(0, issue.Line);
        Assert.Contains("geen kolom 'Perioden' en er is geen periode opgegeven", issue.Message);
    }

    [Fact]
    public void A_period_argument_that_contradicts_the_file_is_refused()
    {
        var ex = Assert.Throws<ImportException>(() => SesWoaImporter.Read(Fixture("85163NED_statline_amsterdam_2019.csv"), Indeling, Peildatum, "2022"));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal((2, 1, "Perioden"), (issue.Line, issue.Column!.Value, issue.ColumnName!));
        Assert.Contains("het bestand gaat over periode 2019, maar opgegeven is periode 2022", issue.Message);
    }

    [Fact]
    public void A_ses_download_with_several_periods_is_refused_asking_to_filter_on_one_period()
    {
        const string header = "\"Perioden\";\"Regiocode (gemeente, wijk, buurt) (code)\";\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\"\n";
        var issue = Assert.Single(Refused("ses.csv", header + "\"2021\";\"GM0014    \";\"0.1\"\n\"2022\";\"GM0014    \";\"0.2\"\n", periode: null).Issues);

        Assert.Equal((3, 1), (issue.Line, issue.Column!.Value));
        Assert.Contains("meer dan één periode (2021, 2022)", issue.Message);
    }

    [Fact]
    public void A_ses_download_without_region_codes_is_refused_with_advice_to_add_the_code_topic()
    {
        const string text = "\"Perioden\";\"Wijken en buurten\";\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\"\n\"2019\";\"Amsterdam\";\"  -0.100\"\n";

        var issue = Assert.Single(Refused("ses.csv", text).Issues);

        Assert.Equal(1, issue.Line);
        Assert.Contains("'Regiocode (gemeente, wijk, buurt)'", issue.Message);
    }

    [Fact]
    public void A_ses_download_with_two_total_score_columns_is_refused()
    {
        const string text = "\"Perioden\";\"Regiocode (gemeente, wijk, buurt) (code)\";\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\";\"SES-WOA/Totaalscore/Gemiddelde score 2 (Getal)\"\n\"2019\";\"GM0363\";\"-0.1\";\"-0.1\"\n";

        var issue = Assert.Single(Refused("ses.csv", text).Issues);

        Assert.Equal((1, 4), (issue.Line, issue.Column!.Value));
        Assert.Contains("er zijn 2 kolommen met een SES-WOA-totaalscore", issue.Message);
    }

    [Fact]
    public void A_name_in_the_region_code_column_of_a_ses_download_is_refused()
    {
        const string text = "\"Perioden\";\"Regiocode (gemeente, wijk, buurt) (code)\";\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\"\n\"2019\";\"Amsterdam\";\"-0.1\"\n";

        var issue = Assert.Single(Refused("ses.csv", text, periode: null).Issues);

        Assert.Equal("'Amsterdam' is geen regiocode. Gebruik de CBS-code, bijvoorbeeld GM0363.", issue.Message);
    }

    [Fact]
    public void A_ses_file_with_an_unrecognised_header_is_refused_listing_the_columns()
    {
        var issue = Assert.Single(Refused("ses.csv", "regio;score\nGM0014;0,1\n").Issues);

        Assert.Contains("niet herkend als SES-WOA-bestand", issue.Message);
        Assert.Contains("'regio', 'score'", issue.Message);
    }
}
