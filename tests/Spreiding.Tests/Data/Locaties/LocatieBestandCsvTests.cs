using Spreiding.Core.Locaties;
using Spreiding.Data.Locaties;
using static Spreiding.Tests.Data.Locaties.LocatieTestData;

namespace Spreiding.Tests.Data.Locaties;

public class LocatieBestandCsvTests
{
    [Fact]
    public void Comma_separated_file_with_every_column_is_read_in_file_order()
    {
        var locaties = LeesCsv(Kop,
            "Z9,Zuid,GM0363,400,40,regulier,in-gebruik,2024-03-01,2029-02-28,ja,2024-01-15,2034-01-14,COA mei 2024,eerste",
            "A1,Noord,GM0014,60,0,noodopvang,in-planvorming,,,nee,,,,");

        Assert.Equal(["Z9", "A1"], locaties.Select(l => l.Id));
        Assert.Equal(new Locatie("Z9", "Zuid", Code("GM0363"), 400, 40, LocatieSoort.Regulier, LocatieFase.InGebruik,
            new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28), new Bestuursovereenkomst(true, new DateOnly(2024, 1, 15), new DateOnly(2034, 1, 14)),
            "COA mei 2024", "eerste"), locaties[0]);
        Assert.Equal(new Locatie("A1", "Noord", Code("GM0014"), 60, 0, LocatieSoort.Noodopvang, LocatieFase.InPlanvorming,
            null, null, Bestuursovereenkomst.Geen, null, null), locaties[1]);
    }

    [Fact]
    public void Semicolon_file_from_Dutch_Excel_with_bom_crlf_Dutch_dates_aliases_and_an_extra_column_is_read()
    {
        var import = LocatieBestand.LeesImport(Fixture("fixture_locaties_excel_nl.csv"), Indeling, Op);

        Assert.Equal(3, import.Locaties.Count);
        var eerste = import.Locaties[0];
        Assert.Equal("COA-001", eerste.Id);
        Assert.Equal(Code("GM0363"), eerste.Gemeente);
        Assert.Equal((400, 40), (eerste.Plaatsen, eerste.AmvPlaatsen));
        Assert.Equal((LocatieSoort.Regulier, LocatieFase.InGebruik), (eerste.Soort, eerste.Fase));
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)), (eerste.Begindatum!.Value, eerste.Einddatum!.Value));
        Assert.Equal(new Bestuursovereenkomst(true, new DateOnly(2024, 1, 15), new DateOnly(2034, 1, 14)), eerste.Bestuursovereenkomst);
        Assert.Null(eerste.Opmerkingen);

        var tweede = import.Locaties[1];
        Assert.Equal("Paviljoen \"De Brug\"; tijdelijk", tweede.Naam);
        Assert.Equal(Code("GM0344"), tweede.Gemeente);
        Assert.Equal(1200, tweede.Plaatsen); // 1.200 with a thousands point, in a semicolon file
        Assert.Equal(0, tweede.AmvPlaatsen); // empty = 0
        Assert.Equal((LocatieSoort.BijzondereAard, LocatieFase.InRealisatie), (tweede.Soort, tweede.Fase));
        Assert.Equal("opmerking; met puntkomma", tweede.Opmerkingen);
        Assert.Equal(Bestuursovereenkomst.Geen, tweede.Bestuursovereenkomst);

        Assert.Equal(Code("GM0014"), import.Locaties[2].Gemeente);
        Assert.Equal(LocatieFase.InPlanvorming, import.Locaties[2].Fase);

        Assert.Equal(Bestandsformaat.Csv, import.Formaat);
        Assert.Equal(["Provincie"], import.GenegeerdeKolommen);
        Assert.Equal("Locatie-ID", import.Kolommen["id"]);
        Assert.Equal("Capaciteit", import.Kolommen["plaatsen"]);
        Assert.Equal("Gemeente", import.Kolommen["gemeentecode"]);
    }

    [Theory]
    [InlineData(",", false)]
    [InlineData(",", true)]
    [InlineData(";", false)]
    [InlineData(";", true)]
    [InlineData("\t", true)]
    public void Comma_semicolon_and_tab_files_with_or_without_bom_give_the_same_locations(string scheiding, bool bom)
    {
        var regels = new[] { Kop, Rij("L1"), Rij("L2", ("opmerkingen", "x")) }.Select(r => r.Replace(",", scheiding)).ToArray();

        var locaties = Lees(WriteTemp("locaties.csv", string.Join("\r\n", regels), bom));

        Assert.Equal(LeesCsv(Kop, Rij("L1"), Rij("L2", ("opmerkingen", "x"))), locaties);
    }

    [Fact]
    public void Headers_are_case_insensitive_ignore_spaces_hyphens_and_underscores_and_may_come_in_any_order()
    {
        var locaties = LeesCsv(
            "FASE;Soort;Plaatsen;Gemeentecode;Naam;ID;AMV-plaatsen;Bo Getekend",
            "in-gebruik;regulier;12;0363;Een;X1;2;ja");

        Assert.Equal(new Locatie("X1", "Een", Code("GM0363"), 12, 2, LocatieSoort.Regulier, LocatieFase.InGebruik, null, null,
            new Bestuursovereenkomst(true, null, null)), Assert.Single(locaties));
    }

    [Fact]
    public void Documented_aliases_are_recognised_when_the_real_column_is_absent()
    {
        var import = LocatieBestand.LeesImport(WriteTemp("locaties.csv", Lines(
            "locatienummer,locatienaam,gm_code,aantal_plaatsen,amv,soort,fase,startdatum,bestuursovereenkomst,opmerking",
            "N1,Een,363,50,5,regulier,in-gebruik,2024-02-01,ja,let op")), Indeling, Op);

        var l = Assert.Single(import.Locaties);
        Assert.Equal(("N1", "Een", Code("GM0363"), 50, 5), (l.Id, l.Naam, l.Gemeente, l.Plaatsen, l.AmvPlaatsen));
        Assert.Equal(new DateOnly(2024, 2, 1), l.Begindatum);
        Assert.True(l.Bestuursovereenkomst.Getekend);
        Assert.Equal("let op", l.Opmerkingen);
        Assert.Empty(import.GenegeerdeKolommen);
    }

    [Fact]
    public void An_alias_column_is_skipped_when_the_real_column_is_also_there()
    {
        var import = LocatieBestand.LeesImport(WriteTemp("locaties.csv", Lines(
            "id,naam,gemeente,gemeentecode,plaatsen,soort,fase",
            "N1,Een,Amsterdam,GM0363,50,regulier,in-gebruik")), Indeling, Op);

        Assert.Equal(Code("GM0363"), Assert.Single(import.Locaties).Gemeente);
        Assert.Equal(["gemeente"], import.GenegeerdeKolommen);
    }

    [Fact]
    public void Unknown_columns_are_skipped_and_listed()
    {
        var import = LocatieBestand.LeesImport(WriteTemp("locaties.csv", Lines(
            "provincie,id,naam,gemeentecode,plaatsen,soort,fase,contactpersoon,plaats",
            "PV27,N1,Een,GM0363,50,regulier,in-gebruik,Jan,Amsterdam")), Indeling, Op);

        Assert.Single(import.Locaties);
        Assert.Equal(["provincie", "contactpersoon", "plaats"], import.GenegeerdeKolommen);
    }

    [Fact]
    public void Only_the_required_columns_are_needed_and_empty_optional_cells_mean_zero_none_or_unknown()
    {
        var l = Assert.Single(LeesCsv("id,naam,gemeentecode,plaatsen,soort,fase", "N1,Een,GM0363,50,amv,gesloten"));

        Assert.Equal(new Locatie("N1", "Een", Code("GM0363"), 50, 0, LocatieSoort.Amv, LocatieFase.Gesloten, null, null, Bestuursovereenkomst.Geen), l);
        Assert.Null(l.Bron);
        Assert.Null(l.Opmerkingen);
    }

    [Theory]
    [InlineData("regulier", LocatieSoort.Regulier)]
    [InlineData("Bijzondere aard", LocatieSoort.BijzondereAard)]
    [InlineData("bijzondere-aard", LocatieSoort.BijzondereAard)]
    [InlineData("BIJZONDERE_AARD", LocatieSoort.BijzondereAard)]
    [InlineData("Aanmeldvoorziening", LocatieSoort.Aanmeldvoorziening)]
    [InlineData("AMV", LocatieSoort.Amv)]
    [InlineData(" noodopvang ", LocatieSoort.Noodopvang)]
    [InlineData("Overig", LocatieSoort.Overig)]
    public void Soort_accepts_the_file_names_in_any_case_and_with_spaces_for_hyphens(string tekst, LocatieSoort verwacht)
    {
        Assert.Equal(verwacht, Assert.Single(LeesCsv(Kop, Rij("L1", ("soort", tekst)))).Soort);
    }

    [Theory]
    [InlineData("In gebruik", LocatieFase.InGebruik)]
    [InlineData("in-gebruik", LocatieFase.InGebruik)]
    [InlineData("IN  REALISATIE", LocatieFase.InRealisatie)]
    [InlineData("in planvorming", LocatieFase.InPlanvorming)]
    [InlineData("Gesloten", LocatieFase.Gesloten)]
    public void Fase_accepts_the_file_names_in_any_case_and_with_spaces_for_hyphens(string tekst, LocatieFase verwacht)
    {
        Assert.Equal(verwacht, Assert.Single(LeesCsv(Kop, Rij("L1", ("fase", tekst)))).Fase);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Ja", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("WAAR", true)]
    [InlineData("nee", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("onwaar", false)]
    [InlineData("", false)]
    public void Bo_getekend_accepts_ja_nee_true_false_1_0_and_empty_is_nee(string tekst, bool verwacht)
    {
        Assert.Equal(verwacht, Assert.Single(LeesCsv(Kop, Rij("L1", ("bo_getekend", tekst)))).Bestuursovereenkomst.Getekend);
    }

    [Theory]
    [InlineData("2024-03-01")]
    [InlineData("2024-3-1")]
    [InlineData("01-03-2024")]
    [InlineData("1-3-2024")]
    public void Dates_are_read_as_yyyy_mm_dd_or_Dutch_dd_mm_yyyy(string tekst)
    {
        var l = Assert.Single(LeesCsv(Kop, Rij("L1", ("begindatum", tekst), ("einddatum", tekst), ("bo_datum", tekst), ("bo_einddatum", tekst))));

        var verwacht = new DateOnly(2024, 3, 1);
        Assert.Equal([verwacht, verwacht, verwacht, verwacht], new[] { l.Begindatum, l.Einddatum, l.Bestuursovereenkomst.Datum, l.Bestuursovereenkomst.Einddatum });
    }

    [Theory]
    [InlineData("GM0363")]
    [InlineData("gm0363")]
    [InlineData("0363")]
    [InlineData("363")]
    public void Gemeentecode_accepts_the_cbs_code_with_or_without_prefix(string code)
    {
        Assert.Equal(Code("GM0363"), Assert.Single(LeesCsv(Kop, Rij("L1", ("gemeentecode", code)))).Gemeente);
    }

    [Fact]
    public void A_txt_file_is_read_as_csv()
    {
        Assert.Single(Lees(WriteTemp("locaties.txt", Lines(Kop, Rij("L1")))));
    }

    [Fact]
    public void Blank_lines_and_rows_with_only_skipped_columns_filled_in_are_ignored()
    {
        var locaties = LeesCsv("id,naam,gemeentecode,plaatsen,soort,fase,notitie", "", "N1,Een,GM0363,50,regulier,in-gebruik,", ",,,,,,alleen een notitie", "");

        Assert.Equal("N1", Assert.Single(locaties).Id);
    }

    [Fact]
    public void The_stream_overload_chooses_the_format_by_the_file_name()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Lines(Kop, Rij("L1"))));

        Assert.Equal("L1", Assert.Single(LocatieBestand.Lees(stream, "register.csv", Indeling, Op)).Id);
    }

    [Fact]
    public void Reading_a_generated_csv_of_10000_rows_works()
    {
        var regels = new List<string> { Kop };
        var gemeenten = Indeling.OpDatum(Op);
        for (var i = 0; i < 10_000; i++)
            regels.Add(Rij("L" + i, ("gemeentecode", gemeenten[i % gemeenten.Count].Code.ToString()), ("plaatsen", (i % 900 + 100).ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var locaties = Lees(WriteTemp("groot.csv", Lines([.. regels])));

        Assert.Equal(10_000, locaties.Count);
        Assert.Equal("L9999", locaties[^1].Id);
        Assert.Equal(9999 % 900 + 100, locaties[^1].Plaatsen);
        Assert.Equal(gemeenten[9999 % gemeenten.Count].Code, locaties[^1].Gemeente);
    }
}
