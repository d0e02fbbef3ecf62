using System.Text;
using ClosedXML.Excel;
using Spreiding.Data.Locaties;
using static Spreiding.Tests.Data.Locaties.LocatieTestData;

namespace Spreiding.Tests.Data.Locaties;

public class LocatieSjabloonTests
{
    [Fact]
    public void Csv_template_is_the_header_row_with_semicolons_and_a_bom_for_Dutch_Excel()
    {
        using var stream = new MemoryStream();

        LocatieSjabloon.Schrijf(stream, Bestandsformaat.Csv);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(Kop.Replace(',', ';') + "\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Csv_template_filled_in_with_one_row_is_read()
    {
        var path = TempPath("sjabloon.csv");
        LocatieSjabloon.Schrijf(path, Bestandsformaat.Csv);
        File.AppendAllText(path, Rij("L1").Replace(',', ';') + "\r\n");

        Assert.Equal("L1", Assert.Single(Lees(path)).Id);
    }

    [Fact]
    public void Empty_templates_are_recognised_as_location_files_that_have_no_rows_yet()
    {
        foreach (var formaat in new[] { Bestandsformaat.Csv, Bestandsformaat.Xlsx })
        {
            var path = TempPath("sjabloon." + formaat.Naam());
            LocatieSjabloon.Schrijf(path, formaat);

            var issue = Enige(Geweigerd(path));

            Assert.Equal(1, issue.Line);
            Assert.Contains("alleen een kopregel", issue.Message);
        }
    }

    [Fact]
    public void Xlsx_template_opens_with_a_bold_frozen_header_widths_and_a_toelichting_sheet()
    {
        var path = TempPath("sjabloon.xlsx");
        LocatieSjabloon.Schrijf(path, Bestandsformaat.Xlsx);

        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("Locaties");
        Assert.Equal(1, wb.Worksheet(1).Position);
        Assert.Equal("Locaties", wb.Worksheet(1).Name);
        Assert.Equal(Kop.Split(','), Enumerable.Range(1, 14).Select(i => ws.Cell(1, i).GetString()));
        Assert.True(ws.Cell(1, 15).IsEmpty());
        Assert.Equal(1, ws.LastRowUsed().RowNumber());
        Assert.All(Enumerable.Range(1, 14), i => Assert.True(ws.Cell(1, i).Style.Font.Bold));
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.Equal(36, ws.Column(2).Width);

        var toelichting = wb.Worksheet("Toelichting");
        var tekst = string.Join("\n", toelichting.CellsUsed().Select(c => c.GetString()));
        foreach (var kolom in LocatieKolommen.Alle)
        {
            Assert.Contains(kolom.Naam, tekst);
            Assert.Contains(kolom.Betekenis, tekst);
        }
        Assert.Contains("regulier, bijzondere-aard, aanmeldvoorziening, amv, noodopvang, overig", tekst);
        Assert.Contains("in-gebruik, in-realisatie, in-planvorming, gesloten", tekst);
        Assert.Contains("capaciteit, aantal_plaatsen", tekst);
        Assert.Contains("--aanvullen", tekst);
    }

    [Fact]
    public void Xlsx_template_has_drop_down_lists_for_soort_fase_and_bo_getekend()
    {
        using var stream = new MemoryStream();
        LocatieSjabloon.Schrijf(stream, Bestandsformaat.Xlsx);
        stream.Position = 0;

        using var wb = new XLWorkbook(stream);
        var lijsten = wb.Worksheet("Locaties").DataValidations
            .Where(v => v.AllowedValues == XLAllowedValues.List)
            .ToDictionary(v => v.Ranges.Single().FirstCell().Address.ColumnNumber, v => v.Value);

        Assert.Equal("\"regulier,bijzondere-aard,aanmeldvoorziening,amv,noodopvang,overig\"", lijsten[6]);
        Assert.Equal("\"in-gebruik,in-realisatie,in-planvorming,gesloten\"", lijsten[7]);
        Assert.Equal("\"ja,nee\"", lijsten[10]);
        Assert.Contains(wb.Worksheet("Locaties").DataValidations, v => v.AllowedValues == XLAllowedValues.WholeNumber);
    }

    [Fact]
    public void Xlsx_template_filled_in_like_a_user_would_is_read()
    {
        var path = TempPath("sjabloon.xlsx");
        LocatieSjabloon.Schrijf(path, Bestandsformaat.Xlsx);
        using (var wb = new XLWorkbook(path))
        {
            var ws = wb.Worksheet("Locaties");
            ws.Cell(2, 1).SetValue("007");
            ws.Cell(2, 2).SetValue("Een");
            ws.Cell(2, 3).SetValue("0363");
            ws.Cell(2, 4).SetValue(50);
            ws.Cell(2, 6).SetValue("regulier");
            ws.Cell(2, 7).SetValue("in-gebruik");
            ws.Cell(2, 8).SetValue(new DateTime(2024, 5, 1));
            wb.Save();
        }

        var l = Assert.Single(Lees(path));

        Assert.Equal(("007", Code("GM0363"), 50, new DateOnly(2024, 5, 1)), (l.Id, l.Gemeente, l.Plaatsen, l.Begindatum!.Value));
    }
}
