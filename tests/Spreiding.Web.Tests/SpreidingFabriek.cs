using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Data.Referentie;

namespace Spreiding.Web.Tests;

/// <summary>The web application on a temporary SQLite database of its own (one per test class).</summary>
public class SpreidingFabriek : WebApplicationFactory<Program>
{
    public string DatabasePad { get; } = Path.Combine(Path.GetTempPath(), $"spreiding-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Spreiding:Database", DatabasePad);

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
