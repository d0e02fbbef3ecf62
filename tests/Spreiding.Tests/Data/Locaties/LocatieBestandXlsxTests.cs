using ClosedXML.Excel;
using Spreiding.Core.Locaties;
using Spreiding.Data.Locaties;
using static Spreiding.Tests.Data.Locaties.LocatieTestData;

namespace Spreiding.Tests.Data.Locaties;

public class LocatieBestandXlsxTests
{
    private static readonly string[] KopKolommen = Kop.Split(',');

    private static object?[] XRij(string id = "X1", params (string Kolom, object? Waarde)[] anders)
    {
        var waarden = new Dictionary<string, object?>
        {
            ["id"] = id, ["naam"] = "Locatie " + id, ["gemeentecode"] = "GM0363", ["plaatsen"] = 100.0, ["amv_plaatsen"] = 10.0,
            ["soort"] = "regulier", ["fase"] = "in-gebruik", ["begindatum"] = new DateTime(2024, 3, 1), ["einddatum"] = null,
            ["bo_getekend"] = true, ["bo_datum"] = null, ["bo_einddatum"] = null, ["bron"] = null, ["opmerkingen"] = null,
        };
        foreach (var (k, v) in anders) waarden[k] = v;
        return LocatieKolommen.Namen.Select(n => waarden[n]).ToArray();
    }

    [Fact]
    public void Xlsx_with_number_date_and_logical_cells_is_read()
    {
        var path = WriteXlsx("register.xlsx", KopKolommen,
        [
            ["COA-1", "Een", "GM0363", 400.0, 40.0, "Regulier", "In gebruik", new DateTime(2024, 3, 1), new DateTime(2029, 2, 28), true, new DateTime(2024, 1, 15), null, "COA", "let op"],
            ["7", "Twee", 344.0, 12.0, null, "amv", "gesloten", null, null, false, null, null, null, null],
        ]);

        var import = LocatieBestand.LeesImport(path, Indeling, Op);

        Assert.Equal(Bestandsformaat.Xlsx, import.Formaat);
        Assert.Equal("Locaties", import.Werkblad);
        Assert.Equal(
        [
            new Locatie("COA-1", "Een", Code("GM0363"), 400, 40, LocatieSoort.Regulier, LocatieFase.InGebruik, new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28),
                new Bestuursovereenkomst(true, new DateOnly(2024, 1, 15), null), "COA", "let op"),
            new Locatie("7", "Twee", Code("GM0344"), 12, 0, LocatieSoort.Amv, LocatieFase.Gesloten, null, null, Bestuursovereenkomst.Geen),
        ], import.Locaties);
    }

    [Fact]
    public void Xlsx_text_cells_with_numbers_Dutch_dates_and_ja_nee_are_read_like_csv()
    {
        var path = WriteXlsx("register.xlsx", KopKolommen,
            [XRij(anders: [("plaatsen", "100"), ("amv_plaatsen", ""), ("begindatum", "1-3-2024"), ("einddatum", "2029-02-28"), ("bo_getekend", "ja"), ("gemeentecode", "0363")])]);

        var l = Assert.Single(Lees(path));

        Assert.Equal((100, 0, Code("GM0363")), (l.Plaatsen, l.AmvPlaatsen, l.Gemeente));
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28)), (l.Begindatum!.Value, l.Einddatum!.Value));
        Assert.True(l.Bestuursovereenkomst.Getekend);
    }

    [Fact]
    public void Xlsx_headers_use_the_same_names_aliases_and_free_order_as_csv()
    {
        var path = WriteXlsx("register.xlsx", ["Fase", "Soort", "Capaciteit", "Gemeente", "Naam", "Locatie-ID", "Provincie"],
            [["In gebruik", "Bijzondere aard", 30.0, "GM0014", "Een", "A", "Groningen"]]);

        var import = LocatieBestand.LeesImport(path, Indeling, Op);

        var l = Assert.Single(import.Locaties);
        Assert.Equal(("A", 30, LocatieSoort.BijzondereAard), (l.Id, l.Plaatsen, l.Soort));
        Assert.Equal(["Provincie"], import.GenegeerdeKolommen);
    }

    [Fact]
    public void Xlsx_problems_name_the_spreadsheet_row_column_number_and_value()
    {
        var path = WriteXlsx("register.xlsx", KopKolommen,
            [XRij("A"), XRij("B", ("plaatsen", 12.5)), XRij("C", ("gemeentecode", "GM9999")), XRij("A"), XRij("E", ("plaatsen", -3.0), ("amv_plaatsen", 0.0))]);

        var ex = Geweigerd(path);

        Assert.Equal(
        [
            (3, 4, "plaatsen", "12.5"),
            (4, 3, "gemeentecode", "GM9999"),
            (5, 1, "id", "A"),
            (6, 4, "plaatsen", "-3"),
        ], ex.Issues.Select(i => (i.Line, i.Column!.Value, i.ColumnName!, i.Value!)));
        Assert.Contains("register.xlsx, regel 3, kolom 4 (plaatsen): '12.5' is geen geheel getal", ex.Message);
        Assert.Contains("op regel 2 en op regel 5", ex.Issues[2].Message);
    }

    [Fact]
    public void Xlsx_rows_keep_their_sheet_numbers_when_the_header_is_not_in_row_1()
    {
        var path = WriteXlsx("register.xlsx", KopKolommen, [XRij("A"), XRij("B", ("soort", "hotel"))], kopRij: 3);

        Plek(Enige(Geweigerd(path)), 5, 6, "soort", "hotel");
    }

    [Fact]
    public void Xlsx_a_number_in_a_date_column_is_refused_with_how_to_make_it_a_date()
    {
        var issue = Enige(Geweigerd(WriteXlsx("register.xlsx", KopKolommen, [XRij("A", ("einddatum", 45352.0))])));

        Plek(issue, 2, 9, "einddatum", "45352");
        Assert.Contains("datumcel", issue.Message);
    }

    [Fact]
    public void Xlsx_a_date_in_a_number_column_is_refused()
    {
        Plek(Enige(Geweigerd(WriteXlsx("register.xlsx", KopKolommen, [XRij("A", ("plaatsen", new DateTime(2024, 1, 1)))]))), 2, 4, "plaatsen", "2024-01-01");
    }

    [Fact]
    public void Xlsx_formula_cells_are_read_by_their_result()
    {
        var l = Assert.Single(Lees(WriteXlsx("register.xlsx", KopKolommen, [XRij("A", ("plaatsen", "=2*50"), ("amv_plaatsen", "=D2/10"))])));

        Assert.Equal((100, 10), (l.Plaatsen, l.AmvPlaatsen));
    }

    [Fact]
    public void Xlsx_the_sheet_named_Locaties_is_read_even_when_it_is_not_the_first()
    {
        var path = WriteXlsx("register.xlsx", KopKolommen, [XRij("A")],
            extra: wb => wb.Worksheets.Add("Voorblad").Cell(1, 1).SetValue("Register van de provincie"));

        Assert.Equal("A", Assert.Single(Lees(path)).Id);
    }

    [Fact]
    public void Xlsx_without_a_sheet_named_Locaties_reads_the_first_sheet()
    {
        var import = LocatieBestand.LeesImport(WriteXlsx("register.xlsx", KopKolommen, [XRij("A")], werkblad: "Blad1"), Indeling, Op);

        Assert.Equal("Blad1", import.Werkblad);
        Assert.Single(import.Locaties);
    }

    [Fact]
    public void Xlsx_empty_sheet_is_refused()
    {
        var path = TempPath("leeg.xlsx");
        using (var wb = new XLWorkbook())
        {
            wb.Worksheets.Add("Locaties");
            wb.SaveAs(path);
        }

        var issue = Enige(Geweigerd(path));

        Assert.Equal(0, issue.Line);
        Assert.Contains("het werkblad 'Locaties' is leeg", issue.Message);
    }

    [Fact]
    public void Xlsx_header_without_rows_is_refused()
    {
        Assert.Contains("alleen een kopregel", Enige(Geweigerd(WriteXlsx("register.xlsx", KopKolommen, []))).Message);
    }

    [Fact]
    public void A_file_with_xlsx_extension_that_is_not_a_workbook_is_refused_with_what_to_do()
    {
        var issue = Enige(Geweigerd(WriteTemp("register.xlsx", Lines(Kop, Rij("L1")))));

        Assert.Contains("kan niet als Excel-werkmap (.xlsx) worden geopend", issue.Message);
        Assert.Contains("CSV UTF-8", issue.Message);
    }

    [Fact]
    public void The_stream_overload_reads_xlsx_also_from_a_stream_that_cannot_seek()
    {
        var bytes = File.ReadAllBytes(WriteXlsx("register.xlsx", KopKolommen, [XRij("A")]));

        using var stream = new NietZoekbaar(bytes);

        Assert.Equal("A", Assert.Single(LocatieBestand.Lees(stream, "register.xlsx", Indeling, Op)).Id);
    }

    private sealed class NietZoekbaar(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
