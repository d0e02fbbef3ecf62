using System.Diagnostics;
using Spreiding.Core;
using Spreiding.Core.Locaties;
using Spreiding.Data.Opslag;
using Xunit.Abstractions;
using static Spreiding.Tests.Data.Opslag.Locaties;

namespace Spreiding.Tests.Data.Opslag;

public sealed class LocatieStoreOpSqlite(ITestOutputHelper output) : LocatieStoreTests(new SqliteDoel(), output);

public sealed class LocatieStoreOpPostgres(ITestOutputHelper output) : LocatieStoreTests(new PostgresDoel(), output);

/// <summary>The location register, the same specification on every engine.</summary>
public abstract class LocatieStoreTests(Opslagdoel doel, ITestOutputHelper output) : IDisposable
{
    private SpreidingDatabase? _db;

    private SpreidingDatabase Db => _db ??= doel.Open();

    private LocatieStore Store => new(Db);

    public void Dispose()
    {
        doel.Dispose();
        GC.SuppressFinalize(this);
    }

    // ------------------------------------------------------------ adding, changing, removing, history

    [SkippableFact]
    public void Een_toegevoegde_locatie_krijgt_versie_1_met_wie_en_wanneer()
    {
        Store.VoegToe(T1, L("A"), L("B"));

        Assert.Equal([L("A"), L("B")], Store.Lijst());
        var a = Store.Actueel("A");
        Assert.Equal(new LocatieVersie(L("A"), 1, T1, "import", false), a);
        Assert.Equal([a!], Store.Historie("A"));
    }

    [SkippableFact]
    public void Een_wijziging_is_een_nieuwe_versie_en_de_oude_blijft_bewaard()
    {
        Store.VoegToe(T1, L("A", 100));
        var stand = Store.Stand();
        var verschil = RegisterVerschil.Bepaal(stand.Locaties, [L("A", 150)], volledig: false);

        Store.Pas(verschil, stand.Versies, "import mei", T2);

        Assert.Equal(
            [new LocatieVersie(L("A", 100), 1, T1, "import", false), new LocatieVersie(L("A", 150), 2, T2, "import mei", false)],
            Store.Historie("A"));
        Assert.Equal([L("A", 150)], Store.Lijst());
    }

    [SkippableFact]
    public void Een_verwijdering_is_een_versie_die_de_laatste_inhoud_herhaalt_en_de_locatie_uit_de_lijst_haalt()
    {
        Store.VoegToe(T1, L("A"), L("B"));
        var stand = Store.Stand();

        Store.Pas(RegisterVerschil.Bepaal(stand.Locaties, [L("A")], volledig: true), stand.Versies, "volledige import", T2);

        Assert.Equal([L("A")], Store.Lijst());
        Assert.Equal(
            [new LocatieVersie(L("B"), 1, T1, "import", false), new LocatieVersie(L("B"), 2, T2, "volledige import", true)],
            Store.Historie("B"));
        Assert.Equal(2, Store.Actueel("B")!.Versie);
        Assert.Equal(2, Locaties.Tel(Db, "locatie"));
        Assert.Equal(3, Locaties.Tel(Db, "locatie_versie"));
    }

    [SkippableFact]
    public void Lijst_op_een_moment_toont_het_register_zoals_het_toen_was()
    {
        Store.VoegToe(T1, L("A", 100), L("B"));
        Store.Wijzig(L("A", 120), 1, "anna", T2);
        Store.Verwijder("B", 1, "anna", T3);

        Assert.Empty(Store.Lijst(T1.AddTicks(-1)));
        Assert.Equal([L("A", 100), L("B")], Store.Lijst(T1));
        Assert.Equal([L("A", 100), L("B")], Store.Lijst(T2.AddSeconds(-1)));
        Assert.Equal([L("A", 120), L("B")], Store.Lijst(T2));
        Assert.Equal([L("A", 120)], Store.Lijst(T3));
        Assert.Equal([L("A", 120)], Store.Lijst());
        // The same moment in another offset is the same moment.
        Assert.Equal([L("A", 120), L("B")], Store.Lijst(T2.ToOffset(TimeSpan.FromHours(-5))));
    }

    [SkippableFact]
    public void Lijst_is_geordend_op_id_ordinaal_niet_op_invoervolgorde()
    {
        Store.VoegToe(T1, L("b"), L("B"), L("10"), L("9"), L("a"), L("Ä"));

        Assert.Equal(["10", "9", "B", "a", "b", "Ä"], Store.Lijst().Select(l => l.Id));
        Assert.Equal(["10", "9", "B", "a", "b", "Ä"], Store.Lijst(T1).Select(l => l.Id));
    }

    [SkippableFact]
    public void Alle_velden_komen_ongewijzigd_terug_ook_lege()
    {
        var vol = new Locatie("COA-123", "Azc Ter Apel – paviljoen 'Zuid'", Spreiding.Core.Indeling.GemeenteCode.Parse("GM1950"), 2000, 120,
            LocatieSoort.Aanmeldvoorziening, LocatieFase.InRealisatie, new DateOnly(2025, 2, 28), new DateOnly(2030, 2, 28),
            new Bestuursovereenkomst(true, new DateOnly(2024, 12, 31), new DateOnly(2030, 3, 1)), "COA", "regel 1\nregel 2; \"aanhalingstekens\"");
        var leeg = new Locatie("X", "Noodopvang sporthal", Spreiding.Core.Indeling.GemeenteCode.Parse("GM0014"), 0, 0,
            LocatieSoort.Noodopvang, LocatieFase.Gesloten, null, null, Bestuursovereenkomst.Geen);

        Store.VoegToe(T1, vol, leeg);

        Assert.Equal([vol, leeg], Store.Lijst());
    }

    [SkippableFact]
    public void Een_verwijderde_locatie_die_weer_wordt_toegevoegd_krijgt_de_volgende_versie()
    {
        Store.VoegToe(T1, L("A"));
        Store.Verwijder("A", 1, "anna", T2);
        var stand = Store.Stand();
        Assert.Empty(stand.Locaties);
        Assert.Equal(2, stand.Versies["A"]);

        Store.Pas(RegisterVerschil.Bepaal(stand.Locaties, [L("A", 80)], volledig: false), stand.Versies, "import", T3);

        Assert.Equal([1, 2, 3], Store.Historie("A").Select(v => v.Versie));
        Assert.Equal(new LocatieVersie(L("A", 80), 3, T3, "import", false), Store.Actueel("A"));
    }

    [SkippableFact]
    public void Wijzig_met_versie_0_voegt_een_locatie_toe_en_geeft_de_geschreven_versie_terug()
    {
        var versie = Store.Wijzig(L("A"), 0, "anna", T1);

        Assert.Equal(new LocatieVersie(L("A"), 1, T1, "anna", false), versie);
        Assert.Equal(versie, Store.Actueel("A"));
    }

    [SkippableFact]
    public void Een_onbekend_id_heeft_geen_actuele_versie_en_een_lege_historie()
    {
        Assert.Null(Store.Actueel("bestaat-niet"));
        Assert.Empty(Store.Historie("bestaat-niet"));
        Assert.Throws<OnbekendeLocatieException>(() => Store.Wijzig(L("bestaat-niet"), 3, "anna", T1));
        Assert.Throws<OnbekendeLocatieException>(() => Store.Verwijder("bestaat-niet", 1, "anna", T1));
        Assert.Equal(0, Locaties.Tel(Db, "locatie_versie"));
    }

    // ------------------------------------------------------------ optimistic concurrency

    [SkippableFact]
    public void Een_wijziging_op_een_verouderde_versie_wordt_geweigerd_en_de_nieuwere_blijft_staan()
    {
        Store.VoegToe(T1, L("A", 100));
        Store.Wijzig(L("A", 110), 1, "anna", T2);

        var e = Assert.Throws<VerouderdeVersieException>(() => Store.Wijzig(L("A", 90), 1, "bob", T3));

        Assert.Equal(("A", 1, 2), (e.Id, e.Verwacht, e.Actueel));
        Assert.Contains("anna", e.Message);
        Assert.Equal(new LocatieVersie(L("A", 110), 2, T2, "anna", false), Store.Actueel("A"));
        Assert.Equal(2, Store.Historie("A").Count);
    }

    [SkippableFact]
    public void Een_verwijdering_op_een_verouderde_versie_wordt_geweigerd()
    {
        Store.VoegToe(T1, L("A"));
        Store.Wijzig(L("A", 110), 1, "anna", T2);

        Assert.Throws<VerouderdeVersieException>(() => Store.Verwijder("A", 1, "bob", T3));

        Assert.Equal([L("A", 110)], Store.Lijst());
    }

    [SkippableFact]
    public void Een_verwijderde_locatie_nogmaals_verwijderen_wordt_geweigerd()
    {
        Store.VoegToe(T1, L("A"));
        var verwijderd = Store.Verwijder("A", 1, "anna", T2);
        Assert.Equal(new LocatieVersie(L("A"), 2, T2, "anna", true), verwijderd);

        Assert.Throws<InvalidInputException>(() => Store.Verwijder("A", 2, "bob", T3));
        Assert.Equal(2, Store.Historie("A").Count);
    }

    [SkippableFact]
    public void Een_verschil_op_een_stand_die_intussen_is_gewijzigd_wordt_in_zijn_geheel_geweigerd()
    {
        Store.VoegToe(T1, L("M", 10), L("Z", 10));
        var stand = Store.Stand();
        var verschil = RegisterVerschil.Bepaal(stand.Locaties, [.. Reeks(50), L("M", 20), L("Z", 20)], volledig: false);
        Store.Wijzig(L("Z", 15), stand.Versies["Z"], "anna", T2);

        var e = Assert.Throws<VerouderdeVersieException>(() => Store.Pas(verschil, stand.Versies, "import", T3));

        Assert.Equal("Z", e.Id);
        Assert.Equal([L("M", 10), L("Z", 15)], Store.Lijst());
        Assert.Equal(3, Locaties.Tel(Db, "locatie_versie"));
    }

    [SkippableFact]
    public void Een_verschil_dat_een_locatie_toevoegt_die_een_ander_intussen_toevoegde_wordt_in_zijn_geheel_geweigerd()
    {
        var verschil = RegisterVerschil.Bepaal(Store.Stand().Locaties, Reeks(100), volledig: false);
        Store.Wijzig(L("L00050", 7), 0, "anna", T1); // the injected duplicate, in the middle of the diff

        var e = Assert.Throws<VerouderdeVersieException>(() => Store.Pas(verschil, GeenVersies, "import", T2));

        Assert.Equal(("L00050", 0, 1), (e.Id, e.Verwacht, e.Actueel));
        Assert.Equal([L("L00050", 7)], Store.Lijst());
        Assert.Equal(1, Locaties.Tel(Db, "locatie_versie"));
    }

    [SkippableFact]
    public void Een_databasefout_halverwege_een_verschil_laat_het_register_ongewijzigd()
    {
        Store.VoegToe(T1, L("A", 10), L("Z", 10));
        var stand = Store.Stand();
        var verschil = RegisterVerschil.Bepaal(stand.Locaties, [L("A", 11), .. Reeks(3000)], volledig: true); // changes A, adds 3000, removes Z
        doel.WeigerVersiesVan(Db, "L02500");

        var e = Record.Exception(() => Store.Pas(verschil, stand.Versies, "import", T2));

        Assert.True(Locaties.IsDatabasefout(e), $"expected the database's refusal, got {e}");
        Assert.Equal([L("A", 10), L("Z", 10)], Store.Lijst());
        Assert.Equal(2, Locaties.Tel(Db, "locatie"));
        Assert.Equal(2, Locaties.Tel(Db, "locatie_versie"));
        Assert.Equal(stand, Store.Stand(), new StandVergelijker());
    }

    [SkippableFact]
    public void Een_verschil_dat_een_id_twee_keer_noemt_wordt_geweigerd_zonder_iets_te_schrijven()
    {
        var e = Assert.Throws<InvalidInputException>(() => Store.Pas(Toevoegen([L("A"), L("B"), L("A", 5)]), GeenVersies, "import", T1));

        Assert.Contains("A", e.Message);
        Assert.Empty(Store.Lijst());
    }

    [SkippableFact]
    public void Een_ongeldige_locatie_wordt_geweigerd_zonder_iets_te_schrijven()
    {
        var ongeldig = L("B", 10) with { AmvPlaatsen = 11 };

        Assert.Throws<InvalidInputException>(() => Store.Pas(Toevoegen([L("A"), ongeldig]), GeenVersies, "import", T1));
        Assert.Throws<InvalidInputException>(() => Store.Wijzig(ongeldig, 0, "anna", T1));
        Assert.Equal(0, Locaties.Tel(Db, "locatie_versie"));
    }

    [SkippableFact]
    public void Een_wijziging_of_verwijdering_zonder_verwachte_versie_wordt_geweigerd()
    {
        Store.VoegToe(T1, L("A"));
        var verschil = RegisterVerschil.Bepaal(Store.Lijst(), [L("A", 5)], volledig: false);

        Assert.Throws<ArgumentException>(() => Store.Pas(verschil, GeenVersies, "import", T2));
        Assert.Single(Store.Historie("A"));
    }

    [SkippableFact]
    public void De_database_zelf_weigert_een_tweede_versie_met_hetzelfde_nummer()
    {
        Store.VoegToe(T1, L("A"));

        var e = Record.Exception(() => Opslagdoel.Voer(Db, """
            INSERT INTO locatie_versie (locatie_id, versie, verwijderd, naam, gemeentecode, plaatsen, amv_plaatsen, soort, fase, bo_getekend, gewijzigd_op, gewijzigd_door)
            VALUES ('A', 1, 0, 'dubbel', 'GM0363', 1, 0, 'regulier', 'in-gebruik', 0, '2026-01-01T00:00:00.0000000Z', 'sql')
            """));

        Assert.True(Locaties.IsDatabasefout(e));
    }

    [SkippableFact]
    public void Twee_gelijktijdige_schrijvers_op_dezelfde_versie_de_eerste_wint_en_de_tweede_krijgt_VerouderdeVersieException()
    {
        Store.VoegToe(T1, L("A", 100));
        var tweede = new LocatieStore(doel.Open()); // its own connections
        Exception? fout = null;
        Thread? bob = null;
        var eerste = new LocatieStore(Db)
        {
            // Inside Anna's transaction, after her conditional update and before her commit: Bob writes too.
            NaBewerkingen = _ =>
            {
                bob = new Thread(() => fout = Record.Exception(() => tweede.Wijzig(L("A", 90), 1, "bob", T3)));
                bob.Start();
                doel.WachtTotEenSchrijverWacht(Db);
            },
        };

        eerste.Wijzig(L("A", 110), 1, "anna", T2);
        Assert.True(bob!.Join(TimeSpan.FromSeconds(30)));

        var verouderd = Assert.IsType<VerouderdeVersieException>(fout);
        Assert.Equal((1, 2), (verouderd.Verwacht, verouderd.Actueel));
        Assert.Equal(new LocatieVersie(L("A", 110), 2, T2, "anna", false), Store.Actueel("A"));
        Assert.Equal(2, Store.Historie("A").Count);
    }

    [SkippableFact]
    public void Twee_gelijktijdige_verschillen_op_dezelfde_stand_precies_een_wordt_toegepast()
    {
        Store.VoegToe(T1, Reeks(200).ToArray());
        var anders = new LocatieStore(doel.Open());
        for (var ronde = 1; ronde <= 5; ronde++)
        {
            var stand = Store.Stand();
            var a = RegisterVerschil.Bepaal(stand.Locaties, Reeks(200).Select(l => l with { Plaatsen = 1000 + ronde }).ToList(), volledig: true);
            var b = RegisterVerschil.Bepaal(stand.Locaties, Reeks(200).Select(l => l with { Plaatsen = 2000 + ronde }).ToList(), volledig: true);
            using var start = new Barrier(2);
            var fouten = new Exception?[2];
            var threads = new[]
            {
                new Thread(() => { start.SignalAndWait(); fouten[0] = Record.Exception(() => Store.Pas(a, stand.Versies, "anna", T2)); }),
                new Thread(() => { start.SignalAndWait(); fouten[1] = Record.Exception(() => anders.Pas(b, stand.Versies, "bob", T2)); }),
            };
            foreach (var t in threads) t.Start();
            foreach (var t in threads) Assert.True(t.Join(TimeSpan.FromSeconds(60)));

            Assert.Single(fouten, f => f is null);
            Assert.Single(fouten, f => f is VerouderdeVersieException);
            var winnaar = fouten[0] is null ? 1000 + ronde : 2000 + ronde;
            Assert.All(Store.Lijst(), l => Assert.Equal(winnaar, l.Plaatsen));
            Assert.All(Store.Stand().Versies.Values, v => Assert.Equal(ronde + 1, v));
        }
    }

    // ------------------------------------------------------------ import in one step, bulk

    [SkippableFact]
    public void Importeer_bepaalt_het_verschil_en_past_het_toe_in_een_transactie()
    {
        Store.VoegToe(T1, L("A", 10), L("B", 10), L("C", 10));

        var verschil = Store.Importeer([L("A", 10), L("B", 20), L("D", 5)], volledig: true, "import juni", T2);

        Assert.Equal(["D"], verschil.Toegevoegd.Select(l => l.Id));
        Assert.Equal(["B"], verschil.Gewijzigd.Select(w => w.Nieuw.Id));
        Assert.Equal(["C"], verschil.Verwijderd.Select(l => l.Id));
        Assert.Equal(1, verschil.Ongewijzigd);
        Assert.Equal([L("A", 10), L("B", 20), L("D", 5)], Store.Lijst());
        Assert.Equal([L("A", 10), L("B", 10), L("C", 10)], Store.Lijst(T1));

        var nogmaals = Store.Importeer([L("A", 10), L("B", 20), L("D", 5)], volledig: true, "import juni", T3);
        Assert.True(nogmaals.IsLeeg);
        Assert.Equal(6, Locaties.Tel(Db, "locatie_versie"));
    }

    [SkippableFact]
    public void Tienduizend_nieuwe_locaties_worden_in_een_transactie_snel_toegepast()
    {
        var nieuw = Reeks(10_000);
        Store.VoegToe(T1, L("warm")); // connection pool, prepared statements and schema cache warm
        var verschil = Toevoegen(nieuw);

        var klok = Stopwatch.StartNew();
        Store.Pas(verschil, GeenVersies, "import", T2);
        klok.Stop();

        output.WriteLine($"{doel.Soort}: 10,000 new locations applied in {klok.ElapsedMilliseconds} ms");
        Assert.Equal(10_001, Store.Lijst().Count);
        Assert.True(klok.Elapsed < (doel.Soort == OpslagSoort.Sqlite ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10)),
            $"{doel.Soort}: {klok.ElapsedMilliseconds} ms");

        klok.Restart();
        var stand = Store.Stand();
        Store.Pas(RegisterVerschil.Bepaal(stand.Locaties, nieuw.Select(l => l with { Plaatsen = l.Plaatsen + 1 }).ToList(), volledig: true),
            stand.Versies, "import", T3);
        output.WriteLine($"{doel.Soort}: 10,000 changes and 1 removal applied in {klok.ElapsedMilliseconds} ms");
        Assert.Equal(20_002, Locaties.Tel(Db, "locatie_versie"));
    }

    private sealed class StandVergelijker : IEqualityComparer<RegisterStand>
    {
        public bool Equals(RegisterStand? x, RegisterStand? y) =>
            x!.Locaties.SequenceEqual(y!.Locaties) && x.Versies.OrderBy(kv => kv.Key, StringComparer.Ordinal).SequenceEqual(y.Versies.OrderBy(kv => kv.Key, StringComparer.Ordinal));

        public int GetHashCode(RegisterStand obj) => obj.Locaties.Count;
    }
}
