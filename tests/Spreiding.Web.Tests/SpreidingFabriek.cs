using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Net.Http.Json;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Data.Referentie;

namespace Spreiding.Web.Tests;

/// <summary>The web application on a temporary SQLite database of its own (one per test class).</summary>
public class SpreidingFabriek : WebApplicationFactory<Program>
{
    public string DatabasePad { get; } = Path.Combine(Path.GetTempPath(), $"spreiding-web-{Guid.NewGuid():N}.db");

    /// <summary>What the app gets as <c>Spreiding:Database</c>: the SQLite file, or (see <see cref="PostgresFabriek"/>) a connection string.</summary>
    public virtual string Doel => DatabasePad;

    /// <summary>Sign-in attempts a minute per address; the tests sign in often from one address.</summary>
    public virtual int InlogLimiet => 1000;

    /// <summary>The first administrator is made by <see cref="EersteStartTests"/> only; here accounts come from <see cref="Account"/>.</summary>
    public virtual bool EersteBeheerder => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Spreiding:Database", Doel);
        builder.UseSetting("Spreiding:EersteBeheerder", EersteBeheerder ? "true" : "false");
        builder.UseSetting("Spreiding:Inloggen:PogingenPerMinuut", InlogLimiet.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The password every test account gets (test data, not a default of the application).</summary>
    public const string TestWachtwoord = "test-wachtwoord-1234";

    /// <summary>
    /// An account with <see cref="TestWachtwoord"/> (already chosen, so not a one-time password), and a client signed in as it
    /// through <c>POST /api/v1/sessies</c>.
    /// </summary>
    public async Task<HttpClient> Account(string naam, Rol rol, string? provincie = null, string? gemeente = null, bool eenmalig = false)
    {
        using (var db = SpreidingDatabase.Open(Doel))
        {
            var store = new GebruikerStore(db);
            if (store.ZoekOpNaam(naam) is null)
            {
                var (g, _) = Accountbeheer.Maak(store, new Gegevensbronnen(new DatasetStore(db)).Indeling, naam, rol,
                    provincie is null ? null : ProvincieCode.Parse(provincie), gemeente is null ? null : GemeenteCode.Parse(gemeente), "test", "test", DateTimeOffset.UtcNow);
                store.Werk(g with { WachtwoordHash = Accountbeheer.Hash(TestWachtwoord), WachtwoordWijzigen = eenmalig }, null, "test", "test", DateTimeOffset.UtcNow);
            }
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var antwoord = await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = naam, wachtwoord = TestWachtwoord });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, antwoord.StatusCode);
        return client;
    }

    public HttpClient Anoniem() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var f in new[] { DatabasePad, DatabasePad + "-wal", DatabasePad + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }
}

/// <summary>The same, with the bundled example register loaded (VOORBEELDGEGEVENS).</summary>
public sealed class VoorbeeldFabriek : SpreidingFabriek
{
    public VoorbeeldFabriek()
    {
        using var db = SpreidingDatabase.Open(DatabasePad);
        var indeling = new Gegevensbronnen(new DatasetStore(db)).Indeling;
        using var stream = EmbeddedFiles.Open("voorbeeld/locaties.csv");
        var locaties = LocatieBestand.Lees(stream, "locaties.csv", indeling, new DateOnly(2025, 1, 1));
        new LocatieStore(db).Importeer(locaties, true, "test", DateTimeOffset.UtcNow);
    }
}

/// <summary>
/// The web application on PostgreSQL: a schema of its own in the database named by <c>SPREIDING_TEST_PG</c> (set by
/// scripts/test). Without it the tests are skipped, or fail with CI=true.
/// </summary>
public sealed class PostgresFabriek : SpreidingFabriek
{
    private string? _doel;

    public override string Doel => _doel ??= MaakSchema();

    private static string MaakSchema()
    {
        var basis = Environment.GetEnvironmentVariable("SPREIDING_TEST_PG");
        if (string.IsNullOrWhiteSpace(basis))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException("SPREIDING_TEST_PG is not set while CI=true: the web application must be tested on PostgreSQL in CI (scripts/test starts a server).");
            Skip.If(true, "SPREIDING_TEST_PG is not set; start PostgreSQL with: eval \"$(scripts/postgres start DIR)\"");
        }
        var schema = "w_" + Guid.NewGuid().ToString("N")[..20];
        using (var connection = new Npgsql.NpgsqlConnection(basis))
        {
            connection.Open();
            using var create = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(basis) { SearchPath = schema }.ConnectionString;
    }
}
