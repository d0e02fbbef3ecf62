using System.Text;
using BenchmarkDotNet.Attributes;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Raming;
using Spreiding.Data.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;

namespace Spreiding.Bench;

/// <summary>
/// Issue 3: importing a 10,000-row register (read and validate the CSV, compute the diff, write it to a fresh
/// SQLite database in one transaction), and the opgave for all 342 municipalities once register and raming
/// are loaded. The register is generated (benchmark input, not data).
/// </summary>
[MemoryDiagnoser]
public class RegisterBenchmarks
{
    private string _directory = null!;
    private string _csv = null!;
    private GemeentelijkeIndeling _indeling = null!;
    private DateOnly _indelingOp;
    private Capaciteitsraming _raming = null!;
    private Telregels _telregels = null!;
    private IReadOnlyList<Locatie> _register = null!;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "spreiding-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _indeling = IndelingLoader.Bundled();
        var regels = RegelsLoader.Bundled(2024);
        _indelingOp = regels.IndelingOp.Waarde;
        var gemeenten = _indeling.OpDatum(_indelingOp);
        var sb = new StringBuilder("id,naam,gemeentecode,plaatsen,amv_plaatsen,soort,fase,begindatum,einddatum,bo_getekend,bo_datum,bo_einddatum,bron,opmerkingen\n");
        string[] fasen = ["in-gebruik", "in-realisatie", "in-planvorming", "gesloten"];
        string[] soorten = ["regulier", "regulier", "amv", "noodopvang", "bijzondere-aard"];
        for (var i = 0; i < 10_000; i++)
        {
            var g = gemeenten[i % gemeenten.Count];
            sb.Append($"B-{i:00000},Benchmarklocatie {i},{g.Code},{80 + i % 900},{i % 30},{soorten[i % soorten.Length]},{fasen[i % fasen.Length]},")
              .Append($"{2015 + i % 12}-0{1 + i % 9}-01,{2029 + i % 10}-12-31,{(i % 7 == 0 ? "nee" : "ja")},2014-01-01,{2029 + i % 10}-12-31,benchmark,\n");
        }
        _csv = Path.Combine(_directory, "register-10000.csv");
        File.WriteAllText(_csv, sb.ToString());

        _raming = RamingEngine.Bereken(new RamingInvoer(regels, _indeling, BundledData.Bevolking2023(_indeling), null,
            new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder)));
        _telregels = regels.Telregels!;
        _register = LocatieBestand.Lees(_csv, _indeling, _indelingOp);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public int Importeer10000Rijen()
    {
        using var database = SpreidingDatabase.OpenSqlite(Path.Combine(_directory, $"import-{_run++}.db"));
        var locaties = LocatieBestand.Lees(_csv, _indeling, _indelingOp);
        return new LocatieStore(database).Importeer(locaties, volledig: true, "benchmark", DateTimeOffset.UnixEpoch).Toegevoegd.Count;
    }

    [Benchmark]
    public OpgaveOverzicht OpgaveAlleGemeenten() => OpgaveEngine.PerGemeente(_raming, _telregels, _register);
}
