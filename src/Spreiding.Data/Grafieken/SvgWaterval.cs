using System.Globalization;
using System.Text;
using static Spreiding.Data.Grafieken.SvgGrafiek;

namespace Spreiding.Data.Grafieken;

/// <summary>What a bar of a waterfall is: a starting level, a change on top of the level so far, or a total.</summary>
public enum WatervalSoort
{
    /// <summary>A bar from 0 to the value; the level becomes the value.</summary>
    Begin,
    /// <summary>A bar from the level so far to the level plus the value (up when positive, down when negative).</summary>
    Stap,
    /// <summary>A bar from 0 to the value; the level becomes the value (e.g. the outcome).</summary>
    Totaal,
}

/// <summary>One bar of a waterfall chart.</summary>
/// <param name="Label">The value as people read it (Dutch notation, with a sign for a change), shown above the bar.</param>
public sealed record Watervalstap(string Naam, double Waarde, WatervalSoort Soort, string Label);

/// <summary>
/// A server-side SVG waterfall chart in the frame of <see cref="SvgGrafiek"/> (size, title, axes): no script, no external fonts, no
/// inline styles (presentation attributes only), a title and a description that lists every step for screen
/// readers, and a tooltip per bar. Increases and decreases differ in colour and in the sign of their label, so
/// colour is never the only cue.
/// </summary>
public static class SvgWaterval
{
    private const string Niveau = "#154273";
    private const string Omhoog = "#2e7d32";
    private const string Omlaag = "#b3261e";

    /// <param name="titel">Shown above the chart and read first by screen readers.</param>
    /// <param name="eenheid">The y-axis label.</param>
    /// <param name="stappen">The bars, left to right; the first is normally a <see cref="WatervalSoort.Begin"/>.</param>
    /// <param name="toelichting">A sentence added to the description (e.g. a quantity in another unit).</param>
    public static string Waterval(string titel, string eenheid, IReadOnlyList<Watervalstap> stappen, string? toelichting = null)
    {
        if (stappen.Count == 0) throw new ArgumentException("Een waterval heeft minstens één stap.", nameof(stappen));
        var balken = new List<(Watervalstap Stap, double Van, double Tot)>(stappen.Count);
        var niveau = 0.0;
        foreach (var s in stappen)
        {
            if (!double.IsFinite(s.Waarde)) throw new ArgumentException($"De stap '{s.Naam}' heeft geen eindige waarde.", nameof(stappen));
            var van = s.Soort == WatervalSoort.Stap ? niveau : 0;
            niveau = s.Soort == WatervalSoort.Stap ? niveau + s.Waarde : s.Waarde;
            balken.Add((s, van, niveau));
        }
        var waarden = balken.SelectMany(b => new[] { b.Van, b.Tot }).Append(0).ToList();
        var (onder, boven, stap) = Schaal(waarden.Min(), waarden.Max());
        var plotB = Breedte - Links - Rechts;
        var plotH = Hoogte - Boven - Onder;
        double Y(double v) => Boven + plotH * (1 - (v - onder) / (boven - onder));
        var vak = plotB / (double)balken.Count;
        var balkB = Math.Min(90, vak * 0.6);
        double X(int i) => Links + vak * i + (vak - balkB) / 2;

        var beschrijving = new StringBuilder($"{titel}. ");
        beschrijving.AppendJoin("; ", stappen.Select(s => $"{s.Naam}: {s.Label}")).Append('.');
        if (!string.IsNullOrWhiteSpace(toelichting)) beschrijving.Append(' ').Append(toelichting);

        var sb = Begin(titel, beschrijving.ToString(), Hoogte);
        Assen(sb, onder, boven, stap, Y, eenheid, v => AsLabel(v, stap));

        for (var i = 0; i < balken.Count; i++)
        {
            var (s, van, tot) = balken[i];
            var boven1 = Y(Math.Max(van, tot));
            var hoogte = Math.Max(1, Y(Math.Min(van, tot)) - boven1);
            var kleur = s.Soort != WatervalSoort.Stap ? Niveau : s.Waarde < 0 ? Omlaag : Omhoog;
            var midden = X(i) + balkB / 2;
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"waterval-{(s.Soort == WatervalSoort.Stap ? "stap" : "niveau")}\" x=\"{F(X(i))}\" y=\"{F(boven1)}\" width=\"{F(balkB)}\" height=\"{F(hoogte)}\" fill=\"{kleur}\"><title>{Esc(s.Naam)}: {Esc(s.Label)}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(midden)}\" y=\"{F(boven1 - 6)}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{Esc(s.Label)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(midden)}\" y=\"{Boven + plotH + 20}\" text-anchor=\"middle\" font-size=\"12\">{Esc(s.Naam)}</text>");
            if (i + 1 < balken.Count)
                sb.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{F(X(i) + balkB)}\" y1=\"{F(Y(tot))}\" x2=\"{F(X(i + 1))}\" y2=\"{F(Y(tot))}\" stroke=\"#666\" stroke-dasharray=\"3,3\"/>");
        }
        return sb.Append("</svg>\n").ToString();
    }

    private static string AsLabel(double v, double stap) =>
        stap >= 1 ? Spreiding.Core.Nederlands.Geheel((long)Math.Round(v)) : Spreiding.Core.Nederlands.Decimaal((decimal)v, 2);
}
