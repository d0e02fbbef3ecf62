using System.Globalization;
using System.Security;
using System.Text;
using Spreiding.Core;

namespace Spreiding.Data.Grafieken;

/// <summary>One point in time of a band chart: the P10, P50 and P90 of a quantity, and an optional central value.</summary>
public sealed record Bandpunt(DateOnly Datum, double P10, double P50, double P90, double? Centraal = null);

/// <summary>One bar of a tornado chart: the outcome with the parameter at its minimum and at its maximum.</summary>
public sealed record TornadoBalk(string Naam, double BijMinimum, double BijMaximum);

/// <summary>
/// Server-side SVG charts (no script, no external fonts): the need over time with its P10-P90 band, and the
/// tornado of the parameters that move it most. Text is Dutch, numbers in Dutch notation; each chart carries a
/// title and a description for screen readers.
/// </summary>
public static class SvgGrafiek
{
    internal const int Breedte = 860;
    internal const int Hoogte = 420;
    internal const int Links = 90;
    internal const int Rechts = 30;
    internal const int Boven = 50;
    internal const int Onder = 60;

    public static string Band(string titel, string eenheid, IReadOnlyList<Bandpunt> punten, double? referentie = null, string? referentieLabel = null)
    {
        if (punten.Count < 2) throw new ArgumentException("A band chart needs at least two points.", nameof(punten));
        var min = Math.Min(punten.Min(p => p.P10), referentie ?? double.MaxValue);
        var max = Math.Max(punten.Max(p => p.P90), referentie ?? double.MinValue);
        var (onder, boven, stap) = Schaal(min, max);
        var plotB = Breedte - Links - Rechts;
        var plotH = Hoogte - Boven - Onder;
        double X(int i) => Links + plotB * i / (double)(punten.Count - 1);
        double Y(double v) => Boven + plotH * (1 - (v - onder) / (boven - onder));

        var sb = Begin(titel, $"{titel}. Lijn: mediaan (P50); band: P10 tot P90 van {punten.Count} maanden, van {punten[0].Datum:yyyy-MM} tot {punten[^1].Datum:yyyy-MM}.");
        Assen(sb, onder, boven, stap, Y, eenheid);
        for (var i = 0; i < punten.Count; i++)
            if (punten[i].Datum.Month == 1 || i == 0 || i == punten.Count - 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(i))}\" y1=\"{Boven + plotH}\" x2=\"{F(X(i))}\" y2=\"{Boven + plotH + 5}\" stroke=\"#333\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{Boven + plotH + 20}\" text-anchor=\"middle\" font-size=\"12\">{punten[i].Datum:MM-yyyy}</text>");
            }
        var band = new StringBuilder();
        for (var i = 0; i < punten.Count; i++) band.Append(F(X(i))).Append(',').Append(F(Y(punten[i].P90))).Append(' ');
        for (var i = punten.Count - 1; i >= 0; i--) band.Append(F(X(i))).Append(',').Append(F(Y(punten[i].P10))).Append(' ');
        sb.Append($"<polygon points=\"{band.ToString().Trim()}\" fill=\"#7aa7d9\" fill-opacity=\"0.45\" stroke=\"none\"><title>P10-P90</title></polygon>");
        sb.Append($"<polyline points=\"{Lijn(punten.Select(p => p.P50), X, Y)}\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2.5\"><title>P50</title></polyline>");
        if (punten.All(p => p.Centraal is not null))
            sb.Append($"<polyline points=\"{Lijn(punten.Select(p => p.Centraal!.Value), X, Y)}\" fill=\"none\" stroke=\"#154273\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"><title>centraal</title></polyline>");
        if (referentie is { } r)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{F(Y(r))}\" x2=\"{Breedte - Rechts}\" y2=\"{F(Y(r))}\" stroke=\"#b3261e\" stroke-dasharray=\"2,3\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte - Rechts}\" y=\"{F(Y(r) - 6)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#b3261e\">{Esc(referentieLabel ?? Nederlands.Geheel((long)r))}</text>");
        }
        Legenda(sb, [("#154273", "mediaan (P50)"), ("#7aa7d9", "P10-P90"), ("#154273", "centraal (gestreept)")]);
        return Eind(sb);
    }

    public static string Tornado(string titel, string eenheid, double basis, IReadOnlyList<TornadoBalk> balken)
    {
        var rijen = Math.Max(1, balken.Count);
        var hoogte = Boven + Onder + rijen * 28;
        var waarden = balken.SelectMany(b => new[] { b.BijMinimum, b.BijMaximum }).Append(basis).ToList();
        var (onder, boven, stap) = Schaal(waarden.Min(), waarden.Max());
        const int labelBreedte = 300;
        var plotB = Breedte - labelBreedte - Rechts;
        double X(double v) => labelBreedte + plotB * (v - onder) / (boven - onder);

        var sb = Begin(titel, $"{titel}. Per parameter de behoefte bij de laagste en de hoogste waarde, rond de centrale uitkomst van {Nederlands.Geheel((long)Math.Round(basis))} {eenheid}.", hoogte);
        for (var v = onder; v <= boven + stap / 2; v += stap)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(v))}\" y1=\"{Boven}\" x2=\"{F(X(v))}\" y2=\"{hoogte - Onder}\" stroke=\"#ddd\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(v))}\" y=\"{hoogte - Onder + 18}\" text-anchor=\"middle\" font-size=\"12\">{Nederlands.Geheel((long)Math.Round(v))}</text>");
        }
        for (var i = 0; i < balken.Count; i++)
        {
            var b = balken[i];
            var y = Boven + i * 28 + 4;
            var lo = Math.Min(b.BijMinimum, b.BijMaximum);
            var hi = Math.Max(b.BijMinimum, b.BijMaximum);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelBreedte - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Esc(b.Naam)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(lo))}\" y=\"{y}\" width=\"{F(Math.Max(1, X(hi) - X(lo)))}\" height=\"20\" fill=\"#7aa7d9\"><title>{Esc(b.Naam)}: {Nederlands.Geheel((long)Math.Round(b.BijMinimum))} bij minimum, {Nederlands.Geheel((long)Math.Round(b.BijMaximum))} bij maximum</title></rect>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(basis))}\" y1=\"{Boven - 6}\" x2=\"{F(X(basis))}\" y2=\"{hoogte - Onder}\" stroke=\"#154273\" stroke-width=\"2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte / 2}\" y=\"{hoogte - 12}\" text-anchor=\"middle\" font-size=\"13\">{Esc(eenheid)}</text>");
        return Eind(sb);
    }

    /// <summary>The opening of a chart 860 wide: the svg element with ids <c>titel</c> and <c>beschrijving</c>, a white background and the title.</summary>
    internal static StringBuilder Begin(string titel, string beschrijving, int hoogte = Hoogte)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Breedte} {hoogte}\" width=\"{Breedte}\" height=\"{hoogte}\" role=\"img\" aria-labelledby=\"titel beschrijving\" font-family=\"Arial, Helvetica, sans-serif\">");
        sb.Append($"<title id=\"titel\">{Esc(titel)}</title><desc id=\"beschrijving\">{Esc(beschrijving)}</desc>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Breedte}\" height=\"{hoogte}\" fill=\"#fff\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Breedte / 2}\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Esc(titel)}</text>");
        return sb;
    }

    private static string Eind(StringBuilder sb) => sb.Append("</svg>\n").ToString();

    /// <summary>The horizontal grid with its value labels (whole numbers by default), the y-axis label and both axes of a chart 860 x 420.</summary>
    internal static void Assen(StringBuilder sb, double onder, double boven, double stap, Func<double, double> y, string eenheid, Func<double, string>? label = null)
    {
        for (var v = onder; v <= boven + stap / 2; v += stap)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{F(y(v))}\" x2=\"{Breedte - Rechts}\" y2=\"{F(y(v))}\" stroke=\"#ddd\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Links - 8}\" y=\"{F(y(v) + 4)}\" text-anchor=\"end\" font-size=\"12\">{Esc(label?.Invoke(v) ?? Nederlands.Geheel((long)Math.Round(v)))}</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"18\" y=\"{Hoogte / 2}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {Hoogte / 2})\">{Esc(eenheid)}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{Boven}\" x2=\"{Links}\" y2=\"{Hoogte - Onder}\" stroke=\"#333\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Links}\" y1=\"{Hoogte - Onder}\" x2=\"{Breedte - Rechts}\" y2=\"{Hoogte - Onder}\" stroke=\"#333\"/>");
    }

    private static void Legenda(StringBuilder sb, IReadOnlyList<(string Kleur, string Tekst)> items)
    {
        var x = Links + 10;
        foreach (var (kleur, tekst) in items)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Hoogte - 22}\" width=\"14\" height=\"10\" fill=\"{kleur}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 20}\" y=\"{Hoogte - 13}\" font-size=\"12\">{Esc(tekst)}</text>");
            x += 30 + tekst.Length * 7;
        }
    }

    /// <summary>A rounded axis: 4 to 8 steps of 1, 2 or 5 times a power of ten.</summary>
    internal static (double Onder, double Boven, double Stap) Schaal(double min, double max)
    {
        if (max <= min) max = min + 1;
        var ruw = (max - min) / 6;
        var macht = Math.Pow(10, Math.Floor(Math.Log10(ruw)));
        var stap = new[] { 1, 2, 5, 10 }.Select(f => f * macht).First(s => s >= ruw);
        return (Math.Floor(min / stap) * stap, Math.Ceiling(max / stap) * stap, stap);
    }

    private static string Lijn(IEnumerable<double> waarden, Func<int, double> x, Func<double, double> y) =>
        string.Join(' ', waarden.Select((v, i) => F(x(i)) + "," + F(y(v))));

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
