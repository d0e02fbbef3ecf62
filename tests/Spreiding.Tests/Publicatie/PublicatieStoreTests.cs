using Spreiding.Core.Publicatie;
using Spreiding.Core.Raming;
using Spreiding.Data.Opslag;
using Spreiding.Data.Publicatie;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;
using Spreiding.Tests.Data.Opslag;

namespace Spreiding.Tests.Publicatie;

public sealed class PublicatieStoreOpSqlite() : PublicatieStoreTests(new SqliteDoel());

public sealed class PublicatieStoreOpPostgres() : PublicatieStoreTests(new PostgresDoel());

/// <summary>Storing publications: the same specification on every engine.</summary>
public abstract class PublicatieStoreTests(Opslagdoel doel) : IDisposable
{
    private static readonly DateTimeOffset T1 = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public void Dispose()
    {
        doel.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static PublicatieInhoud Inhoud2024(int? totaal = null)
    {
        var regels = RegelsLoader.Bundled(2024);
        var indeling = IndelingLoader.Bundled();
        var raming = RamingEngine.Bereken(new RamingInvoer(regels, indeling, BundledData.Bevolking2023(indeling), BundledData.SesWoaVerzameld(),
            new RamingOpties(Totaal: totaal, Sleuteltype: "inwoners")));
        var invoer = Herberekening.Invoer(raming, PublicatieSoorten.Raming, Herberekening.BundledRegelsInhoud(2024),
            new OptiesInvoer(totaal, null, "inwoners", null, null, null), indeling);
        return Herberekening.Inhoud(invoer);
    }

    [SkippableFact]
    public void A_stored_publication_reads_back_with_the_same_canonical_bytes_and_hash()
    {
        var store = new PublicatieStore(doel.Open());
        var inhoud = Inhoud2024();

        var p = store.Bewaar(inhoud, "test", T1);

        Assert.Equal("2024-1", p.Id);
        Assert.Equal(T1, p.AangemaaktOp);
        Assert.Equal(inhoud.CanoniekeTekst(), store.Vind("2024-1").Inhoud.CanoniekeTekst());
        Assert.Equal(inhoud.Sha256(), p.Sha256);
        Assert.True(Herberekening.Controleer(p).Klopt);
    }

    [SkippableFact]
    public void Numbers_are_sequential_per_cycle()
    {
        var store = new PublicatieStore(doel.Open());
        store.Bewaar(Inhoud2024(), "test", T1);
        store.Bewaar(Inhoud2024(95000), "test", T1.AddMinutes(1));

        Assert.Equal(["2024-1", "2024-2"], store.Ids());
    }

    [SkippableFact]
    public void The_schema_refuses_updates_and_deletes_of_publications()
    {
        var db = doel.Open();
        new PublicatieStore(db).Bewaar(Inhoud2024(), "test", T1);

        foreach (var sql in new[]
        {
            "UPDATE publicatie SET totaal = 1",
            "DELETE FROM publicatie",
            "UPDATE publicatie_gemeente SET plaatsen = 0",
            "DELETE FROM publicatie_gemeente",
            "UPDATE publicatie_provincie SET plaatsen = 0",
            "DELETE FROM publicatie_provincie",
        })
        {
            var e = Assert.ThrowsAny<System.Data.Common.DbException>(() => Opslagdoel.Voer(db, sql));
            Assert.Contains("onveranderlijk", e.Message);
        }
        Assert.True(Herberekening.Controleer(new PublicatieStore(db).Vind("2024-1")).Klopt);
    }

    [Fact]
    public void The_canonical_form_leaves_out_the_id_the_date_and_the_code_version()
    {
        var tekst = Inhoud2024().CanoniekeTekst();

        Assert.StartsWith("{\"invoer\":{\"bevolking\":{\"attributie\":\"CBS, CC BY 4.0\"", tekst);
        Assert.EndsWith("}}\n", tekst);
        Assert.Single(tekst, '\n');
        Assert.DoesNotContain("aangemaakt", tekst);
        Assert.DoesNotContain("code_versie", tekst);
        Assert.Equal(Inhoud2024().Sha256(), Inhoud2024().Sha256());
    }
}
