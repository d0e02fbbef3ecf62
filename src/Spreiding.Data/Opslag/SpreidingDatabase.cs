using Microsoft.Data.Sqlite;

namespace Spreiding.Data.Opslag;

/// <summary>
/// The embedded store: one SQLite file (by default in the user's data directory). Migrations are
/// applied when it is opened; every import runs in one transaction, so an interrupted import
/// leaves the database as it was.
/// </summary>
public sealed class SpreidingDatabase
{
    /// <summary>Ordered schema steps; a step is never edited once released, only appended.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE dataset (
            id INTEGER PRIMARY KEY,
            soort TEXT NOT NULL CHECK (soort IN ('bevolking', 'ses-woa')),
            peildatum TEXT NULL,
            periode TEXT NULL,
            bron TEXT NOT NULL,
            attributie TEXT NOT NULL,
            url TEXT NULL,
            bestand TEXT NOT NULL,
            formaat TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            geimporteerd_op TEXT NOT NULL,
            rijen INTEGER NOT NULL
        );
        CREATE TABLE dataset_waarde (
            dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
            gemeentecode TEXT NOT NULL,
            waarde TEXT NOT NULL,
            PRIMARY KEY (dataset_id, gemeentecode)
        );
        """,
    ];

    public string Path { get; }

    private SpreidingDatabase(string path) => Path = path;

    /// <summary>The default location: <c>$XDG_DATA_HOME/spreiding/spreiding.db</c> or its platform equivalent.</summary>
    public static string DefaultPath() =>
        System.IO.Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "spreiding",
            "spreiding.db");

    public static SpreidingDatabase Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var db = new SpreidingDatabase(full);
        db.Migrate();
        return db;
    }

    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public int SchemaVersion()
    {
        using var connection = Connect();
        return CurrentVersion(connection);
    }

    private void Migrate()
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_versie (versie INTEGER PRIMARY KEY, toegepast_op TEXT NOT NULL);";
            create.ExecuteNonQuery();
        }
        var current = CurrentVersion(connection);
        if (current > Migrations.Length)
            throw new InvalidOperationException(
                $"Database {Path} has schema version {current}, newer than this program knows ({Migrations.Length}).");
        for (var version = current + 1; version <= Migrations.Length; version++)
        {
            using var step = connection.CreateCommand();
            step.CommandText = Migrations[version - 1];
            step.ExecuteNonQuery();
            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_versie (versie, toegepast_op) VALUES ($v, $t);";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static int CurrentVersion(SqliteConnection connection)
    {
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COALESCE(MAX(versie), 0) FROM schema_versie;";
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
