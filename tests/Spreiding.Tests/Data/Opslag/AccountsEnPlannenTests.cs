using System.Collections.Immutable;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Opslag;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Data.Opslag;

public sealed class AccountsEnPlannenOpSqlite() : AccountsEnPlannenTests(new SqliteDoel());

public sealed class AccountsEnPlannenOpPostgres() : AccountsEnPlannenTests(new PostgresDoel());

/// <summary>Accounts, the audit log and the plan dossiers: the same specification on every engine.</summary>
public abstract class AccountsEnPlannenTests(Opslagdoel doel) : IDisposable
{
    private static readonly DateTimeOffset T1 = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ProvincieCode Utrecht = ProvincieCode.Parse("PV26");
    private static readonly GemeenteCode Amersfoort = GemeenteCode.Parse("GM0307");
    private static readonly GemeenteCode Baarn = GemeenteCode.Parse("GM0308");

    private SpreidingDatabase? _db;
    private SpreidingDatabase Db => _db ??= doel.Open();
    private GebruikerStore Gebruikers => new(Db);
    private PlanStore Plannen => new(Db);

    public void Dispose()
    {
        doel.Dispose();
        GC.SuppressFinalize(this);
    }

    private (Gebruiker, string) Maak(string naam, Rol rol, ProvincieCode? p = null, GemeenteCode? g = null) =>
        Accountbeheer.Maak(Gebruikers, TestData.Indeling, naam, rol, p, g, "test", "test", T1);

    [SkippableFact]
    public void Een_account_bewaart_alleen_een_hash_en_wordt_op_naam_gevonden_ongeacht_hoofdletters()
    {
        var (gebruiker, wachtwoord) = Maak("PRT Utrecht", Rol.Provincie, Utrecht);

        Assert.Equal(Accountbeheer.EenmaligWachtwoordLengte, wachtwoord.Length);
        var gevonden = Gebruikers.ZoekOpNaam("  prt utrecht ");
        Assert.NotNull(gevonden);
        Assert.Equal(gebruiker, gevonden);
        Assert.DoesNotContain(wachtwoord, gevonden!.WachtwoordHash);
        Assert.True(Accountbeheer.Controleer(gevonden, wachtwoord));
        Assert.False(Accountbeheer.Controleer(gevonden, wachtwoord + "x"));
        Assert.True(gevonden.WachtwoordWijzigen);
        Assert.Equal(Utrecht, gevonden.Provincie);
        Assert.Equal("account-aangemaakt", Gebruikers.AuditLog(10).Single().Actie);
    }

    [SkippableFact]
    public void Een_tweede_account_met_dezelfde_naam_wordt_geweigerd_en_schrijft_niets()
    {
        Maak("ministerie", Rol.Ministerie);
        var e = Assert.Throws<InvalidInputException>(() => Maak("MINISTERIE", Rol.Coa));
        Assert.Contains("bestaat al", e.Message);
        Assert.Single(Gebruikers.Lijst());
        Assert.Equal(1, Gebruikers.AuditAantal());
    }

    [SkippableFact]
    public void Een_account_met_een_rol_zonder_de_juiste_provincie_of_gemeente_wordt_geweigerd()
    {
        Assert.Throws<InvalidInputException>(() => Maak("p", Rol.Provincie));
        Assert.Throws<InvalidInputException>(() => Maak("g", Rol.Gemeente, Utrecht));
        Assert.Throws<InvalidInputException>(() => Maak("g", Rol.Gemeente, null, GemeenteCode.FromNumber(9999)));
        Assert.Throws<InvalidInputException>(() => Maak("m", Rol.Ministerie, Utrecht));
        Assert.Empty(Gebruikers.Lijst());
    }

    [SkippableFact]
    public void De_eerste_beheerder_komt_er_alleen_in_een_lege_database()
    {
        var eerste = Accountbeheer.MaakEersteBeheerder(Gebruikers, TestData.Indeling, T1);
        Assert.NotNull(eerste);
        Assert.Equal(Rol.Beheerder, eerste!.Value.Gebruiker.Rol);
        Assert.Null(Accountbeheer.MaakEersteBeheerder(Gebruikers, TestData.Indeling, T1));
        Assert.Single(Gebruikers.Lijst());
    }

    [SkippableFact]
    public void Een_wijziging_van_een_account_staat_in_het_auditlogboek()
    {
        var (g, _) = Maak("coa", Rol.Coa);
        Gebruikers.Werk(g with { WachtwoordHash = Accountbeheer.Hash("nieuw-wachtwoord-123"), WachtwoordWijzigen = false }, "wachtwoord-gewijzigd", "coa", "coa", T1.AddHours(1));
        var terug = Gebruikers.Zoek(g.Id)!;
        Assert.False(terug.WachtwoordWijzigen);
        Assert.True(Accountbeheer.Controleer(terug, "nieuw-wachtwoord-123"));
        Assert.Equal(["wachtwoord-gewijzigd", "account-aangemaakt"], Gebruikers.AuditLog(10).Select(a => a.Actie));
    }

    [SkippableFact]
    public void Het_auditlogboek_en_de_planhandelingen_worden_alleen_aangevuld()
    {
        Maak("coa", Rol.Coa);
        SchrijfAanmaak();
        foreach (var sql in new[]
                 {
                     "UPDATE audit SET door = 'iemand anders'", "DELETE FROM audit",
                     "UPDATE plan_handeling SET gegevens = '{}'", "DELETE FROM plan_handeling",
                 })
            Assert.ThrowsAny<System.Data.Common.DbException>(() => Opslagdoel.Voer(Db, sql));
        Assert.Equal(2, Gebruikers.AuditAantal());
        Assert.Single(Plannen.Lees(2024, Utrecht));
    }

    private static Planhandeling.Aanmaak Aanmaak() => new([new(Amersfoort, "Amersfoort", 866), new(Baarn, "Baarn", 135)], "raming cyclus 2024 (test)");

    private void SchrijfAanmaak() =>
        Plannen.VoegToe(2024, Utrecht, 0, [new Dossierregel(1, Aanmaak(), "prt", T1)], Audit("plan-aanmaak"));

    private static AuditRegel Audit(string actie) => new(0, T1, "prt", "provincie", actie, "plan PV26 cyclus 2024", "");

    [SkippableFact]
    public void Elke_soort_handeling_komt_ongewijzigd_terug()
    {
        Planhandeling[] handelingen =
        [
            Aanmaak(),
            new Planhandeling.Toezegging(Amersfoort, "AMF-1 \"De Hoef\"", 900),
            new Planhandeling.Uitruil(Baarn, Amersfoort, 34, "Amersfoort neemt over — met é en 'quotes'"),
            new Planhandeling.Indiening(new DateOnly(2026, 12, 1), "PRT verschoven"),
            new Planhandeling.Aanpassing(Baarn, 0, "al noodopvang"),
            new Planhandeling.Vaststelling(new DateOnly(2026, 12, 2), null),
        ];
        var regels = handelingen.Select((h, i) => new Dossierregel(i + 1, h, $"door {i}", T1.AddMinutes(i))).ToList();
        Plannen.VoegToe(2024, Utrecht, 0, regels, Audit("plan-reeks"));

        var terug = Plannen.Lees(2024, Utrecht);
        Assert.Equal(regels.Count, terug.Count);
        for (var i = 0; i < regels.Count; i++)
        {
            Assert.Equal(regels[i].Volgnummer, terug[i].Volgnummer);
            Assert.Equal(regels[i].Door, terug[i].Door);
            Assert.Equal(regels[i].Op, terug[i].Op);
            Assert.Equal(PlanStore.Gegevens(regels[i].Handeling), PlanStore.Gegevens(terug[i].Handeling));
            Assert.Equal(regels[i].Handeling.GetType(), terug[i].Handeling.GetType());
        }
        var aanmaak = Assert.IsType<Planhandeling.Aanmaak>(terug[0].Handeling);
        Assert.Equal(Aanmaak().Gemeenten.ToArray(), aanmaak.Gemeenten.ToArray());
        Assert.Equal(Utrecht, Plannen.LeesCyclus(2024).Single().Key);
        Assert.Empty(Plannen.LeesCyclus(2026));
    }

    [SkippableFact]
    public void Een_schrijver_met_een_verouderde_versie_verandert_niets()
    {
        SchrijfAanmaak();
        var audit = Gebruikers.AuditAantal();
        var e = Assert.Throws<VerouderdDossierException>(() =>
            Plannen.VoegToe(2024, Utrecht, 0, [new Dossierregel(1, Aanmaak(), "ander", T1)], Audit("plan-aanmaak")));
        Assert.Equal(1, e.Actueel);
        Assert.Single(Plannen.Lees(2024, Utrecht));
        Assert.Equal(audit, Gebruikers.AuditAantal());
    }

    [SkippableFact]
    public void Van_twee_gelijktijdige_schrijvers_op_dezelfde_versie_wint_er_precies_een()
    {
        SchrijfAanmaak();
        const int Schrijvers = 6;
        var start = new Barrier(Schrijvers);
        var uitkomsten = new bool[Schrijvers];
        var draden = Enumerable.Range(0, Schrijvers).Select(i => new Thread(() =>
        {
            using var eigen = doel.Open();
            start.SignalAndWait();
            try
            {
                new PlanStore(eigen).VoegToe(2024, Utrecht, 1,
                    [new Dossierregel(2, new Planhandeling.Toezegging(Amersfoort, $"L{i}", 10 + i), $"schrijver {i}", T1)], Audit("plan-toezegging"));
                uitkomsten[i] = true;
            }
            catch (VerouderdDossierException)
            {
                uitkomsten[i] = false;
            }
        })).ToList();
        draden.ForEach(d => d.Start());
        draden.ForEach(d => d.Join());

        Assert.Equal(1, uitkomsten.Count(u => u));
        var regels = Plannen.Lees(2024, Utrecht);
        Assert.Equal(2, regels.Count);
        Assert.Equal($"schrijver {Array.IndexOf(uitkomsten, true)}", regels[1].Door);
        Assert.Equal(2, Gebruikers.AuditAantal());
    }
}
