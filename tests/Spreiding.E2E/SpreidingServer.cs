using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Data.Referentie;

namespace Spreiding.E2E;

/// <summary>
/// The real Spreiding.Web application, in this process, on Kestrel on a free loopback port
/// (<c>http://127.0.0.1:0</c>, the port is chosen by the OS), on a temporary SQLite database of its own with the
/// bundled example register loaded, so that the municipality pages list locations.
/// </summary>
/// <remarks>
/// In process rather than a launched <c>dotnet Spreiding.Web.dll</c>: no second build output to find, no child
/// process to kill on a failed run, no port to poll; the address is known as soon as <see cref="Start"/> returns,
/// and the database is configured the same way as in tests/Spreiding.Web.Tests. The environment is Production,
/// as on a server (no developer exception page).
/// </remarks>
public sealed class SpreidingServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _instellingen;

    public string DatabasePad { get; } = Path.Combine(Path.GetTempPath(), $"spreiding-e2e-{Guid.NewGuid():N}.db");

    /// <summary>The address Kestrel listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Adres => ClientOptions.BaseAddress;

    /// <param name="instellingen">Extra configuration, such as <c>Spreiding:Inloggen:PogingenPerMinuut</c>.</param>
    public SpreidingServer(IReadOnlyDictionary<string, string>? instellingen = null)
    {
        _instellingen = instellingen ?? new Dictionary<string, string>();
        using (var db = SpreidingDatabase.Open(DatabasePad))
        {
            var indeling = new Gegevensbronnen(new DatasetStore(db)).Indeling;
            using var stream = EmbeddedFiles.Open("voorbeeld/locaties.csv");
            var locaties = LocatieBestand.Lees(stream, "locaties.csv", indeling, new DateOnly(2025, 1, 1));
            new LocatieStore(db).Importeer(locaties, true, "e2e", DateTimeOffset.UtcNow);
        }
        UseKestrel(0);
    }

    /// <summary>Builds the host and starts listening; afterwards <see cref="Adres"/> is the real address.</summary>
    public void Start()
    {
        StartServer();
        if (Adres.Port == 0 || !Adres.IsLoopback)
            throw new InvalidOperationException($"Kestrel did not report a loopback address with a port: {Adres}");
    }

    /// <summary>A server of its own (own database, own sign-in limit), already listening; call <c>await using</c>.</summary>
    public static SpreidingServer StartNieuw(IReadOnlyDictionary<string, string>? instellingen = null)
    {
        var server = new SpreidingServer(instellingen);
        try
        {
            server.Start();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Makes an account directly in the database (as <c>spreiding gebruiker maak</c> does), also while the server runs,
    /// and returns its one-time password.
    /// </summary>
    public string MaakAccount(string naam, Rol rol, ProvincieCode? provincie = null)
    {
        using var db = SpreidingDatabase.Open(DatabasePad);
        var indeling = new Gegevensbronnen(new DatasetStore(db)).Indeling;
        return Accountbeheer.Maak(new GebruikerStore(db), indeling, naam, rol, provincie, null, "test", "test", DateTimeOffset.UtcNow).Wachtwoord;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseEnvironment("Production")
            .UseSetting("Spreiding:Database", DatabasePad)
            .UseSetting("Logging:LogLevel:Default", "Warning"); // not a line per request in the test output
        foreach (var (sleutel, waarde) in _instellingen)
            builder.UseSetting(sleutel, waarde);
    }

    /// <remarks>Also reached from <c>DisposeAsync</c>, which stops the host and then calls this.</remarks>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var f in new[] { DatabasePad, DatabasePad + "-wal", DatabasePad + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }
}
