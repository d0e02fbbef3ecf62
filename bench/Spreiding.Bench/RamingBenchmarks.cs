using BenchmarkDotNet.Attributes;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Raming;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;

namespace Spreiding.Bench;

/// <summary>
/// One full raming of the 342 municipalities of cycle 2024 (key, two apportionments: total and amv,
/// and the per-municipality explain records), per method. The SES-WOA case uses synthetic scores
/// (a deterministic spread over [-0.4, 0.4]): benchmark input, not data.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RamingBenchmarks
{
    private RamingInvoer _invoer = null!;

    [Params("gepubliceerd", "grootste-overschot", "sainte-lague", "dhondt", "huntington-hill")]
    public string Methode { get; set; } = "";

    [Params("ses-woa", "inwoners")]
    public string Sleutel { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var indeling = IndelingLoader.Bundled();
        var regels = RegelsLoader.Bundled(2024);
        var bevolking = BundledData.Bevolking2023(indeling);
        var gemeenten = indeling.OpDatum(regels.IndelingOp.Waarde);
        var synthetic = new SesWoa("synthetisch", new Bron("synthetische benchmarkinvoer", "-"),
            gemeenten.ToDictionary(g => g.Code, g => (g.Code.Number * 37 % 801 - 400) / 1000m));
        _invoer = new RamingInvoer(regels, indeling, bevolking, synthetic,
            new RamingOpties(Methode: ApportionmentMethods.Parse(Methode), Sleuteltype: Sleutel, Gelijkspel: new TieRule.Lot(2024)));
    }

    [Benchmark]
    public Capaciteitsraming VolledigeRaming() => RamingEngine.Bereken(_invoer);
}
