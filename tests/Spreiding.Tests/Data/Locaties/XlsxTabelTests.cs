using ClosedXML.Excel;
using Spreiding.Data.Locaties;

namespace Spreiding.Tests.Data.Locaties;

public class XlsxTabelTests
{
    private static XLWorkbook Schrijf(Action<Stream> schrijf)
    {
        var stream = new MemoryStream();
        schrijf(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void A_table_has_its_title_header_typed_cells_and_footnotes()
    {
        using var wb = Schrijf(s => XlsxTabel.Schrijf(s, "Opgave", ["gemeentecode", "plaatsen", "quotum", "peildatum", "wettelijk"],
        [
            ["GM0363", 1234, 1234.567891m, new DateOnly(2024, 1, 1), true],
            ["0014", null, new XlsxCel(0.5, "0.000000", Vet: true), new DateTime(2024, 1, 1, 12, 30, 0), false],
        ], titel: "Opgave 2024", voetnoten: ["Bron: CBS, CC BY 4.0", "Niet de wettelijke verdeling."]));

        var ws = wb.Worksheet("Opgave");
        Assert.Equal("Opgave 2024", ws.Cell(1, 1).GetString());
        Assert.True(ws.Cell(1, 1).Style.Font.Bold);
        Assert.True(ws.Cell(2, 1).IsEmpty());
        Assert.Equal("gemeentecode", ws.Cell(3, 1).GetString());
        Assert.True(ws.Cell(3, 5).Style.Font.Bold);
        Assert.Equal(3, ws.SheetView.SplitRow);

        Assert.Equal(XLDataType.Text, ws.Cell(5, 1).DataType);
        Assert.Equal("0014", ws.Cell(5, 1).GetString());
        Assert.Equal(XLDataType.Number, ws.Cell(4, 2).DataType);
        Assert.Equal(1234.567891, ws.Cell(4, 3).GetDouble(), 9);
        Assert.True(ws.Cell(5, 2).IsEmpty());
        Assert.Equal("0.000000", ws.Cell(5, 3).Style.NumberFormat.Format);
        Assert.True(ws.Cell(5, 3).Style.Font.Bold);
        Assert.Equal(XLDataType.DateTime, ws.Cell(4, 4).DataType);
        Assert.Equal("yyyy-mm-dd", ws.Cell(4, 4).Style.DateFormat.Format);
        Assert.Equal("yyyy-mm-dd hh:mm", ws.Cell(5, 4).Style.DateFormat.Format);
        Assert.Equal(XLDataType.Boolean, ws.Cell(4, 5).DataType);

        Assert.True(ws.Cell(6, 1).IsEmpty());
        Assert.Equal("Bron: CBS, CC BY 4.0", ws.Cell(7, 1).GetString());
        Assert.Equal("Niet de wettelijke verdeling.", ws.Cell(8, 1).GetString());
    }

    [Fact]
    public void Text_that_looks_like_a_number_date_or_formula_stays_text()
    {
        using var wb = Schrijf(s => XlsxTabel.Schrijf(s, "T", ["a", "b", "c"], [["=1+1", "1-3-2024", "0363"]]));

        var ws = wb.Worksheet("T");
        Assert.All(Enumerable.Range(1, 3), k => Assert.Equal(XLDataType.Text, ws.Cell(2, k).DataType));
        Assert.False(ws.Cell(2, 1).HasFormula);
        Assert.Equal("1-3-2024", ws.Cell(2, 2).GetString());
    }

    [Fact]
    public void Column_widths_follow_the_contents_within_limits_unless_given()
    {
        using var wb = Schrijf(s => XlsxTabel.Schrijf(s,
        [
            new XlsxWerkblad("Breed", ["k", "naam"], [[1, new string('x', 30)], [2, new string('y', 200)]]),
            new XlsxWerkblad("Vast", ["k", "naam"], [[1, "a"]]) { Breedtes = [20, 0] },
        ]));

        Assert.Equal(8, wb.Worksheet("Breed").Column(1).Width);
        Assert.Equal(60, wb.Worksheet("Breed").Column(2).Width);
        Assert.Equal(20, wb.Worksheet("Vast").Column(1).Width);
        Assert.Equal(8, wb.Worksheet("Vast").Column(2).Width);
        Assert.Equal(["Breed", "Vast"], wb.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void An_invalid_sheet_name_or_a_row_longer_than_the_header_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => XlsxTabel.Schrijf(new MemoryStream(), "a/b", ["x"], []));
        Assert.Throws<ArgumentException>(() => XlsxTabel.Schrijf(new MemoryStream(), "a", ["x"], [[1, 2]]));
    }
}
