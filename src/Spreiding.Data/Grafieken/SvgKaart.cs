using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using Spreiding.Core;
using Spreiding.Data.Referentie;

namespace Spreiding.Data.Grafieken;

/// <summary>One area of a map: its CBS code (GM0363, PV27), name and outline rings in WGS84 (lon, lat).</summary>
public sealed record Kaartgebied(string Code, string Naam, IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Ringen);

/// <summary>
/// Choropleth maps as server-side SVG from the bundled CBS/PDOK boundaries (2023 division): municipalities or
/// provinces coloured by a value, with a legend, a title and a description, and a tooltip per area. A diverging
/// scale (blue below zero, red above) shows changes; a sequential one shows levels.
/// </summary>
public static class SvgKaart
{
    private const int Breedte = 640;
    private const int Hoogte = 760;
    private const int Marge = 20;
    private const int LegendaHoogte = 70;

    private static readonly Lazy<IReadOnlyList<Kaartgebied>> GemeentenLazy = new(() => Lees("geo/gemeenten_2023.geojson"));
    private static readonly Lazy<IReadOnlyList<Kaartgebied>> ProvinciesLazy = new(() => Lees("geo/provincies_2023.geojson"));

    public static IReadOnlyList<Kaartgebied> Gemeenten => GemeentenLazy.Value;

    public static IReadOnlyList<Kaartgebied> Provincies => ProvinciesLazy.Value;

    /// <summary>A map of changes: each area coloured by its value on a scale symmetric around zero.</summary>
    public static string Verschil(string titel, IReadOnlyList<Kaartgebied> gebieden, IReadOnlyDictionary<string, int> waarden, string eenheid)
    {
        var grootste = Math.Max(1, waarden.Values.Select(v => Math.Abs((long)v)).DefaultIfEmpty(1).Max());
        return Teken(titel, gebieden, waarden, eenheid, v => v == 0 ? "#f2f2f2" : Meng(v < 0 ? (33, 102, 172) : (178, 24, 43), Math.Abs(v) / (double)grootste),
            [(-grootste, $"afname ({Getal(-grootste)})"), (0, "geen verschil"), (grootste, $"toename ({Getal(grootste)})")]);
    }

    /// <summary>A map of levels (e.g. places per municipality) on a light-to-dark scale.</summary>
    public static string Niveau(string titel, IReadOnlyList<Kaartgebied> gebieden, IReadOnlyDictionary<string, int> waarden, string eenheid)
    {
        var grootste = Math.Max(1, waarden.Values.DefaultIfEmpty(1).Max());
        return Teken(titel, gebieden, waarden, eenheid, v => Meng((21, 66, 115), Math.Max(0, v) / (double)grootste), [(0, "0"), (grootste, Nederlands.Geheel(grootste))]);
    }

    private static string Teken(string titel, IReadOnlyList<Kaartgebied> gebieden, IReadOnlyDictionary<string, int> waarden, string eenheid,
        Func<int, string> kleur, IReadOnlyList<(long Waarde, string Tekst)> legenda)
    {
        var punten = gebieden.SelectMany(g => g.Ringen).SelectMany(r => r).ToList();
        var (minLon, maxLon, minLat, maxLat) = (punten.Min(p => p.Lon), punten.Max(p => p.Lon), punten.Min(p => p.Lat), punten.Max(p => p.Lat));
        // An equirectangular projection scaled by cos(latitude) is accurate enough at the scale of the Netherlands.
        var schaalX = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var beschikbaarB = Breedte - 2 * Marge;
        var beschikbaarH = Hoogte - 2 * Marge - LegendaHoogte - 30;
        var schaal = Math.Min(beschikbaarB / ((maxLon - minLon) * schaalX), beschikbaarH / (maxLat - minLat));
        double X(double lon) => Marge + (lon - minLon) * schaalX * schaal;
        double Y(double lat) => Marge + 30 + (maxLat - lat) * schaal;

        var sb = new StringBuilder();
        var metWaarde = gebieden.Count(g => waarden.ContainsKey(g.Code));
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Breedte} {Hoogte}\" width=\"{Breedte}\" height=\"{Hoogte}\" role=\"img\" aria-labelledby=\"kaarttitel kaartbeschrijving\" font-family=\"Arial, Helvetica, sans-serif\">");
        sb.Append($"<title id=\"kaarttitel\">{Esc(titel)}</title>");
        sb.Append($"<desc id=\"kaartbeschrijving\">{Esc($"Kaart van {gebieden.Count} gebieden; {metWaarde} met een waarde ({eenheid}). Dezelfde cijfers staan in de tabel bij deze kaart.")}</desc>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Breedte}\" height=\"{Hoogte}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte / 2}\" y=\"{Marge + 8}\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Esc(titel)}</text>");
        foreach (var g in gebieden.OrderBy(g => g.Code, StringComparer.Ordinal))
        {
            var heeft = waarden.TryGetValue(g.Code, out var waarde);
            var pad = new StringBuilder();
            foreach (var ring in g.Ringen)
            {
                for (var i = 0; i < ring.Count; i++)
                    pad.Append(i == 0 ? 'M' : 'L').Append(F(X(ring[i].Lon))).Append(',').Append(F(Y(ring[i].Lat)));
                pad.Append('Z');
            }
            var tekst = heeft ? $"{g.Naam} ({g.Code}): {Getal(waarde)} {eenheid}" : $"{g.Naam} ({g.Code}): geen waarde";
            sb.Append($"<path d=\"{pad}\" fill=\"{(heeft ? kleur(waarde) : "#ffffff")}\" stroke=\"#777\" stroke-width=\"0.4\" data-code=\"{g.Code}\"><title>{Esc(tekst)}</title></path>");
        }
        var y = Hoogte - LegendaHoogte + 10;
        var x = Marge;
        foreach (var (w, t) in legenda)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"18\" height=\"14\" fill=\"{kleur((int)w)}\" stroke=\"#777\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 24}\" y=\"{y + 12}\" font-size=\"12\">{Esc(t)}</text>");
            x += 190;
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Marge}\" y=\"{Hoogte - 12}\" font-size=\"11\" fill=\"#555\">Grenzen: CBS/PDOK, CC BY 4.0 (gemeentelijke indeling 2023).</text>");
        return sb.Append("</svg>\n").ToString();
    }

    private static string Getal(long v) => v > 0 ? "+" + Nederlands.Geheel(v) : Nederlands.Geheel(v);

    private static string Meng((int R, int G, int B) doel, double t)
    {
        t = 0.15 + 0.85 * Math.Clamp(t, 0, 1);
        int C(int d) => (int)Math.Round(255 + (d - 255) * t);
        return $"#{C(doel.R):x2}{C(doel.G):x2}{C(doel.B):x2}";
    }

    private static IReadOnlyList<Kaartgebied> Lees(string naam)
    {
        using var doc = JsonDocument.Parse(EmbeddedFiles.ReadText(naam));
        var gebieden = new List<Kaartgebied>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = f.GetProperty("properties");
            var geometrie = f.GetProperty("geometry");
            var ringen = new List<IReadOnlyList<(double, double)>>();
            var polygonen = geometrie.GetProperty("type").GetString() == "MultiPolygon"
                ? geometrie.GetProperty("coordinates").EnumerateArray().ToList()
                : [geometrie.GetProperty("coordinates")];
            foreach (var polygoon in polygonen)
                foreach (var ring in polygoon.EnumerateArray())
                    ringen.Add(ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToList());
            gebieden.Add(new Kaartgebied(props.GetProperty("statcode").GetString()!, props.GetProperty("statnaam").GetString()!, ringen));
        }
        return gebieden;
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
