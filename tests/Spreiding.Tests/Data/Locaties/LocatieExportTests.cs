using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Spreiding.Core.Locaties;
using Spreiding.Data.Locaties;
using static Spreiding.Tests.Data.Locaties.LocatieTestData;

namespace Spreiding.Tests.Data.Locaties;

public class LocatieExportTests
{
    private static string CsvTekst(IReadOnlyList<Locatie> locaties)
    {
        var writer = new StringWriter();
        LocatieExport.Csv(locaties, writer);
        return writer.ToString();
    }

    private static string XlsxPad(IReadOnlyList<Locatie> locaties)
    {
        var path = TempPath("export.xlsx");
        using (var stream = File.Create(path)) LocatieExport.Xlsx(locaties, stream);
        return path;
    }

    [Fact]
    public void Csv_export_reads_back_to_equal_locations()
    {
        var locaties = Voorbeeld();

        Assert.Equal(locaties, Lees(WriteTemp("export.csv", CsvTekst(locaties))));
    }

    [Fact]
    public void Csv_export_has_the_import_header_invariant_values_and_quotes_only_where_needed()
    {
        var regels = CsvTekst(Voorbeeld()).Split('\n');

        Assert.Equal(Kop, regels[0]);
        Assert.Equal("COA-001,AZC Voorbeeldstad Stationsweg,GM0363,400,40,regulier,in-gebruik,2024-03-01,2029-02-28,ja,2024-01-15,2034-01-14,COA-overzicht mei 2024,", regels[1]);
        Assert.Equal("007,\"Paviljoen \"\"De Brug\"\", tijdelijk; fase 2\",GM0344,1200,0,bijzondere-aard,in-realisatie,2024-07-01,,nee,,,,\"regel één", regels[2]);
        Assert.Equal("", regels[^1]);
    }

    [Fact]
    public void Csv_export_keeps_the_given_order()
    {
        var locaties = Voorbeeld().Reverse().ToList();

        Assert.Equal(locaties.Select(l => l.Id), Lees(WriteTemp("export.csv", CsvTekst(locaties))).Select(l => l.Id));
    }

    [Fact]
    public void Xlsx_export_reads_back_to_equal_locations()
    {
        var locaties = Voorbeeld();

        Assert.Equal(locaties, Lees(XlsxPad(locaties)));
    }

    [Fact]
    public void Xlsx_export_has_typed_cells_a_bold_frozen_header_and_widths()
    {
        using var wb = new XLWorkbook(XlsxPad(Voorbeeld()));
        var ws = wb.Worksheet("Locaties");

        Assert.Equal(Kop.Split(','), Enumerable.Range(1, 14).Select(i => ws.Cell(1, i).GetString()));
        Assert.True(ws.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.Equal(XLDataType.Text, ws.Cell(3, 1).DataType); // "007" stays text
        Assert.Equal("007", ws.Cell(3, 1).GetString());
        Assert.Equal(XLDataType.Number, ws.Cell(2, 4).DataType);
        Assert.Equal(400, ws.Cell(2, 4).GetDouble());
        Assert.Equal(XLDataType.DateTime, ws.Cell(2, 8).DataType);
        Assert.Equal(new DateTime(2024, 3, 1), ws.Cell(2, 8).GetDateTime());
        Assert.Equal("yyyy-mm-dd", ws.Cell(2, 8).Style.DateFormat.Format);
        Assert.True(ws.Cell(2, 9).DataType == XLDataType.DateTime);
        Assert.True(ws.Cell(3, 9).IsEmpty());
        Assert.Equal("ja", ws.Cell(2, 10).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(4, 14).DataType); // "=SOM(...)" is text, not a formula
        Assert.False(ws.Cell(4, 14).HasFormula);
        Assert.InRange(ws.Column(2).Width, "Paviljoen \"De Brug\", tijdelijk; fase 2".Length, 60);
        Assert.InRange(ws.Column(4).Width, 8, 15);
    }

    [Fact]
    public void Json_export_is_an_array_with_the_column_names_iso_dates_and_null_for_empty()
    {
        var writer = new StringWriter();
        LocatieExport.Json(Voorbeeld(), writer);

        using var doc = JsonDocument.Parse(writer.ToString());
        var rijen = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, rijen.Count);
        Assert.Equal(LocatieKolommen.Namen, rijen[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("GM0363", rijen[0].GetProperty("gemeentecode").GetString());
        Assert.Equal(400, rijen[0].GetProperty("plaatsen").GetInt32());
        Assert.Equal("2024-03-01", rijen[0].GetProperty("begindatum").GetString());
        Assert.True(rijen[0].GetProperty("bo_getekend").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rijen[1].GetProperty("einddatum").ValueKind);
        Assert.Equal(JsonValueKind.Null, rijen[1].GetProperty("bron").ValueKind);
        Assert.Equal("bijzondere-aard", rijen[1].GetProperty("soort").GetString());
        Assert.Contains("Zuidérpark", writer.ToString()); // not escaped
    }

    [Fact]
    public void Json_export_holds_every_field_so_the_locations_can_be_rebuilt_from_it()
    {
        var locaties = Voorbeeld();
        var writer = new StringWriter();
        LocatieExport.Json(locaties, writer);

        using var doc = JsonDocument.Parse(writer.ToString());
        var terug = doc.RootElement.EnumerateArray().Select(Uit).ToList();

        Assert.Equal(locaties, terug);
    }

    [Fact]
    public void Json_export_of_no_locations_is_an_empty_array()
    {
        var writer = new StringWriter();
        LocatieExport.Json([], writer);

        Assert.Equal("[]", writer.ToString().Trim());
    }

    [Fact]
    public void Exports_of_10000_locations_read_back()
    {
        var gemeenten = Indeling.OpDatum(Op);
        var locaties = Enumerable.Range(0, 10_000).Select(i => new Locatie("L" + i, "Locatie " + i, gemeenten[i % gemeenten.Count].Code, i % 500, Math.Min(i % 7, i % 500),
            (LocatieSoort)(i % 6), (LocatieFase)(i % 4), new DateOnly(2024, 1, 1).AddDays(i % 365), null, Bestuursovereenkomst.Geen)).ToList();

        Assert.Equal(locaties, Lees(WriteTemp("groot.csv", CsvTekst(locaties))));
        Assert.Equal(locaties, Lees(XlsxPad(locaties)));
    }

    private static Locatie Uit(JsonElement e)
    {
        static DateOnly? Datum(JsonElement e, string naam) =>
            e.GetProperty(naam).ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(e.GetProperty(naam).GetString()!, "yyyy-MM-dd");
        return new Locatie(
            e.GetProperty("id").GetString()!,
            e.GetProperty("naam").GetString()!,
            Code(e.GetProperty("gemeentecode").GetString()!),
            e.GetProperty("plaatsen").GetInt32(),
            e.GetProperty("amv_plaatsen").GetInt32(),
            LocatieNamen.Soorten[e.GetProperty("soort").GetString()!],
            LocatieNamen.Fasen[e.GetProperty("fase").GetString()!],
            Datum(e, "begindatum"),
            Datum(e, "einddatum"),
            new Bestuursovereenkomst(e.GetProperty("bo_getekend").GetBoolean(), Datum(e, "bo_datum"), Datum(e, "bo_einddatum")),
            e.GetProperty("bron").GetString(),
            e.GetProperty("opmerkingen").GetString());
    }
}
