using Spreiding.Core.Raming;
using Spreiding.Data.Grafieken;
using Spreiding.Web.Infrastructure;
using static Spreiding.Core.Nederlands;
using static Spreiding.Web.Infrastructure.Html;

namespace Spreiding.Web.Features.Gemeenten;

/// <summary>
/// The steps of <see cref="Uitleg.Voor"/> as a waterfall chart in places: the share by inhabitants, the SES-WOA
/// correction and the normalisation as changes, the rounding as a change, and the outcome. The numbers come from the
/// data the raming kept (not from the step texts); the inhabitants, another unit, are named in the description. The
/// list of steps under the chart stays the text alternative.
/// </summary>
public static class Waterval
{
    public static Markup Grafiek(Capaciteitsraming raming, GemeenteRaming g, IReadOnlyList<Uitlegstap> stappen)
    {
        var svg = SvgWaterval.Waterval($"Van aandeel naar aantal plaatsen: {g.Gemeente.Naam}", "plaatsen", Stappen(raming, g, stappen),
            $"{g.Gemeente.Naam} had {Geheel(g.Inwoners)} inwoners op {Datum(raming.Bevolking.Peildatum)}.");
        return Pagina.Grafiek(svg, "waterval", H($"De stappen staan ook als tekst in de lijst onder de grafiek."));
    }

    /// <summary>The chart's bars, in the order of the explanation; steps in another unit or without a number are left out.</summary>
    public static IReadOnlyList<Watervalstap> Stappen(Capaciteitsraming raming, GemeenteRaming g, IReadOnlyList<Uitlegstap> stappen)
    {
        var inwoners = g.Inwonersquotum.ToDecimal();
        // The corrected weight's share before normalisation: totaal x gewicht / som van de inwoners.
        var gecorrigeerd = raming.SomInwoners == 0 ? inwoners : raming.Totaal * g.Gewicht / raming.SomInwoners;
        var quotum = g.Quotum.ToDecimal();
        var balken = new List<Watervalstap>();
        foreach (var s in stappen)
        {
            var balk = s.Stap switch
            {
                "Aandeel naar inwoners" => new Watervalstap(s.Stap, (double)inwoners, WatervalSoort.Begin, Decimaal(inwoners, 2)),
                "SES-WOA-correctie" => Verandering(s.Stap, gecorrigeerd - inwoners),
                "Normalisatie" => Verandering(s.Stap, quotum - gecorrigeerd),
                "Afronding" => Verandering(s.Stap, g.Plaatsen - quotum),
                "Uitkomst" => new Watervalstap(s.Stap, g.Plaatsen, WatervalSoort.Totaal, Geheel(g.Plaatsen)),
                _ => null,
            };
            if (balk is not null) balken.Add(balk);
        }
        return balken;
    }

    private static Watervalstap Verandering(string naam, decimal verschil) =>
        new(naam, (double)verschil, WatervalSoort.Stap, (verschil > 0 ? "+" : verschil < 0 ? "" : "±") + Decimaal(verschil, 2));
}
