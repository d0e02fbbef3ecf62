using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClosedXML.Excel;
using Spreiding.Core;
using Spreiding.Core.Publicatie;
using Spreiding.Core.Regels;
using Spreiding.Data.Locaties;
using Spreiding.Data.Regels;

namespace Spreiding.Data.Publicatie;

/// <summary>
/// The files of a publication: open data (<c>raming.csv</c>, <c>raming.json</c>), the Staatscourant annex
/// (<c>bijlage.html</c>, and <c>bijlage.pdf</c> when Chromium is installed) and one workbook per province. Every file
/// is a function of the hashed content and the hash only (never of the id, the creation date or the code version),
/// so the same inputs give the same bytes. Workbooks: fixed document properties (the rules' publication date) and
/// every zip entry rewritten with a fixed timestamp, so the bytes are stable as well.
/// </summary>
public static partial class PublicatieArtefacten
{
    public const string GemeenteCsvHeader = "gemeentecode,gemeentenaam,provinciecode,provincie,inwoners,ses_woa,gewicht,quotum,plaatsen,amv";
    public const int QuotumDecimalen = 6;
    public const string JsonSchema = "https://spreiding.nl/schema/publicatie-1.json";

    /// <summary>Writes all files into <paramref name="map"/>; returns the paths written, and warnings (e.g. no PDF).</summary>
    public static (IReadOnlyList<string> Bestanden, IReadOnlyList<string> Waarschuwingen) Schrijf(PublicatieInhoud inhoud, string sha256, string map)
    {
        Directory.CreateDirectory(map);
        var bestanden = new List<string>();
        var waarschuwingen = new List<string>();
        void Tekst(string naam, string tekst)
        {
            var pad = Path.Combine(map, naam);
            File.WriteAllBytes(pad, CanoniekeJson.Utf8.GetBytes(tekst));
            bestanden.Add(pad);
        }
        Tekst("raming.csv", Csv(inhoud.Uitvoer));
        Tekst("raming.json", Json(inhoud, sha256));
        Tekst("bijlage.html", Html(inhoud, sha256));
        foreach (var p in inhoud.Uitvoer.Provincies)
        {
            var pad = Path.Combine(map, XlsxNaam(p));
            File.WriteAllBytes(pad, Xlsx(inhoud, sha256, p.Provinciecode));
            bestanden.Add(pad);
        }
        var pdf = Path.Combine(map, "bijlage.pdf");
        if (Pdf(Path.Combine(map, "bijlage.html"), pdf) is { } fout) waarschuwingen.Add(fout);
        else bestanden.Add(pdf);
        return (bestanden, waarschuwingen);
    }

    // ---------------------------------------------------------------- open data

    /// <summary>Municipality level, the same columns and notation as <c>raming --formaat csv</c>.</summary>
    public static string Csv(PublicatieUitvoer u)
    {
        var sb = new StringBuilder();
        sb.Append(GemeenteCsvHeader).Append('\n');
        foreach (var g in u.Gemeenten)
            sb.Append(g.Gemeentecode).Append(',')
              .Append(CsvVeld(g.Gemeentenaam)).Append(',')
              .Append(g.Provinciecode).Append(',')
              .Append(CsvVeld(g.Provincie)).Append(',')
              .Append(g.Inwoners.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(g.SesWoa ?? "").Append(',')
              .Append(g.Gewicht).Append(',')
              .Append(PublicatieGetallen.Breuk(g.Quotum).ToDecimalString(QuotumDecimalen)).Append(',')
              .Append(g.Plaatsen.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(g.Amv?.ToString(CultureInfo.InvariantCulture) ?? "").Append('\n');
        return sb.ToString();
    }

    private static string CsvVeld(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    /// <summary>The open-data JSON (schema in <c>docs/publicatie.md</c>), indented, keys in a fixed order, LF line ends.</summary>
    public static string Json(PublicatieInhoud inhoud, string sha256)
    {
        var i = inhoud.Invoer;
        var u = inhoud.Uitvoer;
        var regels = Regels(i);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonSchema);
            w.WriteString("sha256", sha256);
            w.WriteNumber("cyclus", i.Cyclus);
            w.WriteString("soort", i.Soort);
            w.WriteString("titel", regels.Titel);
            w.WriteBoolean("wettelijk", u.Wettelijk);
            w.WriteStartArray("afwijkingen");
            foreach (var a in u.Afwijkingen) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteNumber("totaal", u.Totaal);
            w.WriteNumber("toegekend", u.Toegekend);
            w.WriteNumber("verschil", u.Verschil);
            if (u.AmvTotaal is { } at) w.WriteNumber("amv_totaal", at); else w.WriteNull("amv_totaal");
            if (u.AmvToegekend is { } ak) w.WriteNumber("amv_toegekend", ak); else w.WriteNull("amv_toegekend");
            w.WriteString("sleutel", u.Sleutel);
            w.WriteString("sleutel_omschrijving", u.SleutelOmschrijving);
            w.WriteString("methode", u.Methode);
            w.WriteString("methode_omschrijving", u.MethodeOmschrijving);
            if (u.Deler is { } d) w.WriteString("deler_exact", d); else w.WriteNull("deler_exact");
            w.WriteStartObject("regels");
            w.WriteString("bestand", i.RegelsBestand);
            w.WriteString("sha256", i.RegelsSha256);
            w.WriteEndObject();
            w.WriteStartArray("bronnen");
            foreach (var ds in Datasets(i))
            {
                w.WriteStartObject();
                w.WriteString("soort", ds.Soort);
                w.WriteString("naam", ds.Naam);
                if (ds.Peildatum is { } pd) w.WriteString("peildatum", pd); else w.WriteNull("peildatum");
                if (ds.Periode is { } pe) w.WriteString("periode", pe); else w.WriteNull("periode");
                w.WriteString("attributie", ds.Attributie);
                if (ds.Url is { } url) w.WriteString("url", url); else w.WriteNull("url");
                w.WriteString("sha256", ds.Sha256);
                w.WriteBoolean("gebruikt", ds.Soort == "bevolking" || u.Sleutel == Core.Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("lotingen");
            foreach (var l in u.Lotingen)
            {
                w.WriteStartObject();
                w.WriteNumber("zaad", l.Zaad);
                w.WriteNumber("betwist", l.Betwist);
                w.WriteStartArray("gelijk");
                foreach (var t in l.Gelijk) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteStartArray("winnaars");
                foreach (var t in l.Winnaars) w.WriteStringValue(t);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("provincies");
            foreach (var p in u.Provincies)
            {
                w.WriteStartObject();
                w.WriteString("provinciecode", p.Provinciecode);
                w.WriteString("provincie", p.Provincie);
                w.WriteNumber("gemeenten", p.Gemeenten);
                w.WriteNumber("inwoners", p.Inwoners);
                Raw(w, "gewicht", p.Gewicht);
                Raw(w, "quotum", PublicatieGetallen.Breuk(p.Quotum).ToDecimalString(QuotumDecimalen));
                w.WriteString("quotum_exact", p.Quotum);
                w.WriteNumber("plaatsen", p.Plaatsen);
                if (p.Amv is { } a) w.WriteNumber("amv", a); else w.WriteNull("amv");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("gemeenten");
            foreach (var g in u.Gemeenten)
            {
                w.WriteStartObject();
                w.WriteString("gemeentecode", g.Gemeentecode);
                w.WriteString("gemeentenaam", g.Gemeentenaam);
                w.WriteString("provinciecode", g.Provinciecode);
                w.WriteString("provincie", g.Provincie);
                w.WriteNumber("inwoners", g.Inwoners);
                if (g.SesWoa is { } s) Raw(w, "ses_woa", s); else w.WriteNull("ses_woa");
                Raw(w, "correctiefactor", g.Correctiefactor);
                Raw(w, "gewicht", g.Gewicht);
                Raw(w, "inwonersquotum", PublicatieGetallen.Breuk(g.Inwonersquotum).ToDecimalString(QuotumDecimalen));
                Raw(w, "quotum", PublicatieGetallen.Breuk(g.Quotum).ToDecimalString(QuotumDecimalen));
                w.WriteString("quotum_exact", g.Quotum);
                w.WriteNumber("plaatsen", g.Plaatsen);
                w.WriteBoolean("begrensd", g.Begrensd);
                if (g.Amv is { } a) w.WriteNumber("amv", a); else w.WriteNull("amv");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Raw(Utf8JsonWriter w, string naam, string getal)
    {
        w.WritePropertyName(naam);
        w.WriteRawValue(getal);
    }

    private static IEnumerable<DatasetInvoer> Datasets(PublicatieInvoer i) => i.SesWoa is { } s ? [i.Bevolking, s] : [i.Bevolking];

    private static Cyclusregels Regels(PublicatieInvoer i) => RegelsLoader.Parse(i.RegelsInhoud, i.RegelsBestand);

    // ---------------------------------------------------------------- texts in words

    /// <summary>The method of this publication in plain Dutch, one paragraph per item.</summary>
    public static IReadOnlyList<string> MethodeInWoorden(PublicatieInhoud inhoud)
    {
        var i = inhoud.Invoer;
        var u = inhoud.Uitvoer;
        var regels = Regels(i);
        var lijst = new List<string>
        {
            $"Het landelijk aantal van {Nederlands.Geheel(u.Totaal)} opvangplaatsen" +
            (u.AmvTotaal is { } amv ? $", waarvan {Nederlands.Geheel(amv)} voor alleenstaande minderjarige vreemdelingen (amv)," : "") +
            $" is verdeeld over {Nederlands.Geheel(u.Gemeenten.Count)} gemeenten in de indeling van {Nederlands.Datum(regels.IndelingOp.Waarde)}.",
            $"Verdeelsleutel: {u.SleutelOmschrijving}. Het exacte aandeel (quotum) van een gemeente is het totaal maal haar gewicht gedeeld door de som van alle gewichten.",
            $"Afronding: {u.MethodeOmschrijving}. Toegekend zijn {Nederlands.Geheel(u.Toegekend)} plaatsen" +
            (u.Verschil != 0 ? $", {Nederlands.Geheel(Math.Abs(u.Verschil))} {(u.Verschil > 0 ? "meer" : "minder")} dan het totaal door de afronding per gemeente." : ", precies het totaal."),
            "De provinciale opgave is de som van de aantallen van de gemeenten in de provincie; gemeenten mogen binnen de provincie uitruilen.",
        };
        if (u.AmvTotaal is not null)
            lijst.Add("De amv-plaatsen zijn met dezelfde sleutel en dezelfde afrondingsmethode verdeeld.");
        foreach (var l in u.Lotingen)
            lijst.Add($"Een gelijke stand tussen {string.Join(", ", l.Gelijk)} om {l.Betwist} plaats(en) is beslist door loting (zaad {l.Zaad}): {string.Join(", ", l.Winnaars)}.");
        lijst.Add(u.Wettelijk
            ? "Dit is de wettelijke verdeling volgens de regels van de cyclus."
            : "Let op: dit is NIET de wettelijke verdeling, want: " + string.Join("; ", u.Afwijkingen) + ".");
        return lijst;
    }

    /// <summary>The sources in words: rules file and datasets with their attribution and fingerprints.</summary>
    public static IReadOnlyList<string> BronnenInWoorden(PublicatieInhoud inhoud)
    {
        var i = inhoud.Invoer;
        var lijst = new List<string> { $"Regels: {i.RegelsBestand} (SHA-256 {i.RegelsSha256})." };
        lijst.Add($"Bevolking: {i.Bevolking.Naam}, peildatum {Nederlands.Datum(DateOnly.ParseExact(i.Bevolking.Peildatum!, "yyyy-MM-dd", CultureInfo.InvariantCulture))}; " +
                  $"{i.Bevolking.Attributie} (SHA-256 van de waarden {i.Bevolking.Sha256}).");
        if (i.SesWoa is { } s)
            lijst.Add($"SES-WOA: {s.Naam}, periode {s.Periode}; {s.Attributie} (SHA-256 van de waarden {s.Sha256})" +
                      (inhoud.Uitvoer.Sleutel == Core.Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam ? "." : "; niet gebruikt door deze sleutel."));
        return lijst;
    }

    // ---------------------------------------------------------------- HTML annex

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The Staatscourant annex: self-contained HTML in Dutch, a table per province.</summary>
    public static string Html(PublicatieInhoud inhoud, string sha256)
    {
        var i = inhoud.Invoer;
        var u = inhoud.Uitvoer;
        var regels = Regels(i);
        var metAmv = u.AmvTotaal is not null;
        var titel = $"Bijlage bij de {(i.Soort == PublicatieSoorten.Tussentijds ? "tussentijdse wijziging van de " : "")}capaciteitsraming {i.Cyclus}";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(E(titel)).Append("</title>\n");
        sb.Append("""
            <style>
            body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #000; margin: 2em; max-width: 60em; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; }
            table { border-collapse: collapse; margin: 0.5em 0 1em 0; width: 100%; }
            caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
            th, td { border: 1px solid #777; padding: 0.2em 0.5em; }
            thead th { background: #e8eef5; text-align: left; }
            td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }
            tfoot th, tfoot td { font-weight: bold; background: #f3f3f3; }
            .hash { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
            .let-op { border-left: 4px solid #b00; padding-left: 0.5em; }
            @media print { body { margin: 0; } section.provincie { break-inside: avoid-page; } }
            </style>

            """);
        sb.Append("</head>\n<body>\n<main>\n");
        sb.Append("<h1>").Append(E(titel)).Append(": provinciale opgave en indicatieve verdeling per gemeente</h1>\n");
        sb.Append("<p>").Append(E(regels.Titel)).Append(".</p>\n");
        if (!u.Wettelijk)
            sb.Append("<p class=\"let-op\"><strong>Let op:</strong> ").Append(E("dit is niet de wettelijke verdeling, want: " + string.Join("; ", u.Afwijkingen) + ".")).Append("</p>\n");

        sb.Append("<section aria-labelledby=\"methode\">\n<h2 id=\"methode\">Methode</h2>\n");
        foreach (var alinea in MethodeInWoorden(inhoud)) sb.Append("<p>").Append(E(alinea)).Append("</p>\n");
        sb.Append("</section>\n");
        sb.Append("<section aria-labelledby=\"bronnen\">\n<h2 id=\"bronnen\">Bronnen</h2>\n<ul>\n");
        foreach (var bron in BronnenInWoorden(inhoud)) sb.Append("<li>").Append(E(bron)).Append("</li>\n");
        sb.Append("</ul>\n</section>\n");

        sb.Append("<section aria-labelledby=\"opgave\">\n<h2 id=\"opgave\">Provinciale opgave</h2>\n<table>\n");
        sb.Append("<caption>Provinciale opgave per provincie").Append(metAmv ? " (aantal opvangplaatsen, waarvan amv)" : " (aantal opvangplaatsen)").Append("</caption>\n");
        sb.Append("<thead><tr><th scope=\"col\">Provincie</th><th scope=\"col\" class=\"getal\">Gemeenten</th><th scope=\"col\" class=\"getal\">Opgave</th>");
        if (metAmv) sb.Append("<th scope=\"col\" class=\"getal\">Waarvan amv</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in u.Provincies)
        {
            sb.Append("<tr><th scope=\"row\"><a href=\"#").Append(p.Provinciecode).Append("\">").Append(E(p.Provincie)).Append("</a></th>")
              .Append("<td class=\"getal\">").Append(Nederlands.Geheel(p.Gemeenten)).Append("</td>")
              .Append("<td class=\"getal\">").Append(Nederlands.Geheel(p.Plaatsen)).Append("</td>");
            if (metAmv) sb.Append("<td class=\"getal\">").Append(p.Amv is { } a ? Nederlands.Geheel(a) : "").Append("</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n<tfoot><tr><th scope=\"row\">Nederland</th><td class=\"getal\">").Append(Nederlands.Geheel(u.Gemeenten.Count))
          .Append("</td><td class=\"getal\">").Append(Nederlands.Geheel(u.Toegekend)).Append("</td>");
        if (metAmv) sb.Append("<td class=\"getal\">").Append(Nederlands.Geheel(u.AmvToegekend ?? 0)).Append("</td>");
        sb.Append("</tr></tfoot>\n</table>\n</section>\n");

        foreach (var p in u.Provincies)
        {
            sb.Append("<section class=\"provincie\" aria-labelledby=\"").Append(p.Provinciecode).Append("\">\n");
            sb.Append("<h2 id=\"").Append(p.Provinciecode).Append("\">Provincie ").Append(E(p.Provincie)).Append("</h2>\n<table>\n");
            sb.Append("<caption>Indicatieve verdeling over de gemeenten van ").Append(E(p.Provincie)).Append("</caption>\n");
            sb.Append("<thead><tr><th scope=\"col\">Gemeente</th><th scope=\"col\">Code</th><th scope=\"col\" class=\"getal\">Indicatief aantal</th>");
            if (metAmv) sb.Append("<th scope=\"col\" class=\"getal\">Waarvan amv</th>");
            sb.Append("</tr></thead>\n<tbody>\n");
            foreach (var g in u.Gemeenten.Where(g => g.Provinciecode == p.Provinciecode))
            {
                sb.Append("<tr><th scope=\"row\">").Append(E(g.Gemeentenaam)).Append("</th><td>").Append(g.Gemeentecode).Append("</td>")
                  .Append("<td class=\"getal\">").Append(Nederlands.Geheel(g.Plaatsen)).Append("</td>");
                if (metAmv) sb.Append("<td class=\"getal\">").Append(g.Amv is { } a ? Nederlands.Geheel(a) : "").Append("</td>");
                sb.Append("</tr>\n");
            }
            sb.Append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Provinciale opgave ").Append(E(p.Provincie)).Append("</th>")
              .Append("<td class=\"getal\">").Append(Nederlands.Geheel(p.Plaatsen)).Append("</td>");
            if (metAmv) sb.Append("<td class=\"getal\">").Append(p.Amv is { } a ? Nederlands.Geheel(a) : "").Append("</td>");
            sb.Append("</tr></tfoot>\n</table>\n</section>\n");
        }
        sb.Append("<footer>\n<p>Controlegetal (SHA-256 over de canonieke invoer en uitkomst): <span class=\"hash\">").Append(sha256).Append("</span>.</p>\n");
        sb.Append("<p>Narekenen: <code>spreiding publicatie controleer</code>; de open data staan in raming.csv en raming.json.</p>\n</footer>\n");
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    // ---------------------------------------------------------------- XLSX per province

    /// <summary><c>PV27-noord-holland.xlsx</c>: code and a slug of the name (lower case, ASCII, hyphens).</summary>
    public static string XlsxNaam(ProvincieUitkomst p) => $"{p.Provinciecode}-{Slug(p.Provincie)}.xlsx";

    private static string Slug(string naam)
    {
        var sb = new StringBuilder();
        foreach (var c in naam.ToLowerInvariant())
        {
            var a = c switch
            {
                'â' or 'á' or 'à' or 'ä' => 'a',
                'ê' or 'é' or 'è' or 'ë' => 'e',
                'î' or 'í' or 'ì' or 'ï' => 'i',
                'ô' or 'ó' or 'ò' or 'ö' => 'o',
                'û' or 'ú' or 'ù' or 'ü' => 'u',
                _ => c,
            };
            if (a is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(a);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>The workbook of one province: sheets Gemeenten, Provincie, Methode and Bronnen.</summary>
    public static byte[] Xlsx(PublicatieInhoud inhoud, string sha256, string provinciecode)
    {
        var i = inhoud.Invoer;
        var u = inhoud.Uitvoer;
        var p = u.Provincies.FirstOrDefault(x => x.Provinciecode == provinciecode)
            ?? throw new InvalidInputException($"Provincie {provinciecode} komt niet voor in deze publicatie.");
        var regels = Regels(i);
        var gemeenten = u.Gemeenten.Where(g => g.Provinciecode == provinciecode).ToList();
        var titel = $"Capaciteitsraming {i.Cyclus}, provincie {p.Provincie}" + (u.Wettelijk ? "" : " (NIET de wettelijke verdeling)");
        var geheel = "#,##0";
        var voet = new List<string> { $"Controlegetal SHA-256: {sha256}" };
        if (!u.Wettelijk) voet.Insert(0, "Let op: niet de wettelijke verdeling, want: " + string.Join("; ", u.Afwijkingen) + ".");

        var rijen = gemeenten.Select(g => (IReadOnlyList<object?>)new object?[]
        {
            g.Gemeentecode, g.Gemeentenaam, new XlsxCel(g.Inwoners, geheel),
            g.SesWoa is { } s ? new XlsxCel(decimal.Parse(s, CultureInfo.InvariantCulture), "0.000") : null,
            new XlsxCel(decimal.Parse(g.Gewicht, CultureInfo.InvariantCulture), "#,##0.00"),
            new XlsxCel(decimal.Parse(PublicatieGetallen.Breuk(g.Quotum).ToDecimalString(QuotumDecimalen), CultureInfo.InvariantCulture), "0.000000"),
            new XlsxCel(g.Plaatsen, geheel), g.Amv is { } a ? new XlsxCel(a, geheel) : null,
        }).ToList();
        rijen.Add(
        [
            new XlsxCel("Totaal", Vet: true), new XlsxCel("Provinciale opgave", Vet: true),
            new XlsxCel(p.Inwoners, geheel, true), null,
            new XlsxCel(decimal.Parse(p.Gewicht, CultureInfo.InvariantCulture), "#,##0.00", true),
            new XlsxCel(decimal.Parse(PublicatieGetallen.Breuk(p.Quotum).ToDecimalString(QuotumDecimalen), CultureInfo.InvariantCulture), "0.000000", true),
            new XlsxCel(p.Plaatsen, geheel, true), p.Amv is { } pa ? new XlsxCel(pa, geheel, true) : null,
        ]);
        var bladen = new List<XlsxWerkblad>
        {
            new("Gemeenten", ["Gemeentecode", "Gemeente", "Inwoners", "SES-WOA", "Gewicht", "Quotum", "Indicatief aantal", "Waarvan amv"], rijen)
            {
                Titel = titel, Voetnoten = voet, Breedtes = [14, 28, 12, 10, 14, 14, 17, 13],
            },
            new("Provincie", ["Provinciecode", "Provincie", "Gemeenten", "Inwoners", "Quotum", "Opgave", "Waarvan amv"],
            [
                [p.Provinciecode, p.Provincie, new XlsxCel(p.Gemeenten, geheel), new XlsxCel(p.Inwoners, geheel),
                 new XlsxCel(decimal.Parse(PublicatieGetallen.Breuk(p.Quotum).ToDecimalString(QuotumDecimalen), CultureInfo.InvariantCulture), "0.000000"),
                 new XlsxCel(p.Plaatsen, geheel), p.Amv is { } amv ? new XlsxCel(amv, geheel) : null],
            ])
            {
                Titel = titel, Voetnoten = [$"Landelijk totaal {Nederlands.Geheel(u.Totaal)}, toegekend {Nederlands.Geheel(u.Toegekend)}.", .. voet],
                Breedtes = [14, 20, 11, 13, 14, 11, 13],
            },
            new("Methode", ["Toelichting"], MethodeInWoorden(inhoud).Select(t => (IReadOnlyList<object?>)[t])) { Titel = titel, Breedtes = [120] },
            new("Bronnen", ["Soort", "Naam", "Peildatum of periode", "Attributie", "SHA-256"],
            [
                ["regels", i.RegelsBestand, regels.Publicatiedatum.Waarde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", i.RegelsSha256],
                .. Datasets(i).Select(d => (IReadOnlyList<object?>)[d.Soort, d.Naam, d.Peildatum ?? d.Periode, d.Attributie, d.Sha256]),
            ])
            {
                Titel = titel, Breedtes = [10, 60, 20, 18, 66],
            },
        };
        using var workbook = new XLWorkbook();
        foreach (var blad in bladen) XlsxTabel.Voeg(workbook, blad, out _);
        var vast = regels.Publicatiedatum.Waarde.ToDateTime(TimeOnly.MinValue);
        workbook.Properties.Author = "Spreiding";
        workbook.Properties.LastModifiedBy = "Spreiding";
        workbook.Properties.Title = titel;
        workbook.Properties.Subject = $"Capaciteitsraming {i.Cyclus}";
        workbook.Properties.Company = "";
        workbook.Properties.Comments = "SHA-256 " + sha256;
        workbook.Properties.Created = vast;
        workbook.Properties.Modified = vast;
        using var ruw = new MemoryStream();
        workbook.SaveAs(ruw);
        return VasteZip(ruw.ToArray());
    }

    /// <summary>
    /// Rewrites an OPC zip so that its bytes depend on its content only: the same entries in the same order, each with
    /// a fixed timestamp; the random name System.IO.Packaging gives the core-properties part becomes <c>core.psmdcp</c>,
    /// and the random package-level relationship ids (<c>R</c> + 16 hex digits) become <c>R1</c>, <c>R2</c>, ... in order.
    /// </summary>
    internal static byte[] VasteZip(byte[] zip)
    {
        var tijd = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var uit = new MemoryStream();
        using (var bron = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var doel = new ZipArchive(uit, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in bron.Entries)
            {
                var naam = WillekeurigePart().Replace(entry.FullName, "core.psmdcp");
                var nieuw = doel.CreateEntry(naam, CompressionLevel.Optimal);
                nieuw.LastWriteTime = tijd;
                using var lees = entry.Open();
                using var schrijf = nieuw.Open();
                if (entry.FullName is "_rels/.rels" or "[Content_Types].xml")
                {
                    using var buffer = new MemoryStream();
                    lees.CopyTo(buffer);
                    var tekst = Encoding.UTF8.GetString(buffer.ToArray());
                    tekst = WillekeurigePart().Replace(tekst, "core.psmdcp");
                    var n = 0;
                    tekst = WillekeurigeId().Replace(tekst, _ => $"Id=\"R{(++n).ToString(CultureInfo.InvariantCulture)}\"");
                    var bytes = Encoding.UTF8.GetBytes(tekst);
                    schrijf.Write(bytes);
                }
                else lees.CopyTo(schrijf);
            }
        }
        return uit.ToArray();
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{32}\\.psmdcp")]
    private static partial System.Text.RegularExpressions.Regex WillekeurigePart();

    [System.Text.RegularExpressions.GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial System.Text.RegularExpressions.Regex WillekeurigeId();

    // ---------------------------------------------------------------- PDF

    /// <summary>The Chromium executable on PATH, or null.</summary>
    public static string? Chromium()
    {
        foreach (var naam in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
            foreach (var map in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var pad = Path.Combine(map, naam);
                if (File.Exists(pad)) return pad;
            }
        return null;
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> with headless Chromium; returns a warning instead when that is not possible.</summary>
    public static string? Pdf(string html, string pdf) => Pdf(html, pdf, Chromium());

    /// <param name="chromium">The Chromium executable; null when there is none.</param>
    public static string? Pdf(string html, string pdf, string? chromium)
    {
        if (chromium is null)
            return "Waarschuwing: geen bijlage.pdf gemaakt, want Chromium is niet geïnstalleerd (Debian: apt-get install chromium). De HTML-bijlage is er wel.";
        var profiel = Path.Combine(Path.GetTempPath(), "spreiding-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profiel);
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profiel}",
                $"--print-to-pdf={Path.GetFullPath(pdf)}", new Uri(Path.GetFullPath(html)).AbsoluteUri,
            })
                start.ArgumentList.Add(arg);
            using var proces = Process.Start(start) ?? throw new InvalidOperationException("Chromium start niet.");
            var stderr = proces.StandardError.ReadToEndAsync();
            _ = proces.StandardOutput.ReadToEndAsync();
            if (!proces.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                proces.Kill(entireProcessTree: true);
                return "Waarschuwing: geen bijlage.pdf gemaakt, want Chromium reageerde niet binnen 120 seconden.";
            }
            if (proces.ExitCode != 0 || !File.Exists(pdf))
                return $"Waarschuwing: geen bijlage.pdf gemaakt; Chromium stopte met code {proces.ExitCode}: {stderr.Result.Trim()}";
            return null;
        }
        finally
        {
            try { Directory.Delete(profiel, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
