using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Raming;

namespace Spreiding.Cli.Uitvoer;

/// <summary>Renders a raming as a table, CSV or JSON. Machine formats use invariant notation.</summary>
internal static class RamingUitvoer
{
    public const int QuotumDecimalen = 6;

    public const string GemeenteCsvHeader = "gemeentecode,gemeentenaam,provinciecode,provincie,inwoners,ses_woa,gewicht,quotum,plaatsen,amv";
    public const string ProvincieCsvHeader = "provinciecode,provincie,inwoners,quotum,plaatsen,amv";

    /// <summary>Provenance and warnings on stderr, so that CSV and JSON on stdout stay clean.</summary>
    public static void Metadata(Capaciteitsraming r, TextWriter error)
    {
        error.WriteLine($"{r.Regels.Titel} ({r.Regels.Bestand}): {r.Gemeenten.Count} gemeenten, sleutel {r.SleutelOmschrijving}, " +
                        $"methode {r.Methode.Name()}, totaal {r.Totaal}, toegekend {r.Toegekend}, verschil {r.Verschil}.");
        error.WriteLine($"Bron bevolking: {r.Bevolking.Bron.Naam} ({r.Bevolking.Bron.Attributie}).");
        if (r.SleutelType == Core.Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam && r.SesWoa is { } ses)
            error.WriteLine($"Bron SES-WOA: {ses.Bron.Naam}, periode {ses.Periode} ({ses.Bron.Attributie}).");
        foreach (var lot in r.Lotingen)
            error.WriteLine($"Loting (zaad {lot.Seed}) tussen {string.Join(", ", lot.Tied)} om {lot.Contested} plaats(en): gewonnen door {string.Join(", ", lot.Winners)}.");
        if (!r.IsWettelijk)
            error.WriteLine("Waarschuwing: dit is NIET de wettelijke verdeling, want: " + string.Join("; ", r.Afwijkingen) + ".");
    }

    public static void GemeentenCsv(Capaciteitsraming r, TextWriter output)
    {
        var sb = new StringBuilder();
        sb.Append(GemeenteCsvHeader).Append('\n');
        foreach (var g in r.Gemeenten)
        {
            sb.Append(g.Gemeente.Code).Append(',')
              .Append(Csv(g.Gemeente.Naam)).Append(',')
              .Append(g.Gemeente.Provincie).Append(',')
              .Append(Csv(g.ProvincieNaam)).Append(',')
              .Append(g.Inwoners.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(g.SesWoa is { } s ? Exact(s) : "").Append(',')
              .Append(Exact(g.Gewicht)).Append(',')
              .Append(g.Quotum.ToDecimalString(QuotumDecimalen)).Append(',')
              .Append(g.Plaatsen.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(g.Amv?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        }
        output.Write(sb.ToString());
    }

    public static void ProvinciesCsv(Capaciteitsraming r, TextWriter output)
    {
        var sb = new StringBuilder();
        sb.Append(ProvincieCsvHeader).Append('\n');
        foreach (var p in r.Provincies)
            sb.Append(p.Provincie.Code).Append(',')
              .Append(Csv(p.Provincie.Naam)).Append(',')
              .Append(p.Inwoners.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(p.Quotum.ToDecimalString(QuotumDecimalen)).Append(',')
              .Append(p.Plaatsen.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(p.Amv?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        output.Write(sb.ToString());
    }

    public static void Json(Capaciteitsraming r, bool provincie, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("cyclus", r.Regels.Cyclus);
            w.WriteString("titel", r.Regels.Titel);
            w.WriteString("regels", r.Regels.Bestand);
            w.WriteBoolean("wettelijk", r.IsWettelijk);
            w.WriteStartArray("afwijkingen");
            foreach (var a in r.Afwijkingen) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteNumber("totaal", r.Totaal);
            w.WriteNumber("toegekend", r.Toegekend);
            w.WriteNumber("verschil", r.Verschil);
            if (r.AmvTotaal is { } amv) w.WriteNumber("amv_totaal", amv); else w.WriteNull("amv_totaal");
            if (r.AmvToegekend is { } amvT) w.WriteNumber("amv_toegekend", amvT); else w.WriteNull("amv_toegekend");
            w.WriteString("sleutel", r.SleutelType);
            w.WriteString("sleutel_omschrijving", r.SleutelOmschrijving);
            w.WriteString("methode", r.Methode.Name());
            if (r.Verdeling.Divisor is { } d) w.WriteString("deler_exact", d.ToString()); else w.WriteNull("deler_exact");
            w.WriteStartObject("bronnen");
            w.WriteStartObject("bevolking");
            w.WriteString("peildatum", r.Bevolking.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("naam", r.Bevolking.Bron.Naam);
            w.WriteString("attributie", r.Bevolking.Bron.Attributie);
            w.WriteEndObject();
            if (r.SesWoa is { } ses)
            {
                w.WriteStartObject("ses_woa");
                w.WriteString("periode", ses.Periode);
                w.WriteString("naam", ses.Bron.Naam);
                w.WriteString("attributie", ses.Bron.Attributie);
                w.WriteBoolean("gebruikt", r.SleutelType == Core.Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("lotingen");
            foreach (var lot in r.Lotingen)
            {
                w.WriteStartObject();
                w.WriteNumber("zaad", lot.Seed);
                w.WriteNumber("betwist", lot.Contested);
                w.WriteStartArray("gelijk");
                foreach (var t in lot.Tied) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteStartArray("winnaars");
                foreach (var t in lot.Winners) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (provincie)
            {
                w.WriteStartArray("provincies");
                foreach (var p in r.Provincies)
                {
                    w.WriteStartObject();
                    w.WriteString("provinciecode", p.Provincie.Code.ToString());
                    w.WriteString("provincie", p.Provincie.Naam);
                    w.WriteNumber("gemeenten", p.AantalGemeenten);
                    w.WriteNumber("inwoners", p.Inwoners);
                    w.WriteNumber("gewicht", p.Gewicht);
                    WriteRaw(w, "quotum", p.Quotum.ToDecimalString(QuotumDecimalen));
                    w.WriteString("quotum_exact", p.Quotum.ToString());
                    w.WriteNumber("plaatsen", p.Plaatsen);
                    if (p.Amv is { } a) w.WriteNumber("amv", a); else w.WriteNull("amv");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            else
            {
                w.WriteStartArray("gemeenten");
                foreach (var g in r.Gemeenten)
                {
                    w.WriteStartObject();
                    w.WriteString("gemeentecode", g.Gemeente.Code.ToString());
                    w.WriteString("gemeentenaam", g.Gemeente.Naam);
                    w.WriteString("provinciecode", g.Gemeente.Provincie.ToString());
                    w.WriteString("provincie", g.ProvincieNaam);
                    w.WriteNumber("inwoners", g.Inwoners);
                    if (g.SesWoa is { } s) w.WriteNumber("ses_woa", s); else w.WriteNull("ses_woa");
                    WriteRaw(w, "correctiefactor", Exact(g.Correctiefactor));
                    WriteRaw(w, "gewicht", Exact(g.Gewicht));
                    WriteRaw(w, "inwonersquotum", g.Inwonersquotum.ToDecimalString(QuotumDecimalen));
                    WriteRaw(w, "quotum", g.Quotum.ToDecimalString(QuotumDecimalen));
                    w.WriteString("quotum_exact", g.Quotum.ToString());
                    w.WriteNumber("plaatsen", g.Plaatsen);
                    w.WriteBoolean("begrensd", g.Begrensd);
                    if (g.Amv is { } a) w.WriteNumber("amv", a); else w.WriteNull("amv");
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    public static void Tabel(Capaciteitsraming r, bool provincie, TextWriter output)
    {
        var console = Consoles.For(output);
        var titel = $"{r.Regels.Titel}: {(provincie ? "provinciale opgave" : "indicatieve verdeling per gemeente")}";
        if (!r.IsWettelijk) titel += " (NIET de wettelijke verdeling)";
        var table = new Table { Title = new TableTitle(Markup.Escape(titel)), Border = TableBorder.Rounded };
        if (provincie)
        {
            table.AddColumns("Code", "Provincie", "Gemeenten", "Inwoners", "Quotum", "Plaatsen", "Amv");
            foreach (var p in r.Provincies)
                table.AddRow(p.Provincie.Code.ToString(), Markup.Escape(p.Provincie.Naam), p.AantalGemeenten.ToString(CultureInfo.InvariantCulture),
                    Nederlands.Geheel(p.Inwoners), Nederlands.Decimaal(p.Quotum, 2), Nederlands.Geheel(p.Plaatsen),
                    p.Amv is { } a ? Nederlands.Geheel(a) : "-");
        }
        else
        {
            table.AddColumns("Code", "Gemeente", "Provincie", "Inwoners", "SES-WOA", "Gewicht", "Quotum", "Plaatsen", "Amv");
            foreach (var g in r.Gemeenten)
                table.AddRow(g.Gemeente.Code.ToString(), Markup.Escape(g.Gemeente.Naam), Markup.Escape(g.ProvincieNaam),
                    Nederlands.Geheel(g.Inwoners), g.SesWoa is { } s ? Nederlands.Decimaal(s, 3) : "-",
                    Nederlands.Decimaal(g.Gewicht, 2), Nederlands.Decimaal(g.Quotum, 2), Nederlands.Geheel(g.Plaatsen),
                    g.Amv is { } a ? Nederlands.Geheel(a) : "-");
        }
        foreach (var column in table.Columns.Skip(provincie ? 2 : 3)) column.RightAligned();
        table.Caption = new TableTitle(Markup.Escape(
            $"Totaal {Nederlands.Geheel(r.Totaal)}, toegekend {Nederlands.Geheel(r.Toegekend)} (verschil {r.Verschil}); " +
            $"sleutel: {r.SleutelOmschrijving}; methode: {r.Methode.Description()}. Bron: {r.Bevolking.Bron.Attributie}."));
        console.Write(table);
        if (!r.IsWettelijk)
            console.MarkupLine("[bold]Let op:[/] " + Markup.Escape("dit is niet de wettelijke verdeling, want: " + string.Join("; ", r.Afwijkingen) + "."));
    }

    /// <summary>A decimal in plain invariant notation without trailing zeros.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static void WriteRaw(Utf8JsonWriter w, string name, string number)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(number);
    }

    public static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
