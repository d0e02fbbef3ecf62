using BenchmarkDotNet.Attributes;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Prognose;
using Spreiding.Core.Raming;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;
using Spreiding.Data.Scenarios;

namespace Spreiding.Bench;

/// <summary>
/// Issue 4: 10,000 Monte Carlo runs of the 36-month model of <c>scenarios/brief-2026.yaml</c> (all levers of the
/// letter), each with a full distribution over the 342 municipalities (cycle 2026 rules, population-only key on
/// the bundled 2023 population, as the scenario file says) and the percentiles per municipality and province.
/// </summary>
[MemoryDiagnoser]
public class ScenarioBenchmarks
{
    private Scenario _scenario = null!;
    private Capaciteitsraming _raming = null!;
    private double _doelbezetting;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Spreiding.sln"))) dir = dir.Parent;
        _scenario = ScenarioLoader.Lees(Path.Combine(dir.FullName, "scenarios", "brief-2026.yaml"));
        var regels = RegelsLoader.Bundled(_scenario.Verdeling.Cyclus);
        _doelbezetting = (double)regels.Prognose!.Doelbezetting.Waarde;
        var indeling = IndelingLoader.Bundled();
        _raming = RamingEngine.Bereken(new RamingInvoer(regels, indeling, BundledData.Bevolking2023(indeling), null,
            new RamingOpties(Totaal: 75000, Sleuteltype: _scenario.Verdeling.Sleutel, Gelijkspel: new TieRule.Lot(2026))));
    }

    [Benchmark]
    public PrognoseVerdelingResultaat MonteCarlo10000MetVerdeling()
    {
        var mc = MonteCarlo.Draai(_scenario, _doelbezetting, 10_000, 2026);
        return PrognoseVerdeling.Verdeel(_raming, mc.Totalen(), 2026);
    }
}
