using System.CommandLine;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Opslag;

namespace Spreiding.Cli.Commands;

/// <summary>What every command may need: the database and the data sources, opened on demand.</summary>
internal sealed class Context(ParseResult parse) : IDisposable
{
    private SpreidingDatabase? _database;

    public TextWriter Out => parse.InvocationConfiguration.Output;
    public TextWriter Error => parse.InvocationConfiguration.Error;

    public SpreidingDatabase Database => _database ??= SpreidingDatabase.Open(
        parse.GetValue(CliApp.DatabaseOption)
        ?? Environment.GetEnvironmentVariable("SPREIDING_DB")
        ?? SpreidingDatabase.DefaultPath());

    public DatasetStore Datasets => new(Database);

    public Gegevensbronnen Bronnen => new(Datasets);

    public LocatieStore Locaties => new(Database);

    /// <summary>Who a change is recorded as: <c>--door</c>, else the operating-system user.</summary>
    public static string Gebruiker(string? door) => string.IsNullOrWhiteSpace(door) ? Environment.UserName : door.Trim();

    public void Dispose() => _database?.Dispose();
}
