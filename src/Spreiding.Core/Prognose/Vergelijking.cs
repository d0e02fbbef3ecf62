using Spreiding.Core.Indeling;
using Spreiding.Core.Regels;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Prognose;

/// <summary>The national need of both, and of the per-run difference scenario - baseline (runs paired by index).</summary>
public sealed record LandelijkeVergelijking(Percentielen Basis, Percentielen Scenario, Percentielen Verschil);

/// <summary>One municipality: P50 places of both, their difference, and percentiles of the per-run difference (scenario - baseline).</summary>
public sealed record GemeenteVergelijking(
    Gemeente Gemeente, string ProvincieNaam, int BasisP50, int ScenarioP50, GeheelPercentielen VerschilPerRun,
    int BasisResterendP50, int ScenarioResterendP50, GeheelPercentielen VerschilResterendPerRun)
{
    /// <summary>Scenario P50 minus baseline P50.</summary>
    public int VerschilP50 => ScenarioP50 - BasisP50;
    public int VerschilResterendP50 => ScenarioResterendP50 - BasisResterendP50;
}

/// <summary>One province: as <see cref="GemeenteVergelijking"/>, with the provincial task to realise.</summary>
public sealed record ProvincieVergelijking(
    Provincie Provincie, int BasisP50, int ScenarioP50, GeheelPercentielen VerschilPerRun,
    int BasisTeRealiserenP50, int ScenarioTeRealiserenP50, GeheelPercentielen VerschilTeRealiserenPerRun)
{
    public int VerschilP50 => ScenarioP50 - BasisP50;
    public int VerschilTeRealiserenP50 => ScenarioTeRealiserenP50 - BasisTeRealiserenP50;
}

/// <summary>
/// The revision check of art. 2 lid 2 wet: flagged when |scenario P50 - baseline P50| / baseline P50 exceeds the threshold
/// (strictly), with a Dutch sentence stating the evidence.
/// </summary>
/// <param name="RelatiefVerschil">|VerschilP50| / BasisP50 (0 when both are 0, infinite when only the baseline is 0).</param>
public sealed record Herzieningstoets(
    bool Gemarkeerd, double BasisP50, double ScenarioP50, double VerschilP50, double RelatiefVerschil, double Drempel, Percentielen VerschilPerRun, string Zin);

public sealed record Vergelijkingsresultaat(
    string Basis,
    string Scenario,
    DateOnly Peildatum,
    int Runs,
    ulong Zaad,
    LandelijkeVergelijking Landelijk,
    IReadOnlyList<ProvincieVergelijking> Provincies,
    IReadOnlyList<GemeenteVergelijking> Gemeenten,
    Herzieningstoets Herziening);

/// <summary>
/// Compares a scenario with the baseline. Both must be Monte Carlo results with the same seed and number of runs, so run r
/// of both drew the same value for every figure they share (see <see cref="Toeval"/>) and the per-run difference isolates
/// the levers. Distributions (optional, both or neither) must be over the same municipalities.
/// </summary>
public static class Vergelijking
{
    /// <summary>With the threshold of the cycle's rules (<see cref="Prognoseregels.HerzieningsDrempel"/>).</summary>
    public static Vergelijkingsresultaat Vergelijk(
        MonteCarloResultaat basis, MonteCarloResultaat scenario, Prognoseregels regels,
        PrognoseVerdelingResultaat? basisVerdeling = null, PrognoseVerdelingResultaat? scenarioVerdeling = null)
    {
        ArgumentNullException.ThrowIfNull(regels);
        return Vergelijk(basis, scenario, (double)regels.HerzieningsDrempel.Waarde, basisVerdeling, scenarioVerdeling);
    }

    public static Vergelijkingsresultaat Vergelijk(
        MonteCarloResultaat basis, MonteCarloResultaat scenario, double herzieningsDrempel,
        PrognoseVerdelingResultaat? basisVerdeling = null, PrognoseVerdelingResultaat? scenarioVerdeling = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(scenario);
        if (basis.Zaad != scenario.Zaad || basis.Runs != scenario.Runs)
            throw new InvalidInputException(
                $"De basis ({basis.Runs} runs, zaad {basis.Zaad}) en het scenario ({scenario.Runs} runs, zaad {scenario.Zaad}) zijn niet met " +
                "hetzelfde zaad en aantal runs doorgerekend; alleen dan zijn de runs paarsgewijs te vergelijken.");
        if (basis.Peildatum != scenario.Peildatum)
            throw new InvalidInputException(
                $"De basis meet de behoefte op {Datum(basis.Peildatum)}, het scenario op {Datum(scenario.Peildatum)}; vergelijk op dezelfde peildatum.");
        if ((basisVerdeling is null) != (scenarioVerdeling is null))
            throw new InvalidInputException("Geef een verdeling voor zowel de basis als het scenario, of voor geen van beide.");

        var runs = basis.Runs;
        var verschil = new double[runs];
        for (var r = 0; r < runs; r++) verschil[r] = scenario.BehoeftePerRun[r] - basis.BehoeftePerRun[r];
        var landelijk = new LandelijkeVergelijking(basis.Landelijk, scenario.Landelijk, Percentiel.VanInPlaats(verschil));
        var toets = Toets(basis.Scenario.Naam, scenario.Scenario.Naam, basis.Peildatum, basis.Landelijk.P50, scenario.Landelijk.P50,
            landelijk.Verschil, herzieningsDrempel);

        IReadOnlyList<GemeenteVergelijking> gemeenten = [];
        IReadOnlyList<ProvincieVergelijking> provincies = [];
        if (basisVerdeling is not null && scenarioVerdeling is not null)
            (gemeenten, provincies) = Verdelingen(basisVerdeling, scenarioVerdeling, runs);

        return new Vergelijkingsresultaat(basis.Scenario.Naam, scenario.Scenario.Naam, basis.Peildatum, runs, basis.Zaad,
            landelijk, provincies, gemeenten, toets);
    }

    private static (GemeenteVergelijking[], ProvincieVergelijking[]) Verdelingen(
        PrognoseVerdelingResultaat b, PrognoseVerdelingResultaat s, int runs)
    {
        if (b.Runs != runs || s.Runs != runs)
            throw new InvalidInputException(
                $"De verdelingen hebben {b.Runs} en {s.Runs} runs, de Monte Carlo-uitkomsten {runs}; verdeel de totalen van dezelfde runs.");
        var n = b.Gemeenten.Count;
        var gelijk = n == s.Gemeenten.Count && b.Provincies.Count == s.Provincies.Count;
        for (var g = 0; gelijk && g < n; g++) gelijk = b.Gemeenten[g].Gemeente.Code == s.Gemeenten[g].Gemeente.Code;
        for (var p = 0; gelijk && p < b.Provincies.Count; p++) gelijk = b.Provincies[p].Provincie.Code == s.Provincies[p].Provincie.Code;
        if (!gelijk)
            throw new InvalidInputException("De verdelingen van basis en scenario gaan niet over dezelfde gemeenten en provincies; gebruik dezelfde raming.");

        var werk = new int[runs];
        var werkRest = new int[runs];
        var gemeenten = new GemeenteVergelijking[n];
        for (var g = 0; g < n; g++)
        {
            int gb = b.Geteld(g), gs = s.Geteld(g);
            for (var r = 0; r < runs; r++)
            {
                int pb = b.Plaatsen(r, g), ps = s.Plaatsen(r, g);
                werk[r] = ps - pb;
                werkRest[r] = Math.Max(0, ps - gs) - Math.Max(0, pb - gb);
            }
            var bg = b.Gemeenten[g];
            var sg = s.Gemeenten[g];
            gemeenten[g] = new GemeenteVergelijking(bg.Gemeente, bg.ProvincieNaam, bg.Plaatsen.P50, sg.Plaatsen.P50, Percentiel.VanInPlaats(werk),
                bg.Resterend.P50, sg.Resterend.P50, Percentiel.VanInPlaats(werkRest));
        }
        var provincies = new ProvincieVergelijking[b.Provincies.Count];
        for (var p = 0; p < provincies.Length; p++)
        {
            int gb = b.ProvincieGeteld(p), gs = s.ProvincieGeteld(p);
            for (var r = 0; r < runs; r++)
            {
                int pb = b.ProvinciePlaatsen(r, p), ps = s.ProvinciePlaatsen(r, p);
                werk[r] = ps - pb;
                werkRest[r] = Math.Max(0, ps - gs) - Math.Max(0, pb - gb);
            }
            var bp = b.Provincies[p];
            var sp = s.Provincies[p];
            provincies[p] = new ProvincieVergelijking(bp.Provincie, bp.Plaatsen.P50, sp.Plaatsen.P50, Percentiel.VanInPlaats(werk),
                bp.TeRealiseren.P50, sp.TeRealiseren.P50, Percentiel.VanInPlaats(werkRest));
        }
        return (gemeenten, provincies);
    }

    /// <summary>
    /// The revision check on its own: flagged when |<paramref name="scenarioP50"/> - <paramref name="basisP50"/>| / <paramref name="basisP50"/>
    /// &gt; <paramref name="drempel"/> (strictly: exactly the threshold is not flagged).
    /// </summary>
    public static Herzieningstoets Toets(
        string basisNaam, string scenarioNaam, DateOnly peildatum, double basisP50, double scenarioP50, Percentielen verschilPerRun, double drempel)
    {
        if (!double.IsFinite(drempel) || drempel < 0)
            throw new InvalidInputException($"De herzieningsdrempel moet een aandeel van 0 of meer zijn (gegeven {drempel}).");
        var verschil = scenarioP50 - basisP50;
        var relatief = verschil == 0 ? 0 : basisP50 > 0 ? Math.Abs(verschil) / basisP50 : double.PositiveInfinity;
        var gemarkeerd = relatief > drempel;

        var richting = verschil switch
        {
            < 0 => $"verlaagt de landelijke behoefte op {Datum(peildatum)} met {Geheel(Plaatsen(-verschil))} plaatsen",
            > 0 => $"verhoogt de landelijke behoefte op {Datum(peildatum)} met {Geheel(Plaatsen(verschil))} plaatsen",
            _ => $"verandert de landelijke behoefte op {Datum(peildatum)} niet",
        };
        var zin = $"Scenario '{scenarioNaam}' {richting} ten opzichte van de basis '{basisNaam}' " +
                  $"(mediaan {Geheel(Plaatsen(scenarioP50))} tegen {Geheel(Plaatsen(basisP50))}; verschil per run van P10 tot P90: " +
                  $"{Getal(verschilPerRun.P10)} tot {Getal(verschilPerRun.P90)}). ";
        var aandeel = double.IsPositiveInfinity(relatief)
            ? "De basis is 0 plaatsen, dus elk verschil is groter"
            : $"Dat is {Procent((decimal)relatief, 1)} van de basis, {(gemarkeerd ? "meer dan" : "niet meer dan")}";
        zin += $"{aandeel} de herzieningsdrempel van {Procent((decimal)drempel, 1)}: " +
               (gemarkeerd
                   ? "het scenario is een aanwijzing voor aantoonbare effecten die een tussentijdse wijziging van de capaciteitsraming kunnen rechtvaardigen (art. 2 lid 2 wet)."
                   : "op grond van dit scenario is er geen aanleiding voor een tussentijdse wijziging van de capaciteitsraming.");
        return new Herzieningstoets(gemarkeerd, basisP50, scenarioP50, verschil, relatief, drempel, verschilPerRun, zin);
    }

    private static long Plaatsen(double x) => (long)Math.Round(x, MidpointRounding.AwayFromZero);

    private static string Getal(double x)
    {
        var afgerond = Plaatsen(x);
        return afgerond > 0 ? "+" + Geheel(afgerond) : Geheel(afgerond);
    }
}
