using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Prognose;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Regels;

namespace Spreiding.Data.Scenarios;

/// <summary>One scenario computed: Monte Carlo, the raming whose key and method apply, and every run distributed over the municipalities.</summary>
public sealed record Doorrekening(Scenario Scenario, Cyclusregels Regels, MonteCarloResultaat MonteCarlo, Capaciteitsraming Raming, PrognoseVerdelingResultaat Verdeling)
{
    public Prognoseregels Prognoseregels => ScenarioDoorrekening.Prognoseregels(Regels);
}

/// <summary>
/// A scenario computed as <c>spreiding scenario run</c> and the web pages do it: the Monte Carlo runs with the cycle's
/// target occupancy, the raming of the scenario's cycle (its key, method and population date, total = the central need,
/// ties by lot with the seed), each run's national need shared out with that raming, and the remaining task after the
/// places the register counts.
/// </summary>
public static class ScenarioDoorrekening
{
    public static Doorrekening Reken(
        Scenario scenario, int runs, ulong zaad, Gegevensbronnen bronnen, IReadOnlyList<Locatie> register, Action<int, int>? voortgang = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(bronnen);
        ArgumentNullException.ThrowIfNull(register);
        var regels = RegelsLoader.Bundled(scenario.Verdeling.Cyclus);
        var doelbezetting = (double)Prognoseregels(regels).Doelbezetting.Waarde;
        var monteCarlo = MonteCarlo.Draai(scenario, doelbezetting, runs, zaad, voortgang);

        var bevolking = bronnen.Bevolking(scenario.Verdeling.BevolkingPeildatum ?? regels.PeildatumBevolking.Waarde, null);
        var raming = RamingEngine.Bereken(new RamingInvoer(regels, bronnen.Indeling, bevolking,
            bronnen.SesWoa(null, regels.IndelingOp.Waarde),
            new RamingOpties(Totaal: MonteCarloResultaat.AfrondenHalfOmhoog(monteCarlo.CentraleBehoefte), Sleuteltype: scenario.Verdeling.Sleutel,
                Gelijkspel: new TieRule.Lot(zaad))));
        var verdeling = PrognoseVerdeling.Verdeel(raming, monteCarlo.Totalen(), zaad, Geteld(regels, register));
        return new Doorrekening(scenario, regels, monteCarlo, raming, verdeling);
    }

    /// <summary>The cycle's forecast parameters (target occupancy, revision threshold), or a Dutch error when its rules have none.</summary>
    public static Prognoseregels Prognoseregels(Cyclusregels regels) =>
        regels.Prognose ?? throw new InvalidInputException($"De regels van cyclus {regels.Cyclus} hebben geen prognoseparameters (doelbezetting).");

    /// <summary>Counted places per municipality from the register, with the cycle's counting rules (empty register: none).</summary>
    public static IReadOnlyDictionary<GemeenteCode, int> Geteld(Cyclusregels regels, IReadOnlyList<Locatie> register)
    {
        if (register.Count == 0 || regels.Telregels is null) return new Dictionary<GemeenteCode, int>();
        return OpgaveEngine.Landelijk(regels, regels.Telregels, register).Tellingen
            .GroupBy(t => t.Locatie.Gemeente)
            .ToDictionary(g => g.Key, g => g.Sum(t => t.GeteldePlaatsen));
    }
}
