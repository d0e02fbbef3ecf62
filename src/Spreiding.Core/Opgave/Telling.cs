using Spreiding.Core.Locaties;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Opgave;

public enum TelUitkomst
{
    Telt,
    TeltDeels,
    TeltNiet,
}

/// <summary>How one location was counted, with every rule that decided it, in Dutch.</summary>
/// <param name="Redenen">Each rule that was applied, with its outcome; the first failing rule explains a 'telt niet'.</param>
public sealed record LocatieTelling(Locatie Locatie, TelUitkomst Uitkomst, int GeteldePlaatsen, IReadOnlyList<string> Redenen);

/// <summary>Applies the counting rules to one location. Pure: the same location and rules, the same outcome.</summary>
public static class Telling
{
    public static LocatieTelling Tel(Locatie l, Telregels r)
    {
        var redenen = new List<string>();
        var telt = true;

        void Regel(bool voldaan, string ja, string nee)
        {
            redenen.Add(voldaan ? ja : nee);
            telt &= voldaan;
        }

        Regel(r.Soorten.Waarde.Contains(l.Soort),
            $"soort '{l.Soort.Naam()}' telt mee",
            $"soort '{l.Soort.Naam()}' telt niet mee (alleen {string.Join(", ", r.Soorten.Waarde.Select(s => s.Naam()))}; {r.Soorten.Bron})");
        Regel(l.Plaatsen > r.MinimumPlaatsenMeerDan.Waarde,
            $"{Geheel(l.Plaatsen)} plaatsen, meer dan {r.MinimumPlaatsenMeerDan.Waarde}",
            $"{Geheel(l.Plaatsen)} plaatsen, niet meer dan {r.MinimumPlaatsenMeerDan.Waarde} ({r.MinimumPlaatsenMeerDan.Bron})");

        if (r.BestuursovereenkomstVereist.Waarde)
            Regel(l.Bestuursovereenkomst.Getekend,
                "bestuursovereenkomst getekend",
                $"geen getekende bestuursovereenkomst ({r.BestuursovereenkomstVereist.Bron})");

        var uiterlijk = r.BeschikbaarUiterlijk.Waarde;
        Regel(l.Begindatum is null ? l.Fase == LocatieFase.InGebruik : l.Begindatum <= uiterlijk,
            l.Begindatum is { } b ? $"beschikbaar vanaf {b:yyyy-MM-dd}, uiterlijk {uiterlijk:yyyy-MM-dd}" : "in gebruik",
            l.Begindatum is { } b2
                ? $"pas beschikbaar vanaf {b2:yyyy-MM-dd}, na {uiterlijk:yyyy-MM-dd} ({r.BeschikbaarUiterlijk.Bron})"
                : $"geen begindatum en niet in gebruik ({r.BeschikbaarUiterlijk.Bron})");

        if (r.BeschikbaarTotMinstens.Waarde is { } tot)
        {
            Regel(l.Einddatum is null || l.Einddatum >= tot,
                l.Einddatum is { } e ? $"beschikbaar tot {e:yyyy-MM-dd}, op of na {tot:yyyy-MM-dd}" : "geen einddatum",
                $"einddatum {l.Einddatum:yyyy-MM-dd} ligt voor {tot:yyyy-MM-dd} ({r.BeschikbaarTotMinstens.Bron})");
            if (r.BestuursovereenkomstVereist.Waarde && l.Bestuursovereenkomst.Getekend)
                Regel(l.Bestuursovereenkomst.Einddatum is null || l.Bestuursovereenkomst.Einddatum >= tot,
                    "bestuursovereenkomst loopt door tot na de horizon",
                    $"bestuursovereenkomst eindigt {l.Bestuursovereenkomst.Einddatum:yyyy-MM-dd}, voor {tot:yyyy-MM-dd} ({r.BeschikbaarTotMinstens.Bron})");
        }

        var jaren = r.MinimaleDuurJaren.Waarde;
        var duurzaam = l.Einddatum is null || (l.Begindatum is { } start && l.Einddatum >= start.AddYears(jaren));
        Regel(duurzaam,
            l.Einddatum is null ? "geen einddatum: duurzaam" : $"beschikbaar voor minstens {jaren} jaar",
            l.Begindatum is null
                ? $"einddatum zonder begindatum: duur van {jaren} jaar niet aan te tonen ({r.MinimaleDuurJaren.Bron})"
                : $"korter dan {jaren} jaar beschikbaar ({l.Begindatum:yyyy-MM-dd} tot {l.Einddatum:yyyy-MM-dd}; {r.MinimaleDuurJaren.Bron})");

        var factor = r.FaseFactoren.TryGetValue(l.Fase, out var f) ? f : null;
        if (factor is null || factor.Waarde <= 0)
        {
            Regel(false, "", $"fase '{l.Fase.Naam()}' telt niet mee{(factor is null ? "" : $" ({factor.Bron})")}");
            return new LocatieTelling(l, TelUitkomst.TeltNiet, 0, redenen);
        }
        if (!telt) return new LocatieTelling(l, TelUitkomst.TeltNiet, 0, redenen);

        if (factor.Waarde >= 1)
        {
            redenen.Add($"fase '{l.Fase.Naam()}' telt volledig");
            return new LocatieTelling(l, TelUitkomst.Telt, l.Plaatsen, redenen);
        }
        // Partly counted places are rounded down: a margin never adds a place that may not come.
        var deel = (int)decimal.Floor(l.Plaatsen * factor.Waarde);
        redenen.Add($"fase '{l.Fase.Naam()}' telt voor {Procent(factor.Waarde, 0)}: {Geheel(deel)} van {Geheel(l.Plaatsen)} plaatsen ({factor.Bron})");
        return new LocatieTelling(l, TelUitkomst.TeltDeels, deel, redenen);
    }
}
