using Microsoft.Data.Sqlite;
using Spreiding.Core;
using Spreiding.Core.Gegevens;
using Spreiding.Data.Opslag;
using Spreiding.Tests.Support;
using static Spreiding.Tests.Data.Opslag.Locaties;

namespace Spreiding.Tests.Data.Opslag;

public sealed class SpreidingDatabaseOpSqlite() : SpreidingDatabaseTests(new SqliteDoel())
{
    [Fact]
    public void Een_bestaand_bestand_met_alleen_migratie_1_krijgt_het_register_erbij_en_houdt_zijn_datasets()
    {
        var pad = Path.Combine(TestData.TempDirectory(), "oud.db");
        using (var oud = new SqliteConnection($"Data Source={pad};Pooling=False"))
        {
            // The schema and a dataset as the release before the register wrote them.
            oud.Open();
            using var command = oud.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_versie (versie INTEGER PRIMARY KEY, toegepast_op TEXT NOT NULL);
                CREATE TABLE dataset (
                    id INTEGER PRIMARY KEY,
                    soort TEXT NOT NULL CHECK (soort IN ('bevolking', 'ses-woa')),
                    peildatum TEXT NULL, periode TEXT NULL, bron TEXT NOT NULL, attributie TEXT NOT NULL, url TEXT NULL,
                    bestand TEXT NOT NULL, formaat TEXT NOT NULL, sha256 TEXT NOT NULL, geimporteerd_op TEXT NOT NULL, rijen INTEGER NOT NULL);
                CREATE TABLE dataset_waarde (
                    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    gemeentecode TEXT NOT NULL, waarde TEXT NOT NULL, PRIMARY KEY (dataset_id, gemeentecode));
                INSERT INTO schema_versie VALUES (1, '2026-12-01T10:00:00.0000000+01:00');
                INSERT INTO dataset VALUES (1, 'ses-woa', NULL, '2022', 'CBS', 'CC BY 4.0', NULL, 'ses.csv', 'plat', 'abc123', '2026-12-01T10:00:00.0000000+01:00', 1);
                INSERT INTO dataset_waarde VALUES (1, 'GM0363', '0.123');
                """;
            command.ExecuteNonQuery();
        }

        using var db = SpreidingDatabase.Open(pad);

        Assert.Equal(SpreidingDatabase.BekendeSchemaVersie, db.SchemaVersion());
        Assert.Equal(0.123m, new DatasetStore(db).LatestSesWoa()!.Scores[Spreiding.Core.Indeling.GemeenteCode.Parse("GM0363")]);
        new LocatieStore(db).VoegToe(T1, L("A"));
        Assert.Single(new LocatieStore(db).Lijst());
    }

    [Fact]
    public void Een_pad_opent_SQLite_en_Path_is_het_volledige_pad()
    {
        var map = TestData.TempDirectory();
        var relatief = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(map, "sub", "host=x.db"));

        using var db = SpreidingDatabase.Open(relatief);

        Assert.Equal(OpslagSoort.Sqlite, db.Soort);
        Assert.Equal(Path.Combine(map, "sub", "host=x.db"), db.Path);
        Assert.True(File.Exists(db.Path));
    }
}

public sealed class SpreidingDatabaseOpPostgres() : SpreidingDatabaseTests(new PostgresDoel())
{
    [SkippableFact]
    public void Path_beschrijft_de_PostgreSQL_database_zonder_wachtwoord()
    {
        var db = Doel.Open();

        Assert.Equal(OpslagSoort.PostgreSql, db.Soort);
        Assert.StartsWith("postgresql://", db.Path);
        Assert.DoesNotContain("assword", db.Path);
    }
}

/// <summary>Opening, engine detection and migrations, the same specification on every engine.</summary>
public abstract class SpreidingDatabaseTests(Opslagdoel doel) : IDisposable
{
    protected Opslagdoel Doel => doel;

    public void Dispose()
    {
        doel.Dispose();
        GC.SuppressFinalize(this);
    }

    private static List<(int Versie, string Op)> Toegepast(SpreidingDatabase db)
    {
        using var connection = db.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT versie, toegepast_op FROM schema_versie ORDER BY versie";
        using var reader = query.ExecuteReader();
        var lijst = new List<(int, string)>();
        while (reader.Read()) lijst.Add((reader.GetInt32(0), reader.GetString(1)));
        return lijst;
    }

    [SkippableFact]
    public void Openen_past_elke_migratie_een_keer_toe_en_legt_haar_vast_in_schema_versie()
    {
        var db = doel.Open();

        Assert.True(SpreidingDatabase.BekendeSchemaVersie >= 3);
        Assert.Equal(SpreidingDatabase.BekendeSchemaVersie, db.SchemaVersion());
        Assert.Equal(Enumerable.Range(1, SpreidingDatabase.BekendeSchemaVersie), Toegepast(db).Select(t => t.Versie));
    }

    [SkippableFact]
    public void Opnieuw_openen_past_niets_opnieuw_toe_en_behoudt_de_gegevens()
    {
        var eerst = doel.Open();
        new LocatieStore(eerst).VoegToe(T1, L("A"));
        var toegepast = Toegepast(eerst);

        var daarna = doel.Open();
        var nogmaals = doel.Open();

        Assert.Equal(toegepast, Toegepast(nogmaals));
        Assert.Equal([L("A")], new LocatieStore(daarna).Lijst());
    }

    [SkippableFact]
    public void Gelijktijdig_openen_migreert_een_keer()
    {
        var databases = new SpreidingDatabase?[4];
        var fouten = new Exception?[4];
        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
        {
            fouten[i] = Record.Exception(() =>
            {
                var db = SpreidingDatabase.Open(doel.Doel);
                databases[i] = db;
            });
        })).ToList();
        _ = doel.Doel; // create the schema (PostgreSQL) before the threads race
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        try
        {
            Assert.All(fouten, Assert.Null);
            Assert.Equal(Enumerable.Range(1, SpreidingDatabase.BekendeSchemaVersie), Toegepast(databases[0]!).Select(t => t.Versie));
        }
        finally
        {
            foreach (var db in databases) db?.Dispose();
        }
    }

    [SkippableFact]
    public void Een_schema_dat_nieuwer_is_dan_het_programma_kent_wordt_geweigerd()
    {
        var db = doel.Open();
        Opslagdoel.Voer(db, "INSERT INTO schema_versie (versie, toegepast_op) VALUES (99, 'later')");

        var e = Assert.Throws<InvalidInputException>(() => doel.Open());

        Assert.Contains("99", e.Message);
        Assert.Equal(99, db.SchemaVersion());
    }

    [SkippableFact]
    public void Datasets_komen_terug_zoals_ze_zijn_opgeslagen_en_de_laatste_import_wint()
    {
        var store = new DatasetStore(doel.Open());
        var bevolking = TestData.Bevolking2023;
        var ses = TestData.FixtureSesWoaComplete();
        var nu = new DateTimeOffset(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(1));

        var id1 = store.SaveBevolking(bevolking, "03759ned.csv", "statline", "aa11", nu);
        var id2 = store.SaveSesWoa(ses, "85900NED.csv", "statline", "bb22", nu.AddMinutes(1));
        var ander = new SesWoa("2023", new Bron("CBS later", "CC BY 4.0", "https://opendata.cbs.nl"), ses.Scores.ToDictionary(kv => kv.Key, kv => kv.Value + 0.001m));
        var id3 = store.SaveSesWoa(ander, "86092NED.csv", "statline", "cc33", nu.AddMinutes(2));

        Assert.True(id1 < id2 && id2 < id3);
        var lijst = store.List();
        Assert.Equal([id1, id2, id3], lijst.Select(d => d.Id));
        Assert.Equal(new DatasetInfo(id1, DatasetSoort.Bevolking, bevolking.Peildatum, null, bevolking.Bron, "03759ned.csv", "statline", "aa11", nu, bevolking.Inwoners.Count), lijst[0]);
        Assert.Equal(nu.Offset, lijst[0].GeimporteerdOp.Offset);
        Assert.Equal(ander.Bron, lijst[2].Bron);

        var terug = store.LatestBevolking(bevolking.Peildatum)!;
        Assert.Equal(bevolking.Inwoners.OrderBy(kv => kv.Key), terug.Inwoners.OrderBy(kv => kv.Key));
        Assert.Null(store.LatestBevolking(new DateOnly(2025, 1, 1)));
        var laatste = store.LatestSesWoa()!;
        Assert.Equal("2023", laatste.Periode);
        Assert.Equal(ander.Scores.OrderBy(kv => kv.Key), laatste.Scores.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Een_verbindingsreeks_of_postgres_URL_betekent_PostgreSQL_en_een_pad_SQLite()
    {
        Assert.True(SpreidingDatabase.IsPostgres("Host=127.0.0.1;Port=5432;Username=u;Database=d"));
        Assert.True(SpreidingDatabase.IsPostgres("Database=d; host = db.example"));
        Assert.True(SpreidingDatabase.IsPostgres("Server=db;Database=d"));
        Assert.True(SpreidingDatabase.IsPostgres("postgres://u:p@db.example:5432/spreiding"));
        Assert.True(SpreidingDatabase.IsPostgres("postgresql://db.example/spreiding"));
        Assert.False(SpreidingDatabase.IsPostgres("/var/lib/spreiding/spreiding.db"));
        Assert.False(SpreidingDatabase.IsPostgres("spreiding.db"));
        Assert.False(SpreidingDatabase.IsPostgres("data/hosts.db"));
    }
}
