using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Data.Import;
using Spreiding.Data.Locaties;
using static Spreiding.Tests.Data.Locaties.LocatieTestData;

namespace Spreiding.Tests.Data.Locaties;

/// <summary>Every refusal returns nothing and names the row (line 1 = header), the column number and header, and the value.</summary>
public class LocatieBestandFoutenTests
{
    // Column numbers in the canonical header.
    private const int Id = 1, Naam = 2, Gemeentecode = 3, Plaatsen = 4, Amv = 5, Soort = 6, Fase = 7, Begin = 8, Eind = 9,
        BoGetekend = 10, BoDatum = 11, BoEind = 12;

    [Fact]
    public void Unknown_municipality_code_names_row_column_and_value()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1"), Rij("L2", ("gemeentecode", "GM9999"))));

        Plek(issue, 3, Gemeentecode, "gemeentecode", "GM9999");
        Assert.Contains("GM9999 is geen gemeente in de gemeentelijke indeling op 2024-01-01", issue.Message);
        Assert.Equal("locaties.csv, regel 3, kolom 3 (gemeentecode): " + issue.Message, issue.ToString());
    }

    [Fact]
    public void A_municipality_name_instead_of_a_code_is_refused_with_the_code_to_use()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("gemeentecode", "Amsterdam"))));

        Plek(issue, 2, Gemeentecode, "gemeentecode", "Amsterdam");
        Assert.Contains("gemeentenaam, geen gemeentecode", issue.Message);
        Assert.Contains("GM0363", issue.Message);
    }

    [Fact]
    public void A_municipality_that_no_longer_exists_on_the_date_is_refused_saying_since_when()
    {
        var indeling = new GemeentelijkeIndeling(
        [
            new Gemeente(GemeenteCode.Parse("GM0001"), "Oudstad", "Oudstad", ProvincieCode.Parse("PV20"), new DateOnly(2000, 1, 1), new DateOnly(2023, 1, 1)),
            new Gemeente(GemeenteCode.Parse("GM0002"), "Nieuwstad", "Nieuwstad", ProvincieCode.Parse("PV20"), new DateOnly(2023, 1, 1), null),
        ], [new Provincie(ProvincieCode.Parse("PV20"), "Groningen")]);
        var path = WriteTemp("locaties.csv", Lines(Kop, Rij("L1", ("gemeentecode", "GM0001")), Rij("L2", ("gemeentecode", "GM0002"))));

        var ex = Assert.Throws<ImportException>(() => LocatieBestand.Lees(path, indeling, Op));

        var issue = Enige(ex);
        Plek(issue, 2, Gemeentecode, "gemeentecode", "GM0001");
        Assert.Contains("Oudstad", issue.Message);
        Assert.Contains("per 2023-01-01 opgeheven", issue.Message);
    }

    [Fact]
    public void A_duplicate_id_names_both_rows()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1"), Rij("L2"), Rij("L1")));

        Plek(issue, 4, Id, "id", "L1");
        Assert.Contains("op regel 2 en op regel 4", issue.Message);
    }

    [Fact]
    public void A_negative_capacity_is_reported_at_the_plaatsen_column()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("plaatsen", "-5"), ("amv_plaatsen", "0"))));

        Plek(issue, 2, Plaatsen, "plaatsen", "-5");
        Assert.StartsWith("de capaciteit is negatief (-5).", issue.Message);
        Assert.Contains("0 of meer", issue.Message);
    }

    [Fact]
    public void A_negative_amv_number_is_reported_at_the_amv_column()
    {
        Plek(Enige(GeweigerdCsv(Kop, Rij("L1", ("amv_plaatsen", "-1")))), 2, Amv, "amv_plaatsen", "-1");
    }

    [Theory]
    [InlineData("honderd")]
    [InlineData("12,5")]
    [InlineData("12.5")]
    [InlineData("1 200")]
    [InlineData("1.200")] // in a comma file a point may be a decimal point, so it is never a thousands separator there
    [InlineData("x")]
    public void Text_or_a_fraction_in_a_number_column_is_refused(string waarde)
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("plaatsen", waarde.Contains(',') ? "\"" + waarde + "\"" : waarde))));

        Plek(issue, 2, Plaatsen, "plaatsen", waarde);
        Assert.Contains("geen geheel getal", issue.Message);
        Assert.Contains("bijvoorbeeld 400", issue.Message);
    }

    [Fact]
    public void An_end_date_before_the_start_date_is_reported_at_einddatum()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("begindatum", "2024-06-01"), ("einddatum", "31-05-2024"))));

        Plek(issue, 2, Eind, "einddatum", "31-05-2024");
        Assert.StartsWith("de einddatum 2024-05-31 ligt voor de begindatum 2024-06-01.", issue.Message);
    }

    [Fact]
    public void A_bestuursovereenkomst_ending_before_it_was_signed_is_reported_at_bo_einddatum()
    {
        Plek(Enige(GeweigerdCsv(Kop, Rij("L1", ("bo_datum", "2024-06-01"), ("bo_einddatum", "2024-01-01")))), 2, BoEind, "bo_einddatum", "2024-01-01");
    }

    [Fact]
    public void More_amv_places_than_places_is_reported_at_amv_plaatsen()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("plaatsen", "40"), ("amv_plaatsen", "50"))));

        Plek(issue, 2, Amv, "amv_plaatsen", "50");
        Assert.Contains("meer amv-plaatsen (50) dan plaatsen (40)", issue.Message);
    }

    [Fact]
    public void An_unknown_soort_lists_the_allowed_values()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("soort", "hotel"))));

        Plek(issue, 2, Soort, "soort", "hotel");
        Assert.Contains("regulier, bijzondere-aard, aanmeldvoorziening, amv, noodopvang, overig", issue.Message);
    }

    [Fact]
    public void An_unknown_fase_lists_the_allowed_values()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("fase", "open"))));

        Plek(issue, 2, Fase, "fase", "open");
        Assert.Contains("in-gebruik, in-realisatie, in-planvorming, gesloten", issue.Message);
    }

    [Theory]
    [InlineData("31-02-2024")]
    [InlineData("2024/03/01")]
    [InlineData("1-3-24")]
    [InlineData("maart 2024")]
    [InlineData("2024-13-01")]
    public void An_impossible_or_unreadable_date_is_refused(string waarde)
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("bo_datum", waarde))));

        Plek(issue, 2, BoDatum, "bo_datum", waarde);
        Assert.Contains("geen geldige datum", issue.Message);
        Assert.Contains("JJJJ-MM-DD", issue.Message);
    }

    [Fact]
    public void An_unreadable_yes_no_value_is_refused()
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", ("bo_getekend", "misschien"))));

        Plek(issue, 2, BoGetekend, "bo_getekend", "misschien");
        Assert.Contains("ja of nee", issue.Message);
    }

    [Theory]
    [InlineData("id", Id)]
    [InlineData("naam", Naam)]
    [InlineData("gemeentecode", Gemeentecode)]
    [InlineData("plaatsen", Plaatsen)]
    [InlineData("soort", Soort)]
    [InlineData("fase", Fase)]
    public void An_empty_cell_in_a_required_column_is_refused(string kolom, int nummer)
    {
        var issue = Enige(GeweigerdCsv(Kop, Rij("L1", (kolom, ""))));

        Plek(issue, 2, nummer, kolom, "");
        Assert.Contains("geen", issue.Message);
    }

    [Fact]
    public void A_missing_required_column_is_named_with_its_aliases_and_the_columns_found()
    {
        var ex = GeweigerdCsv("id,naam,gemeentecode,soort,fase", "L1,Een,GM0363,regulier,in-gebruik");

        var issue = Enige(ex);
        Assert.Equal(1, issue.Line);
        Assert.Null(issue.Column);
        Assert.Contains("de verplichte kolom 'plaatsen' (ook herkend als: capaciteit, aantal_plaatsen) ontbreekt", issue.Message);
        Assert.Contains("'id', 'naam', 'gemeentecode', 'soort', 'fase'", issue.Message);
    }

    [Fact]
    public void Every_missing_required_column_is_reported()
    {
        var ex = GeweigerdCsv("id,naam", "L1,Een");

        Assert.Equal(4, ex.Issues.Count);
        Assert.All(ex.Issues, i => Assert.Contains("ontbreekt", i.Message));
    }

    [Fact]
    public void A_file_with_one_column_hints_at_the_delimiter()
    {
        Assert.Contains("scheid de kolommen", GeweigerdCsv("id|naam|gemeentecode", "a|b|c").Issues[0].Message);
    }

    [Fact]
    public void A_misspelt_header_is_refused_with_the_column_it_looks_like()
    {
        var issue = Enige(GeweigerdCsv(Kop.Replace("einddatum,bo", "einddatm,bo"), Rij("L1")));

        Plek(issue, 1, Eind, "einddatm", "einddatm");
        Assert.Contains("lijkt op 'einddatum'", issue.Message);
    }

    [Fact]
    public void A_column_that_appears_twice_is_refused()
    {
        var issue = Enige(GeweigerdCsv(Kop + ",Plaatsen", Rij("L1") + ",12"));

        Plek(issue, 1, 15, "Plaatsen", "Plaatsen");
        Assert.Contains("meer dan eens", issue.Message);
    }

    [Fact]
    public void Two_aliases_of_the_same_column_are_refused_as_ambiguous()
    {
        var issue = Enige(GeweigerdCsv("id,naam,gemeentecode,capaciteit,aantal_plaatsen,soort,fase", "L1,Een,GM0363,10,12,regulier,in-gebruik"));

        Plek(issue, 1, 5, "aantal_plaatsen", "aantal_plaatsen");
        Assert.Contains("betekenen allebei 'plaatsen'", issue.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var issue = Enige(Geweigerd(WriteTemp("locaties.csv", "")));

        Assert.Equal(0, issue.Line);
        Assert.Contains("het bestand is leeg", issue.Message);
        Assert.Contains("een regel per locatie", issue.Message);
    }

    [Fact]
    public void A_file_with_only_blank_lines_is_refused_as_empty()
    {
        Assert.Contains("leeg", Enige(Geweigerd(WriteTemp("locaties.csv", "\r\n;;;\r\n\r\n", bom: true))).Message);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var issue = Enige(GeweigerdCsv(Kop));

        Assert.Equal(1, issue.Line);
        Assert.Contains("alleen een kopregel en geen locaties", issue.Message);
    }

    [Fact]
    public void A_file_whose_rows_fill_in_only_skipped_columns_is_refused_as_having_no_locations()
    {
        var issue = Enige(GeweigerdCsv("id,naam,gemeentecode,plaatsen,soort,fase,notitie", ",,,,,,alleen een notitie"));

        Assert.Contains("geen locaties", issue.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_with_the_other_problems()
    {
        var ex = GeweigerdCsv(Kop, Rij("L1"), "L2,te kort", Rij("L3", ("soort", "hotel")));

        Assert.Equal([3, 4], ex.Issues.Select(i => i.Line));
        Assert.Contains("velden", ex.Issues[0].Message);
    }

    [Fact]
    public void A_file_with_several_bad_rows_reports_all_of_them_in_row_order_and_returns_nothing()
    {
        var ex = Geweigerd(Fixture("fixture_locaties_fouten.csv"));

        Assert.Equal(
        [
            (2, Gemeentecode, "gemeentecode", "GM9999"),
            (3, Plaatsen, "plaatsen", "-5"),
            (4, Plaatsen, "plaatsen", "honderd"),
            (5, Id, "id", "L1"),
            (6, Eind, "einddatum", "2024-05-31"),
            (7, Amv, "amv_plaatsen", "60"),
            (8, Soort, "soort", "hotel"),
            (9, Fase, "fase", "open"),
            (10, Begin, "begindatum", "31-02-2024"),
            (11, BoGetekend, "bo_getekend", "misschien"),
        ], ex.Issues.Select(i => (i.Line, i.Column!.Value, i.ColumnName!, i.Value!)));
        Assert.StartsWith("Het bestand fixture_locaties_fouten.csv is niet ingelezen: er zijn 10 problemen gevonden.", ex.Message);
        Assert.Contains("- fixture_locaties_fouten.csv, regel 5, kolom 1 (id): het id 'L1' komt twee keer voor: op regel 2 en op regel 5.", ex.Message);
        Assert.IsAssignableFrom<InvalidInputException>(ex);
    }

    [Fact]
    public void Several_problems_on_one_row_are_all_reported()
    {
        var ex = GeweigerdCsv(Kop, Rij("L1", ("naam", ""), ("plaatsen", "veel"), ("fase", "klaar"), ("einddatum", "morgen")));

        Assert.Equal([Naam, Plaatsen, Fase, Eind], ex.Issues.Select(i => i.Column!.Value));
    }

    [Theory]
    [InlineData("register.xls", "oude Excel-formaat")]
    [InlineData("register.ods", "OpenDocument")]
    [InlineData("register.pdf", "'.pdf'")]
    [InlineData("register", "geen extensie")]
    public void A_file_that_is_not_csv_or_xlsx_is_refused_by_its_extension(string naam, string verwacht)
    {
        Assert.Contains(verwacht, Enige(Geweigerd(WriteTemp(naam, Lines(Kop, Rij("L1"))))).Message);
    }

    [Theory]
    [InlineData("weg.csv")]
    [InlineData("weg.xlsx")]
    public void A_file_that_does_not_exist_is_refused(string naam)
    {
        var path = Path.Combine(Path.GetTempPath(), "spreiding-locaties-tests", "bestaat-niet", naam);

        Assert.Contains("bestaat niet", Enige(Geweigerd(path)).Message);
    }
}
