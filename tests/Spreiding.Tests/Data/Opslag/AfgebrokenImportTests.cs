using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Spreiding.Core.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Tests.Support;
using static Spreiding.Tests.Data.Opslag.Locaties;

namespace Spreiding.Tests.Data.Opslag;

/// <summary>
/// A process killed (SIGKILL) halfway through a large apply on SQLite. The child is this test assembly itself,
/// started with <c>dotnet exec Spreiding.Tests.dll</c>: its generated entry point does nothing, but the module
/// initializer below runs first and, when <see cref="Opdracht"/> is set in its environment, performs the apply
/// and parks itself halfway, inside the open transaction, until it is killed.
/// </summary>
public sealed class AfgebrokenImportTests
{
    private const string Opdracht = "SPREIDING_TEST_KINDPROCES";
    private const int Aantal = 50_000;
    private const int Halverwege = 25_000;

    [Fact]
    public void Een_proces_dat_halverwege_een_groot_verschil_wordt_gedood_laat_de_database_zoals_hij_was()
    {
        var map = TestData.TempDirectory();
        var pad = Path.Combine(map, "spreiding.db");
        var halverwege = Path.Combine(map, "halverwege");
        RegisterStand voor;
        using (var db = SpreidingDatabase.Open(pad))
        {
            var store = new LocatieStore(db);
            store.VoegToe(T1, L("A", 10), L("B", 10), L("Z", 10));
            voor = store.Stand();
        }

        using var kind = Start(pad, halverwege);
        try
        {
            var tot = DateTime.UtcNow.AddSeconds(120);
            while (!File.Exists(halverwege))
            {
                if (kind.HasExited)
                {
                    kind.WaitForExit();
                    Assert.Fail($"the child exited ({kind.ExitCode}) before it was halfway: {kind.StandardError.ReadToEnd()} {kind.StandardOutput.ReadToEnd()}");
                }
                Assert.True(DateTime.UtcNow < tot, "the child did not get halfway within 2 minutes");
                Thread.Sleep(20);
            }
            Assert.Equal(Halverwege.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(halverwege));
            Assert.True(File.Exists(pad + "-wal"));
        }
        finally
        {
            kind.Kill(entireProcessTree: true);
            kind.WaitForExit();
        }

        using (var db = SpreidingDatabase.Open(pad))
        {
            var store = new LocatieStore(db);
            Assert.Equal(voor.Locaties, store.Stand().Locaties);
            Assert.Equal(voor.Versies.OrderBy(kv => kv.Key), store.Stand().Versies.OrderBy(kv => kv.Key));
            Assert.Equal(3, Locaties.Tel(db, "locatie_versie"));
            Assert.Equal("ok", Opslagdoel.Waarde(db, "PRAGMA integrity_check"));
            // And the database takes the same apply afterwards.
            store.Pas(Verschil(store.Stand()), store.Stand().Versies, "opnieuw", T3);
            Assert.Equal(Aantal + 3, store.Lijst().Count);
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>50,000 new locations and a change to each of A, B and Z.</summary>
    private static RegisterVerschil Verschil(RegisterStand stand) =>
        RegisterVerschil.Bepaal(stand.Locaties, [.. Reeks(Aantal), L("A", 11), L("B", 11), L("Z", 11)], volledig: false);

    private static Process Start(string pad, string halverwege)
    {
        var assembly = typeof(AfgebrokenImportTests).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.Environment[Opdracht] = $"{pad}{Path.PathSeparator}{halverwege}";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    /// <summary>In the child only: apply <see cref="Verschil"/> and wait, halfway, inside the transaction.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The test assembly doubles as the child process of the kill test.")]
    internal static void AlsKindproces()
    {
        if (Environment.GetEnvironmentVariable(Opdracht) is not { Length: > 0 } opdracht) return;
        var delen = opdracht.Split(Path.PathSeparator);
        try
        {
            using var db = SpreidingDatabase.Open(delen[0]);
            var store = new LocatieStore(db)
            {
                NaBewerkingen = n =>
                {
                    if (n != Halverwege) return;
                    File.WriteAllText(delen[1], n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Thread.Sleep(Timeout.Infinite);
                },
            };
            var stand = store.Stand();
            store.Pas(Verschil(stand), stand.Versies, "kindproces", T2);
            Environment.Exit(3); // never reached: the parent kills it halfway
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(e);
            Environment.Exit(2);
        }
    }
}
