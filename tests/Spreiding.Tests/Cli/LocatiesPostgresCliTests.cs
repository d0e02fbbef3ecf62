using Spreiding.Cli;
using Spreiding.Tests.Data.Opslag;

namespace Spreiding.Tests.Cli;

/// <summary>The same command line on the shared PostgreSQL store (a fresh schema per test).</summary>
public sealed class LocatiesPostgresCliTests : IDisposable
{
    private readonly PostgresDoel _doel = new();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(["--db", _doel.Doel, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [SkippableFact]
    public void Example_register_on_PostgreSQL_gives_the_letters_national_arithmetic()
    {
        Assert.Equal(0, Run("locaties", "voorbeeld").Exit);
        var result = Run("opgave", "--cyclus", "2026", "--niveau", "land", "--formaat", "csv");
        Assert.Equal(0, result.Exit);
        Assert.EndsWith("88000,50000,38000,50000,38000\n", result.Out);
        var again = Run("locaties", "voorbeeld", "--dry-run");
        Assert.Contains("0 toegevoegd, 0 gewijzigd, 0 verwijderd, 152 ongewijzigd", again.Out);
    }

    [SkippableFact]
    public void Imported_datasets_are_kept_in_PostgreSQL_too()
    {
        var status = Run("data", "status");
        Assert.Equal(0, status.Exit);
        Assert.Contains("postgresql://", status.Out);
    }

    public void Dispose() => _doel.Dispose();
}
