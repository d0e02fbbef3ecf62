using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Indeling;
using Spreiding.Core.Verdeelsleutel;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Raming;

/// <summary>One step of the waterfall: a short label, the number after the step, and a sentence.</summary>
public sealed record Uitlegstap(string Stap, string Waarde, string Zin);

/// <summary>
/// "Why is my number what it is": the waterfall inhabitants -> share -> SES-WOA correction ->
/// normalisation -> rounding -> result, rendered from the data the raming kept (no second computation).
/// </summary>
public static class Uitleg
{
    public static IReadOnlyList<Uitlegstap> Voor(Capaciteitsraming raming, GemeenteCode code)
    {
        var g = raming.Gemeente(code);
        var naam = g.Gemeente.Naam;
        var aandeelInwoners = (decimal)g.Inwoners / raming.SomInwoners;
        var stappen = new List<Uitlegstap>
        {
            new("Inwoners", Geheel(g.Inwoners),
                $"{naam} ({g.Gemeente.Code}, provincie {g.ProvincieNaam}) had op {Datum(raming.Bevolking.Peildatum)} " +
                $"{Geheel(g.Inwoners)} inwoners: {Procent(aandeelInwoners, 4)} van de {Geheel(raming.SomInwoners)} inwoners van Nederland."),
            new("Aandeel naar inwoners", Decimaal(g.Inwonersquotum, 2),
                $"Naar inwoners alleen zou {naam} {Procent(aandeelInwoners, 4)} van de {Geheel(raming.Totaal)} plaatsen krijgen: " +
                $"{Decimaal(g.Inwonersquotum, 2)} plaatsen."),
        };

        if (raming.SleutelType == InwonersSesWoaSleutel.TypeNaam && g.SesWoa is { } ses)
            stappen.Add(new("SES-WOA-correctie", Decimaal(g.Gewicht, 2),
                $"De SES-WOA-score van {naam} is {Decimaal(ses, 3)} (CBS, periode {raming.SesWoa?.Periode}; 0 is het landelijk gemiddelde, " +
                $"een hogere score betekent meer welvaart, opleiding en werk). De sleutel vermenigvuldigt de inwoners met " +
                $"{Decimaal(g.Correctiefactor, 3)}: {(g.Correctiefactor >= 1 ? "meer" : "minder")} dan naar inwoners alleen. " +
                $"Het gewicht van {naam} wordt {Decimaal(g.Gewicht, 2)}."));
        else
            stappen.Add(new("SES-WOA-correctie", Decimaal(g.Gewicht, 2),
                $"Er is geen SES-WOA-correctie toegepast (sleutel: {raming.SleutelOmschrijving}); het gewicht van {naam} is het aantal inwoners."));

        var verhouding = raming.SomGewichten / raming.SomInwoners;
        stappen.Add(new("Normalisatie", Decimaal(g.Quotum, 4),
            $"Alle gewichten samen zijn {Decimaal(raming.SomGewichten, 0)}, {Procent(verhouding, 2)} van het aantal inwoners. " +
            $"De {Geheel(raming.Totaal)} plaatsen worden naar verhouding van de gewichten verdeeld: {naam} krijgt precies " +
            $"{Geheel(raming.Totaal)} × {Decimaal(g.Gewicht, 2)} / {Decimaal(raming.SomGewichten, 2)} = {Decimaal(g.Quotum, 4)} plaatsen (het quotum)."));

        stappen.Add(new("Afronding", Geheel(g.Plaatsen), Afronding(raming, g)));

        var provincie = raming.Provincies.First(p => p.Provincie.Code == g.Gemeente.Provincie);
        var amv = g.Amv is { } a
            ? $", waarvan {Geheel(a)} voor alleenstaande minderjarige vreemdelingen (amv; de {Geheel(raming.AmvTotaal ?? 0)} amv-plaatsen zijn met dezelfde sleutel en methode verdeeld)"
            : "";
        stappen.Add(new("Uitkomst", Geheel(g.Plaatsen),
            $"Indicatief aantal voor {naam}: {Geheel(g.Plaatsen)} plaatsen{amv}. De opgave van {provincie.Provincie.Naam} is de som van haar " +
            $"{provincie.AantalGemeenten} gemeenten: {Geheel(provincie.Plaatsen)} plaatsen."));

        if (!raming.IsWettelijk)
            stappen.Add(new("Let op", "niet wettelijk",
                "Dit is niet de wettelijke verdeling, want: " + string.Join("; ", raming.Afwijkingen) + "."));
        return stappen;
    }

    private static string Afronding(Capaciteitsraming raming, GemeenteRaming g)
    {
        var quotum = Decimaal(g.Quotum, 4);
        var begrensd = g.Begrensd ? " Het minimum of maximum per gemeente gaf hier de doorslag." : "";
        switch (raming.Methode)
        {
            case ApportionmentMethod.Published:
                var verschil = raming.Verschil == 0 ? "" :
                    $" Omdat elke gemeente afzonderlijk is afgerond, tellen alle gemeenten samen op tot {Geheel(raming.Toegekend)} " +
                    $"({(raming.Verschil > 0 ? "+" : "")}{raming.Verschil} ten opzichte van {Geheel(raming.Totaal)}).";
                return $"Het quotum {quotum} is afgerond op een heel aantal, een half naar boven: {Geheel(g.Plaatsen)}.{verschil}{begrensd}";
            case ApportionmentMethod.LargestRemainder:
                var rest = g.Quotum.FractionalPart();
                var drempel = KleinsteToegekendeRest(raming);
                var kreeg = g.Plaatsen > g.Quotum.Floor();
                return $"Elke gemeente krijgt eerst het hele deel van haar quotum ({Geheel((long)g.Quotum.Floor())}); de plaatsen die dan overblijven " +
                       $"gaan één voor één naar de gemeenten met de grootste resten. De rest van {g.Gemeente.Naam} is {Decimaal(rest, 4)}; " +
                       (drempel is { } d ? $"de kleinste rest die nog een plaats kreeg was {Decimaal(d, 4)}, " : "") +
                       $"dus {g.Gemeente.Naam} krijgt {(kreeg ? "er één bij" : "er geen bij")}: {Geheel(g.Plaatsen)}.{begrensd}";
            default:
                var deler = raming.Verdeling.Divisor is { } div ? Decimaal(div, 4) : "?";
                var regel = raming.Methode switch
                {
                    ApportionmentMethod.SainteLague => "gewoon afgerond (vanaf ,5 naar boven)",
                    ApportionmentMethod.DHondt => "naar beneden afgerond",
                    _ => "afgerond bij het meetkundig gemiddelde van de twee gehele getallen eromheen",
                };
                return $"Bij {raming.Methode.Description()} wordt elk gewicht gedeeld door dezelfde deler, zo gekozen dat precies " +
                       $"{Geheel(raming.Totaal)} plaatsen worden verdeeld (deler {deler}), en {regel}. Voor {g.Gemeente.Naam} geeft dat " +
                       $"{Geheel(g.Plaatsen)} plaatsen (quotum {quotum}).{begrensd}";
        }
    }

    private static Fraction? KleinsteToegekendeRest(Capaciteitsraming raming)
    {
        Fraction? kleinste = null;
        foreach (var g in raming.Gemeenten)
        {
            if (g.Begrensd || g.Plaatsen <= g.Quotum.Floor()) continue;
            var rest = g.Quotum.FractionalPart();
            if (kleinste is null || rest < kleinste.Value) kleinste = rest;
        }
        return kleinste;
    }
}
