namespace Spreiding.Core.Prognose;

/// <summary>A known figure to check the model against.</summary>
/// <param name="Grootheid">One of <see cref="Grootheden"/>: a stock or occupancy on the date, the need, or a cumulative
/// outflow since the scenario's start date.</param>
/// <param name="Bron">Where the known figure comes from.</param>
public sealed record Ijkpunt(DateOnly Datum, string Grootheid, double Bekend, string Bron);

/// <summary>The model against one checkpoint.</summary>
/// <param name="Fout">Model - known (positive: the model is too high).</param>
/// <param name="RelatieveFout">Fout / known; null when the known figure is 0.</param>
public sealed record IjkpuntUitkomst(Ijkpunt Ijkpunt, double Model, double Fout, double? RelatieveFout)
{
    public double AbsoluteFout => Math.Abs(Fout);
    public double? AbsoluteRelatieveFout => RelatieveFout is { } r ? Math.Abs(r) : null;
}

/// <param name="GemiddeldeAbsoluteRelatieveFout">Mean of |relative error| over the checkpoints that have one; null when none has.</param>
public sealed record Backtestresultaat(
    string Scenario, Prognosepad Pad, IReadOnlyList<IjkpuntUitkomst> Uitkomsten, double? GemiddeldeAbsoluteRelatieveFout);

/// <summary>
/// The central path from a past start state with known inflows (the scenario's parameters), against known figures.
/// Values between month points are linear in days, as on the peildatum.
/// </summary>
public static class Backtest
{
    public static Backtestresultaat Draai(Scenario scenario, IReadOnlyList<Ijkpunt> ijkpunten, double doelbezetting)
    {
        ArgumentNullException.ThrowIfNull(ijkpunten);
        var pad = Prognosemodel.Simuleer(scenario, doelbezetting);
        var uitkomsten = new List<IjkpuntUitkomst>(ijkpunten.Count);
        foreach (var ijk in ijkpunten)
        {
            if (ijk is null) throw new InvalidInputException("Een ijkpunt is leeg.");
            if (!double.IsFinite(ijk.Bekend))
                throw new InvalidInputException($"Het ijkpunt '{ijk.Grootheid}' op {ijk.Datum:yyyy-MM-dd} heeft geen eindige bekende waarde.");
            var model = pad.Waarde(ijk.Grootheid, ijk.Datum);
            uitkomsten.Add(Vergelijk(ijk, model));
        }
        var relatief = uitkomsten.Where(u => u.AbsoluteRelatieveFout is not null).Select(u => u.AbsoluteRelatieveFout!.Value).ToList();
        return new Backtestresultaat(scenario.Naam, pad, uitkomsten, relatief.Count > 0 ? relatief.Average() : null);
    }

    /// <summary>The error arithmetic: fout = model - bekend, relatief = fout / bekend (null when bekend is 0).</summary>
    public static IjkpuntUitkomst Vergelijk(Ijkpunt ijkpunt, double model)
    {
        ArgumentNullException.ThrowIfNull(ijkpunt);
        var fout = model - ijkpunt.Bekend;
        return new IjkpuntUitkomst(ijkpunt, model, fout, ijkpunt.Bekend == 0 ? null : fout / ijkpunt.Bekend);
    }
}
