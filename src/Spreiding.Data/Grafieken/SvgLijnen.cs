using System.Globalization;
using System.Security;
using System.Text;
using Spreiding.Core;

namespace Spreiding.Data.Grafieken;

/// <summary>One value of a line series on a date; <see cref="Waarde"/> null where it is not defined (a gap in the line).</summary>
public sealed record Lijnpunt(DateOnly Datum, double? Waarde);

/// <summary>One line of a line chart: its name (legend, screen readers) and its points, oldest first.</summary>
/// <param name="Gestreept">Draw the line dashed, so that series differ by more than colour alone.</param>
public sealed record Lijnreeks(string Naam, IReadOnlyList<Lijnpunt> Punten, bool Gestreept = false);

/// <summary>
/// A server-side SVG line chart of one or more series over dates, in the style of <see cref="SvgGrafiek"/>: no
/// script, no external fonts, Dutch text and number notation, a title and a description for screen readers that
/// states every series' first and last value, a tooltip (<c>title</c>) on every point, colours plus dash patterns
/// to tell series apart. The x-axis is proportional to time; a null value breaks the line.
/// </summary>
public static class SvgLijnen
{
    private const int Breedte = 860;
    private const int Hoogte = 420;
    private const int Links = 90;
    private const int Rechts = 30;
    private const int Boven = 50;
    private const int Onder = 60;

    /// <summary>Colours with enough contrast on white; beyond these the dash patterns keep series apart.</summary>
    private static readonly string[] Kleuren = ["#154273", "#b3261e", "#2e7d32", "#e17000", "#6a1b9a", "#00838f", "#5d4037", "#37474f"];

    private static readonly string[] Streepjes = ["", "6,4", "2,3", "10,4,2,4"];

    /// <param name="titel">Shown above the chart and read first by screen readers.</param>
    /// <param name="eenheid">The y-axis label.</param>
    /// <param name="waardeTekst">How a value is written for people (axis, tooltips, description); whole numbers in Dutch notation by default.</param>
    /// <param name="asTekst">How the y-axis ticks are written; <paramref name="waardeTekst"/> by default.</param>
    /// <param name="vanafNul">Let the y-axis start at 0 (or lower when values are negative).</param>
    /// <param name="referentie">A horizontal reference line, e.g. 100% of the task.</param>
    public static string Lijnen(string titel, string eenheid, IReadOnlyList<Lijnreeks> reeksen,
        Func<double, string>? waardeTekst = null, Func<double, string>? asTekst = null, bool vanafNul = false,
        double? referentie = null, string? referentieLabel = null)
    {
        if (reeksen.Count == 0) throw new ArgumentException("Een lijngrafiek heeft minstens één reeks.", nameof(reeksen));
        var data = reeksen.SelectMany(r => r.Punten).Select(p => p.Datum).Distinct().Order().ToList();
        if (data.Count == 0) throw new ArgumentException("Een lijngrafiek heeft minstens één punt.", nameof(reeksen));
        var tekst = waardeTekst ?? (v => Nederlands.Geheel((long)Math.Round(v)));
        var asLabel = asTekst ?? tekst;

        var waarden = reeksen.SelectMany(r => r.Punten).Where(p => p.Waarde is not null).Select(p => p.Waarde!.Value).ToList();
        if (referentie is { } rf) waarden.Add(rf);
        if (vanafNul || waarden.Count == 0) waarden.Add(0);
        var (onder, boven, stap) = SvgGrafiek.Schaal(waarden.Min(), waarden.Max());

        var plotB = Breedte - Links - Rechts;
        var plotH = Hoogte - Boven - Onder;
        var eerste = data[0].DayNumber;
        var bereik = data[^1].DayNumber - eerste;
        double X(DateOnly d) => bereik == 0 ? Links + plotB / 2.0 : Links + plotB * (d.DayNumber - eerste) / (double)bereik;
        double Y(double v) => Boven + plotH * (1 - (v - onder) / (boven - onder));

        var sb = Begin(titel, Beschrijving(titel, reeksen, data, tekst));
        // Horizontal grid and y-axis.
        for (var v = onder; v <= boven + stap / 2; v += stap)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{F(Y(v))}\" x2=\"{Breedte - Rechts}\" y2=\"{F(Y(v))}\" stroke=\"#ddd\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Links - 8}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\" font-size=\"12\">{Esc(asLabel(v))}</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"18\" y=\"{Hoogte / 2}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {Hoogte / 2})\">{Esc(eenheid)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{Boven}\" x2=\"{Links}\" y2=\"{Hoogte - Onder}\" stroke=\"#333\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{Hoogte - Onder}\" x2=\"{Breedte - Rechts}\" y2=\"{Hoogte - Onder}\" stroke=\"#333\"/>");

        // Date ticks: every date when there are few, else the first, the last and every January.
        for (var i = 0; i < data.Count; i++)
            if (data.Count <= 12 || i == 0 || i == data.Count - 1 || data[i].Month == 1)
            {
                var x = F(X(data[i]));
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Boven + plotH}\" x2=\"{x}\" y2=\"{Boven + plotH + 5}\" stroke=\"#333\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Boven + plotH + 20}\" text-anchor=\"middle\" font-size=\"12\">{data[i]:MM-yyyy}</text>");
            }

        if (referentie is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{F(Y(r))}\" x2=\"{Breedte - Rechts}\" y2=\"{F(Y(r))}\" stroke=\"#333\" stroke-dasharray=\"2,3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte - Rechts}\" y=\"{F(Y(r) - 6)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">{Esc(referentieLabel ?? tekst(r))}</text>");
        }

        for (var i = 0; i < reeksen.Count; i++)
        {
            var reeks = reeksen[i];
            var (kleur, streep) = Stijl(i, reeks);
            var punten = reeks.Punten.OrderBy(p => p.Datum).ToList();
            sb.Append($"<g><title>{Esc(reeks.Naam)}</title>");
            // One polyline per run of defined values: an undefined value is a gap, never a zero.
            foreach (var stuk in Stukken(punten).Where(s => s.Count > 1))
                sb.Append($"<polyline points=\"{string.Join(' ', stuk.Select(p => F(X(p.Datum)) + "," + F(Y(p.Waarde!.Value))))}\" fill=\"none\" stroke=\"{kleur}\" stroke-width=\"2.5\"{Streep(streep)}/>");
            foreach (var p in punten.Where(p => p.Waarde is not null))
                sb.Append(CultureInfo.InvariantCulture,
                    $"<circle cx=\"{F(X(p.Datum))}\" cy=\"{F(Y(p.Waarde!.Value))}\" r=\"3.5\" fill=\"{kleur}\"><title>{Esc($"{reeks.Naam}, {Nederlands.Datum(p.Datum)}: {tekst(p.Waarde.Value)}")}</title></circle>");
            sb.Append("</g>");
        }

        Legenda(sb, reeksen);
        return sb.Append("</svg>\n").ToString();
    }

    private static (string Kleur, string Streep) Stijl(int i, Lijnreeks reeks)
    {
        var kleur = Kleuren[i % Kleuren.Length];
        var streep = reeks.Gestreept ? Streepjes[1 + i % (Streepjes.Length - 1)] : Streepjes[i / Kleuren.Length % Streepjes.Length];
        return (kleur, streep);
    }

    private static string Streep(string patroon) => patroon.Length == 0 ? "" : $" stroke-dasharray=\"{patroon}\"";

    private static IEnumerable<List<Lijnpunt>> Stukken(IReadOnlyList<Lijnpunt> punten)
    {
        var stuk = new List<Lijnpunt>();
        foreach (var p in punten)
        {
            if (p.Waarde is null)
            {
                if (stuk.Count > 0) yield return stuk;
                stuk = [];
            }
            else stuk.Add(p);
        }
        if (stuk.Count > 0) yield return stuk;
    }

    private static string Beschrijving(string titel, IReadOnlyList<Lijnreeks> reeksen, IReadOnlyList<DateOnly> data, Func<double, string> tekst)
    {
        var sb = new StringBuilder($"{titel}. ");
        sb.Append(data.Count == 1
            ? $"Eén peildatum: {Nederlands.Datum(data[0])}. "
            : $"{data.Count} peildata, van {Nederlands.Datum(data[0])} tot {Nederlands.Datum(data[^1])}. ");
        foreach (var r in reeksen)
        {
            var gedefinieerd = r.Punten.Where(p => p.Waarde is not null).OrderBy(p => p.Datum).ToList();
            sb.Append(gedefinieerd.Count switch
            {
                0 => $"{r.Naam}: geen waarden. ",
                1 => $"{r.Naam}: {tekst(gedefinieerd[0].Waarde!.Value)} op {Nederlands.Datum(gedefinieerd[0].Datum)}. ",
                _ => $"{r.Naam}: van {tekst(gedefinieerd[0].Waarde!.Value)} op {Nederlands.Datum(gedefinieerd[0].Datum)} " +
                     $"naar {tekst(gedefinieerd[^1].Waarde!.Value)} op {Nederlands.Datum(gedefinieerd[^1].Datum)}. ",
            });
        }
        return sb.ToString().TrimEnd();
    }

    private static StringBuilder Begin(string titel, string beschrijving)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Breedte} {Hoogte}\" width=\"{Breedte}\" height=\"{Hoogte}\" role=\"img\" aria-labelledby=\"titel beschrijving\" font-family=\"Arial, Helvetica, sans-serif\">");
        sb.Append($"<title id=\"titel\">{Esc(titel)}</title><desc id=\"beschrijving\">{Esc(beschrijving)}</desc>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Breedte}\" height=\"{Hoogte}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte / 2}\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Esc(titel)}</text>");
        return sb;
    }

    private static void Legenda(StringBuilder sb, IReadOnlyList<Lijnreeks> reeksen)
    {
        var x = Links + 10;
        for (var i = 0; i < reeksen.Count; i++)
        {
            var (kleur, streep) = Stijl(i, reeksen[i]);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Hoogte - 17}\" x2=\"{x + 22}\" y2=\"{Hoogte - 17}\" stroke=\"{kleur}\" stroke-width=\"2.5\"{Streep(streep)}/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 28}\" y=\"{Hoogte - 13}\" font-size=\"12\">{Esc(reeksen[i].Naam)}</text>");
            x += 40 + reeksen[i].Naam.Length * 7;
        }
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
