using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClosedXML.Excel;
using Spreiding.Core.Locaties;

namespace Spreiding.Data.Locaties;

/// <summary>
/// Writes the register in the import's own columns (<see cref="LocatieKolommen.Namen"/>, in that order), so that
/// an exported CSV or XLSX file reads back through <see cref="LocatieBestand"/> unchanged. Rows in the order given.
/// </summary>
public static class LocatieExport
{
    /// <summary>Comma separated, invariant notation, UTF-8 (the writer's encoding), <c>\n</c> line ends; dates <c>JJJJ-MM-DD</c>, <c>bo_getekend</c> as ja/nee, empty for unknown.</summary>
    public static void Csv(IReadOnlyList<Locatie> locaties, TextWriter output)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', LocatieKolommen.Namen).Append('\n');
        foreach (var l in locaties)
        {
            var velden = Velden(l);
            for (var i = 0; i < velden.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(CsvVeld(velden[i]));
            }
            sb.Append('\n');
        }
        output.Write(sb.ToString());
    }

    /// <summary>One sheet "Locaties": numbers as numbers, dates as date cells, header bold and frozen, the template's drop-down lists.</summary>
    public static void Xlsx(IReadOnlyList<Locatie> locaties, Stream output)
    {
        using var workbook = new XLWorkbook();
        var blad = new XlsxWerkblad(LocatieSjabloon.Werkblad, LocatieKolommen.Namen, locaties.Select(Cellen));
        var ws = XlsxTabel.Voeg(workbook, blad, out var kopRij);
        LocatieSjabloon.Invoerhulp(ws, kopRij);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// An array of objects with the column names as fields: numbers as numbers, <c>bo_getekend</c> as true/false,
    /// dates as <c>"JJJJ-MM-DD"</c>, null for an empty date, bron or opmerkingen. Indented, UTF-8 characters unescaped.
    /// </summary>
    public static void Json(IReadOnlyList<Locatie> locaties, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var l in locaties)
            {
                w.WriteStartObject();
                w.WriteString(LocatieKolommen.Id, l.Id);
                w.WriteString(LocatieKolommen.Naam, l.Naam);
                w.WriteString(LocatieKolommen.Gemeentecode, l.Gemeente.ToString());
                w.WriteNumber(LocatieKolommen.Plaatsen, l.Plaatsen);
                w.WriteNumber(LocatieKolommen.AmvPlaatsen, l.AmvPlaatsen);
                w.WriteString(LocatieKolommen.Soort, l.Soort.Naam());
                w.WriteString(LocatieKolommen.Fase, l.Fase.Naam());
                Datum(w, LocatieKolommen.Begindatum, l.Begindatum);
                Datum(w, LocatieKolommen.Einddatum, l.Einddatum);
                w.WriteBoolean(LocatieKolommen.BoGetekend, l.Bestuursovereenkomst.Getekend);
                Datum(w, LocatieKolommen.BoDatum, l.Bestuursovereenkomst.Datum);
                Datum(w, LocatieKolommen.BoEinddatum, l.Bestuursovereenkomst.Einddatum);
                Tekst(w, LocatieKolommen.Bron, l.Bron);
                Tekst(w, LocatieKolommen.Opmerkingen, l.Opmerkingen);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    /// <summary>The row of one location as text, in the order of <see cref="LocatieKolommen.Namen"/>.</summary>
    public static string[] Velden(Locatie l) =>
    [
        l.Id,
        l.Naam,
        l.Gemeente.ToString(),
        l.Plaatsen.ToString(CultureInfo.InvariantCulture),
        l.AmvPlaatsen.ToString(CultureInfo.InvariantCulture),
        l.Soort.Naam(),
        l.Fase.Naam(),
        LocatieWaarden.Datum(l.Begindatum),
        LocatieWaarden.Datum(l.Einddatum),
        LocatieWaarden.JaNee(l.Bestuursovereenkomst.Getekend),
        LocatieWaarden.Datum(l.Bestuursovereenkomst.Datum),
        LocatieWaarden.Datum(l.Bestuursovereenkomst.Einddatum),
        l.Bron ?? "",
        l.Opmerkingen ?? "",
    ];

    private static IReadOnlyList<object?> Cellen(Locatie l) =>
    [
        l.Id,
        l.Naam,
        l.Gemeente.ToString(),
        l.Plaatsen,
        l.AmvPlaatsen,
        l.Soort.Naam(),
        l.Fase.Naam(),
        l.Begindatum,
        l.Einddatum,
        LocatieWaarden.JaNee(l.Bestuursovereenkomst.Getekend),
        l.Bestuursovereenkomst.Datum,
        l.Bestuursovereenkomst.Einddatum,
        l.Bron,
        l.Opmerkingen,
    ];

    /// <summary>Quoted when it holds a comma, quote, line break, or leading or trailing space (RFC 4180).</summary>
    internal static string CsvVeld(string waarde) =>
        waarde.Length > 0 && (waarde.IndexOfAny([',', '"', '\r', '\n', ';', '\t']) >= 0 || char.IsWhiteSpace(waarde[0]) || char.IsWhiteSpace(waarde[^1]))
            ? "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : waarde;

    private static void Datum(Utf8JsonWriter w, string naam, DateOnly? datum)
    {
        if (datum is { } d) w.WriteString(naam, LocatieWaarden.Datum(d));
        else w.WriteNull(naam);
    }

    private static void Tekst(Utf8JsonWriter w, string naam, string? tekst)
    {
        if (tekst is null) w.WriteNull(naam);
        else w.WriteString(naam, tekst);
    }
}
