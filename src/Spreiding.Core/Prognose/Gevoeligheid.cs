namespace Spreiding.Core.Prognose;

/// <summary>One bar of a tornado diagram: the need on the peildatum with one figure at its minimum and at its maximum, all others central.</summary>
/// <param name="Zwaai">|need at max - need at min|.</param>
public sealed record Tornadobalk(
    string Naam, GrootheidSoort Soort, double Min, double Centraal, double Max, double BehoefteBijMin, double BehoefteBijMax, string Bron)
{
    public double Zwaai => Math.Abs(BehoefteBijMax - BehoefteBijMin);
}

/// <summary>A one-at-a-time sensitivity analysis around the central path.</summary>
public sealed record Tornado(string Scenario, DateOnly Peildatum, double CentraleBehoefte, IReadOnlyList<Tornadobalk> Balken);

public static class Gevoeligheid
{
    /// <summary>
    /// For every uncertain parameter and lever effect: the need on the peildatum at its minimum and at its maximum with
    /// everything else central. Sorted by swing, largest first; equal swings by name (ordinal), then parameters before levers.
    /// </summary>
    public static Tornado Tornado(Scenario scenario, double doelbezetting)
    {
        var model = Prognosemodel.Bereid(scenario);
        Prognosemodel.ControleerDoelbezetting(doelbezetting);
        var p = model.CentraleParameterwaarden.ToArray();
        var e = model.CentraleEffecten.ToArray();
        var centraal = model.Behoefte(p, e, doelbezetting);
        var balken = new List<Tornadobalk>(model.Onzeker.Count);
        foreach (var o in model.Onzeker)
        {
            var doel = o.Soort == GrootheidSoort.Parameter ? p : e;
            doel[o.Index] = o.Min;
            var bijMin = model.Behoefte(p, e, doelbezetting);
            doel[o.Index] = o.Max;
            var bijMax = model.Behoefte(p, e, doelbezetting);
            doel[o.Index] = o.Modus;
            balken.Add(new Tornadobalk(o.Naam, o.Soort, o.Min, o.Modus, o.Max, bijMin, bijMax, o.Bron));
        }
        var gesorteerd = balken
            .OrderByDescending(b => b.Zwaai)
            .ThenBy(b => b.Naam, StringComparer.Ordinal)
            .ThenBy(b => b.Soort)
            .ToList();
        return new Tornado(scenario.Naam, scenario.BehoeftePeildatum, centraal, gesorteerd);
    }
}
