using BenchmarkDotNet.Attributes;
using Spreiding.Core.Apportionment;
using Spreiding.Data.Referentie;

namespace Spreiding.Bench;

/// <summary>The apportionment module alone: 342 claimants (2023 inhabitants), 96,000 places.</summary>
[MemoryDiagnoser]
public class ApportionmentBenchmarks
{
    private ApportionmentRequest _request = null!;

    [Params("gepubliceerd", "grootste-overschot", "sainte-lague", "dhondt", "huntington-hill")]
    public string Methode { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var indeling = IndelingLoader.Bundled();
        var bevolking = BundledData.Bevolking2023(indeling);
        var claimants = bevolking.Inwoners.OrderBy(kv => kv.Key).Select(kv => new Claimant(kv.Key.ToString(), kv.Value)).ToArray();
        _request = new ApportionmentRequest(claimants, 96000, ApportionmentMethods.Parse(Methode), new TieRule.Lot(2024));
    }

    [Benchmark]
    public ApportionmentResult Verdeling() => Apportioner.Apportion(_request);
}
