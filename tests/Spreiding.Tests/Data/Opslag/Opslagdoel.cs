using System.Data.Common;
using Npgsql;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Data.Opslag;

/// <summary>
/// One engine for the store tests, with a fresh empty store per test class instance (so per test): a temporary
/// SQLite file, or a fresh schema in the PostgreSQL database named by <c>SPREIDING_TEST_PG</c>.
/// </summary>
public abstract class Opslagdoel : IDisposable
{
    private readonly List<SpreidingDatabase> _geopend = [];

    public abstract OpslagSoort Soort { get; }

    /// <summary>What <see cref="SpreidingDatabase.Open"/> gets. Skips (or, with CI=true, fails) when the engine is unavailable.</summary>
    public abstract string Doel { get; }

    /// <summary>Opens the store; every call is a separate instance with its own connections.</summary>
    public SpreidingDatabase Open()
    {
        var db = SpreidingDatabase.Open(Doel);
        _geopend.Add(db);
        return db;
    }

    public static void Voer(SpreidingDatabase db, string sql)
    {
        using var connection = db.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Waarde(SpreidingDatabase db, string sql)
    {
        using var connection = db.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Makes the database itself refuse to store any version of location <paramref name="id"/> (a trigger).</summary>
    public abstract void WeigerVersiesVan(SpreidingDatabase db, string id);

    /// <summary>Returns once another writer is blocked waiting for a lock this test holds.</summary>
    public abstract void WachtTotEenSchrijverWacht(SpreidingDatabase db);

    public virtual void Dispose()
    {
        foreach (var db in _geopend) db.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDoel : Opslagdoel
{
    public override OpslagSoort Soort => OpslagSoort.Sqlite;

    public override string Doel { get; } = Path.Combine(TestData.TempDirectory(), "spreiding.db");

    public override void WeigerVersiesVan(SpreidingDatabase db, string id) =>
        Voer(db, $"CREATE TRIGGER weiger_versie BEFORE INSERT ON locatie_versie WHEN NEW.locatie_id = '{id}' BEGIN SELECT RAISE(ABORT, 'test: versie geweigerd'); END;");

    /// <summary>SQLite cannot be asked who waits for its lock; the other writer waits in its busy handler (5 s).</summary>
    public override void WachtTotEenSchrijverWacht(SpreidingDatabase db) => Thread.Sleep(500);
}

public sealed class PostgresDoel : Opslagdoel
{
    public const string Variabele = "SPREIDING_TEST_PG";

    private string? _basis;
    private string? _schema;
    private string? _doel;

    public override OpslagSoort Soort => OpslagSoort.PostgreSql;

    /// <summary>A connection string whose search path is a schema made for this test alone.</summary>
    public override string Doel => _doel ??= MaakSchema();

    /// <summary>
    /// The PostgreSQL tests are skipped when <c>SPREIDING_TEST_PG</c> is absent, except in CI (<c>CI=true</c>),
    /// where a missing server is a failure rather than a silent skip.
    /// </summary>
    public static string Basis()
    {
        var basis = Environment.GetEnvironmentVariable(Variabele);
        if (!string.IsNullOrWhiteSpace(basis)) return basis;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"{Variabele} is not set while CI=true: the PostgreSQL store tests must run in CI. " +
                "Start a server with: eval \"$(scripts/postgres start DIR)\" (scripts/test does this), or set " +
                $"{Variabele} to a connection string such as Host=127.0.0.1;Port=54329;Username=postgres;Database=spreiding_test.");
        Skip.If(true, $"{Variabele} is not set; start PostgreSQL with: eval \"$(scripts/postgres start DIR)\"");
        throw new InvalidOperationException("unreachable");
    }

    private string MaakSchema()
    {
        _basis = Basis();
        var schema = "t_" + Guid.NewGuid().ToString("N")[..20];
        using (var connection = new NpgsqlConnection(_basis))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }
        _schema = schema;
        return new NpgsqlConnectionStringBuilder(_basis) { SearchPath = schema, ApplicationName = schema }.ConnectionString;
    }

    public override void WeigerVersiesVan(SpreidingDatabase db, string id) => Voer(db, $"""
        CREATE FUNCTION weiger_versie() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.locatie_id = '{id}' THEN RAISE EXCEPTION 'test: versie geweigerd'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER weiger_versie BEFORE INSERT ON locatie_versie FOR EACH ROW EXECUTE FUNCTION weiger_versie();
        """);

    public override void WachtTotEenSchrijverWacht(SpreidingDatabase db)
    {
        var tot = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < tot)
        {
            var wachtend = Convert.ToInt64(Waarde(db,
                $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{_schema}' AND wait_event_type = 'Lock'"),
                System.Globalization.CultureInfo.InvariantCulture);
            if (wachtend > 0) return;
            Thread.Sleep(20);
        }
        throw new TimeoutException("the second writer never waited for the first one's lock");
    }

    public override void Dispose()
    {
        base.Dispose();
        if (_schema is null || _basis is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_basis);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>Locations and diffs for the store tests.</summary>
public static class Locaties
{
    public static readonly DateTimeOffset T1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset T2 = T1.AddDays(7);
    public static readonly DateTimeOffset T3 = T2.AddDays(7);

    public static Locatie L(string id, int plaatsen = 100, string? naam = null, string gemeente = "GM0363") =>
        new(id, naam ?? $"Locatie {id}", GemeenteCode.Parse(gemeente), plaatsen, plaatsen / 10, LocatieSoort.Regulier, LocatieFase.InGebruik,
            new DateOnly(2024, 1, 1), new DateOnly(2027, 12, 31), new Bestuursovereenkomst(true, new DateOnly(2023, 11, 15), new DateOnly(2027, 12, 31)),
            "COA locatieoverzicht", null);

    public static IReadOnlyList<Locatie> Reeks(int aantal, string voorvoegsel = "L") =>
        Enumerable.Range(1, aantal).Select(i => L($"{voorvoegsel}{i:D5}", plaatsen: 50 + i % 400)).ToList();

    public static RegisterVerschil Toevoegen(IReadOnlyList<Locatie> nieuw) => new(nieuw, [], [], 0);

    public static readonly IReadOnlyDictionary<string, int> GeenVersies = new Dictionary<string, int>();

    public static void VoegToe(this LocatieStore store, DateTimeOffset op, params Locatie[] nieuw) =>
        store.Pas(Toevoegen(nieuw), GeenVersies, "import", op);

    public static long Tel(SpreidingDatabase db, string tabel) =>
        Convert.ToInt64(Opslagdoel.Waarde(db, $"SELECT count(*) FROM {tabel}"), System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsDatabasefout(Exception e) => e is DbException;
}
