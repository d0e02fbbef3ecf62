using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Tests;

/// <summary>Rendered pages are reused per state of the data, and a change to the data is seen within the stated time.</summary>
public sealed class RamingDienstTests : IDisposable
{
    private sealed class Klok : TimeProvider
    {
        public DateTimeOffset Nu { get; set; } = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Nu;
    }

    private readonly string _map = Path.Combine(Path.GetTempPath(), "spreiding-web-dienst-" + Guid.NewGuid().ToString("N"));
    private readonly SpreidingDatabase _db;

    public RamingDienstTests()
    {
        Directory.CreateDirectory(_map);
        _db = SpreidingDatabase.Open(Path.Combine(_map, "spreiding.db"));
    }

    [Fact]
    public void A_rendering_is_reused_until_the_register_changes_and_the_stated_time_has_passed()
    {
        var klok = new Klok();
        var dienst = new RamingDienst(_db, klok);
        var gemaakt = 0;
        string Pagina() => dienst.Onthoud("pagina", () => $"versie {++gemaakt}");

        Assert.Equal("versie 1", Pagina());
        Assert.Equal("versie 1", Pagina());

        new LocatieStore(_db).Importeer(
            [new Locatie("A", "AZC A", GemeenteCode.Parse("GM0363"), 500, 0, LocatieSoort.Regulier, LocatieFase.InGebruik, null, null, Bestuursovereenkomst.Geen)],
            volledig: true, "test", klok.Nu);
        Assert.Equal("versie 1", Pagina()); // within StandGeldig the state is not read again

        klok.Nu += RamingDienst.StandGeldig + TimeSpan.FromMilliseconds(1);
        Assert.Equal("versie 2", Pagina());
        Assert.Equal("versie 2", Pagina());
    }

    [Fact]
    public void Variant_renderings_are_bounded_oldest_first_and_a_failure_is_not_kept()
    {
        var dienst = new RamingDienst(_db, new Klok());
        var gemaakt = 0;
        string Variant(int i) => dienst.OnthoudVariant($"variant:{i}", () => $"versie {i} ({++gemaakt})");

        Assert.Equal("versie 0 (1)", Variant(0));
        Assert.Equal("versie 0 (1)", Variant(0)); // made once
        for (var i = 1; i <= RamingDienst.MaximumVarianten; i++) Variant(i);
        Assert.Equal(RamingDienst.MaximumVarianten, dienst.AantalVarianten);
        Assert.Equal(RamingDienst.MaximumVarianten + 1, gemaakt);
        Assert.Equal($"versie 0 ({RamingDienst.MaximumVarianten + 2})", Variant(0)); // the oldest was dropped, so it is made again
        Assert.Equal($"versie {RamingDienst.MaximumVarianten} ({RamingDienst.MaximumVarianten + 1})", Variant(RamingDienst.MaximumVarianten)); // the newest was kept

        var pogingen = 0;
        string Faalt() => dienst.OnthoudVariant<string>("faalt", () => ++pogingen == 1 ? throw new InvalidOperationException("eerste keer") : "gelukt");
        Assert.Throws<InvalidOperationException>(Faalt);
        Assert.Equal("gelukt", Faalt());
        Assert.Equal(2, pogingen);
    }

    public void Dispose()
    {
        _db.Dispose();
        try { Directory.Delete(_map, recursive: true); } catch (IOException) { }
    }
}
