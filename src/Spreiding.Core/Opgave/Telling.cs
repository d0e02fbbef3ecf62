using Spreiding.Core.Locaties;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Opgave;

public enum TelUitkomst
{
    Telt,
    TeltDeels,
    TeltNiet,
}

/// <summary>The counting rules, in the order they are applied.</summary>
public enum TelCriterium
{
    Soort,
    Omvang,
    Bestuursovereenkomst,
    BeschikbaarUiterlijk,
    BeschikbaarTotMinstens,
    BestuursovereenkomstTotMinstens,
    Duur,
    Fase,
}

/// <summary>One rule applied to one location, and whether the location met it.</summary>
public readonly record struct Toets(TelCriterium Criterium, bool Voldaan);

/// <summary>
/// How one location was counted: every rule applied and its outcome, kept as data, so that the Dutch
/// explanation (<see cref="Redenen"/>) is a rendering of the same checks.
/// </summary>
/// <param name="Factor">The share of the places that counts in the location's phase.</param>
public sealed record LocatieTelling(Locatie Locatie, TelUitkomst Uitkomst, int GeteldePlaatsen, decimal Factor, IReadOnlyList<Toets> Toetsen, Telregels Regels)
{
    public IReadOnlyList<string> Redenen => Toetsen.Select(t => TelUitleg.Zin(this, t)).ToList();
}

/// <summary>Applies the counting rules to one location. Pure: the same location and rules, the same outcome.</summary>
public static class Telling
{
    public static LocatieTelling Tel(Locatie l, Telregels r)
    {
        var toetsen = new List<Toets>(8);
        var telt = true;

        void Toets(TelCriterium criterium, bool voldaan)
        {
            toetsen.Add(new Toets(criterium, voldaan));
            telt &= voldaan;
        }

        Toets(TelCriterium.Soort, r.Soorten.Waarde.Contains(l.Soort));
        Toets(TelCriterium.Omvang, l.Plaatsen > r.MinimumPlaatsenMeerDan.Waarde);
        if (r.BestuursovereenkomstVereist.Waarde)
            Toets(TelCriterium.Bestuursovereenkomst, l.Bestuursovereenkomst.Getekend);
        Toets(TelCriterium.BeschikbaarUiterlijk,
            l.Begindatum is { } begin ? begin <= r.BeschikbaarUiterlijk.Waarde : l.Fase == LocatieFase.InGebruik);
        if (r.BeschikbaarTotMinstens.Waarde is { } tot)
        {
            Toets(TelCriterium.BeschikbaarTotMinstens, l.Einddatum is null || l.Einddatum >= tot);
            if (r.BestuursovereenkomstVereist.Waarde && l.Bestuursovereenkomst.Getekend)
                Toets(TelCriterium.BestuursovereenkomstTotMinstens,
                    l.Bestuursovereenkomst.Einddatum is null || l.Bestuursovereenkomst.Einddatum >= tot);
        }
        Toets(TelCriterium.Duur,
            l.Einddatum is null || (l.Begindatum is { } start && l.Einddatum >= start.AddYears(r.MinimaleDuurJaren.Waarde)));
        var factor = r.FaseFactoren.TryGetValue(l.Fase, out var f) ? f.Waarde : 0m;
        Toets(TelCriterium.Fase, factor > 0);

        if (!telt) return new LocatieTelling(l, TelUitkomst.TeltNiet, 0, factor, toetsen, r);
        if (factor >= 1) return new LocatieTelling(l, TelUitkomst.Telt, l.Plaatsen, factor, toetsen, r);
        // Partly counted places are rounded down: a margin never adds a place that may not come.
        return new LocatieTelling(l, TelUitkomst.TeltDeels, (int)decimal.Floor(l.Plaatsen * factor), factor, toetsen, r);
    }
}

/// <summary>The Dutch sentence for one applied rule, naming the rule's source where a location fails it.</summary>
public static class TelUitleg
{
    public static string Zin(LocatieTelling t, Toets toets)
    {
        var l = t.Locatie;
        var r = t.Regels;
        var ja = toets.Voldaan;
        switch (toets.Criterium)
        {
            case TelCriterium.Soort:
                return ja
                    ? $"soort '{l.Soort.Naam()}' telt mee"
                    : $"soort '{l.Soort.Naam()}' telt niet mee (alleen {string.Join(", ", r.Soorten.Waarde.Select(s => s.Naam()))}; {r.Soorten.Bron})";
            case TelCriterium.Omvang:
                return ja
                    ? $"{Geheel(l.Plaatsen)} plaatsen, meer dan {r.MinimumPlaatsenMeerDan.Waarde}"
                    : $"{Geheel(l.Plaatsen)} plaatsen, niet meer dan {r.MinimumPlaatsenMeerDan.Waarde} ({r.MinimumPlaatsenMeerDan.Bron})";
            case TelCriterium.Bestuursovereenkomst:
                return ja ? "bestuursovereenkomst getekend" : $"geen getekende bestuursovereenkomst ({r.BestuursovereenkomstVereist.Bron})";
            case TelCriterium.BeschikbaarUiterlijk:
                var uiterlijk = r.BeschikbaarUiterlijk.Waarde;
                if (l.Begindatum is { } b)
                    return ja
                        ? $"beschikbaar vanaf {b:yyyy-MM-dd}, uiterlijk {uiterlijk:yyyy-MM-dd}"
                        : $"pas beschikbaar vanaf {b:yyyy-MM-dd}, na {uiterlijk:yyyy-MM-dd} ({r.BeschikbaarUiterlijk.Bron})";
                return ja ? "in gebruik" : $"geen begindatum en niet in gebruik ({r.BeschikbaarUiterlijk.Bron})";
            case TelCriterium.BeschikbaarTotMinstens:
                var tot = r.BeschikbaarTotMinstens.Waarde;
                return ja
                    ? l.Einddatum is { } e ? $"beschikbaar tot {e:yyyy-MM-dd}, op of na {tot:yyyy-MM-dd}" : "geen einddatum"
                    : $"einddatum {l.Einddatum:yyyy-MM-dd} ligt voor {tot:yyyy-MM-dd} ({r.BeschikbaarTotMinstens.Bron})";
            case TelCriterium.BestuursovereenkomstTotMinstens:
                return ja
                    ? "bestuursovereenkomst loopt door tot na de horizon"
                    : $"bestuursovereenkomst eindigt {l.Bestuursovereenkomst.Einddatum:yyyy-MM-dd}, voor {r.BeschikbaarTotMinstens.Waarde:yyyy-MM-dd} ({r.BeschikbaarTotMinstens.Bron})";
            case TelCriterium.Duur:
                var jaren = r.MinimaleDuurJaren.Waarde;
                if (ja) return l.Einddatum is null ? "geen einddatum: duurzaam" : $"beschikbaar voor minstens {jaren} jaar";
                return l.Begindatum is null
                    ? $"einddatum zonder begindatum: duur van {jaren} jaar niet aan te tonen ({r.MinimaleDuurJaren.Bron})"
                    : $"korter dan {jaren} jaar beschikbaar ({l.Begindatum:yyyy-MM-dd} tot {l.Einddatum:yyyy-MM-dd}; {r.MinimaleDuurJaren.Bron})";
            default:
                var bron = r.FaseFactoren.TryGetValue(l.Fase, out var f) ? f.Bron : "de fase staat niet in de telregels";
                if (!ja) return $"fase '{l.Fase.Naam()}' telt niet mee ({bron})";
                if (t.Uitkomst == TelUitkomst.TeltNiet) return $"fase '{l.Fase.Naam()}' zou meetellen, maar een andere regel sluit de locatie uit";
                return t.Factor >= 1
                    ? $"fase '{l.Fase.Naam()}' telt volledig"
                    : $"fase '{l.Fase.Naam()}' telt voor {Procent(t.Factor, 0)}: {Geheel((long)decimal.Floor(l.Plaatsen * t.Factor))} van {Geheel(l.Plaatsen)} plaatsen ({bron})";
        }
    }
}
