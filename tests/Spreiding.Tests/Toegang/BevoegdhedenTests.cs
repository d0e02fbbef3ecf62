using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;

namespace Spreiding.Tests.Toegang;

/// <summary>Who may do what with which province's plan: every role against every handling, allowed and refused.</summary>
public sealed class BevoegdhedenTests
{
    private static readonly ProvincieCode Utrecht = ProvincieCode.Parse("PV26");
    private static readonly ProvincieCode Gelderland = ProvincieCode.Parse("PV25");
    private static readonly GemeenteCode UtrechtStad = GemeenteCode.Parse("GM0344");
    private static readonly GemeenteCode Amersfoort = GemeenteCode.Parse("GM0307");

    private static readonly Account Ministerie = new("min", Rol.Ministerie, null, null);
    private static readonly Account Coa = new("coa", Rol.Coa, null, null);
    private static readonly Account Beheerder = new("beheer", Rol.Beheerder, null, null);
    private static readonly Account ProvincieUtrecht = new("prt-utrecht", Rol.Provincie, Utrecht, null);
    private static readonly Account GemeenteUtrecht = new("gm-utrecht", Rol.Gemeente, Utrecht, UtrechtStad);

    public static TheoryData<string, Handeling, string, string?, bool> Gevallen => new()
    {
        // account, handling, province, municipality, allowed
        { "ministerie", Handeling.PlanLezen, "PV26", null, true },
        { "coa", Handeling.PlanLezen, "PV26", null, true },
        { "beheerder", Handeling.PlanLezen, "PV26", null, false },
        { "provincie", Handeling.PlanLezen, "PV26", null, true },
        { "provincie", Handeling.PlanLezen, "PV25", null, false },
        { "gemeente", Handeling.PlanLezen, "PV26", null, true },
        { "gemeente", Handeling.PlanLezen, "PV25", null, false },

        { "provincie", Handeling.ToezeggingVastleggen, "PV26", "GM0307", true },
        { "provincie", Handeling.ToezeggingVastleggen, "PV25", "GM0200", false },
        { "gemeente", Handeling.ToezeggingVastleggen, "PV26", "GM0344", true },
        { "gemeente", Handeling.ToezeggingVastleggen, "PV26", "GM0307", false },
        { "ministerie", Handeling.ToezeggingVastleggen, "PV26", "GM0307", false },
        { "coa", Handeling.ToezeggingVastleggen, "PV26", "GM0307", false },
        { "beheerder", Handeling.ToezeggingVastleggen, "PV26", "GM0307", false },

        { "provincie", Handeling.UitruilVastleggen, "PV26", null, true },
        { "provincie", Handeling.UitruilVastleggen, "PV25", null, false },
        { "gemeente", Handeling.UitruilVastleggen, "PV26", null, false },
        { "ministerie", Handeling.UitruilVastleggen, "PV26", null, false },

        { "provincie", Handeling.PlanIndienen, "PV26", null, true },
        { "provincie", Handeling.PlanIndienen, "PV25", null, false },
        { "gemeente", Handeling.PlanIndienen, "PV26", null, false },
        { "coa", Handeling.PlanIndienen, "PV26", null, false },

        { "ministerie", Handeling.VerdeelbesluitNemen, "PV26", null, true },
        { "provincie", Handeling.VerdeelbesluitNemen, "PV26", null, false },
        { "gemeente", Handeling.VerdeelbesluitNemen, "PV26", null, false },
        { "coa", Handeling.VerdeelbesluitNemen, "PV26", null, false },
        { "beheerder", Handeling.VerdeelbesluitNemen, "PV26", null, false },

        { "beheerder", Handeling.AccountsBeheren, "PV26", null, true },
        { "ministerie", Handeling.AccountsBeheren, "PV26", null, false },
        { "provincie", Handeling.AccountsBeheren, "PV26", null, false },
        { "beheerder", Handeling.AuditLezen, "PV26", null, true },
        { "ministerie", Handeling.AuditLezen, "PV26", null, true },
        { "coa", Handeling.AuditLezen, "PV26", null, false },
        { "gemeente", Handeling.AuditLezen, "PV26", null, false },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Elke_rol_mag_precies_wat_de_regels_zeggen(string wie, Handeling handeling, string provincie, string? gemeente, bool toegestaan)
    {
        var account = wie switch
        {
            "ministerie" => Ministerie,
            "coa" => Coa,
            "beheerder" => Beheerder,
            "provincie" => ProvincieUtrecht,
            _ => GemeenteUtrecht,
        };
        var reden = Bevoegdheden.Toets(account, handeling, ProvincieCode.Parse(provincie), gemeente is null ? null : GemeenteCode.Parse(gemeente), "de provincie");
        if (toegestaan)
            Assert.Null(reden);
        else
        {
            Assert.NotNull(reden);
            Assert.Contains(account.Naam, reden);
        }
    }

    [Fact]
    public void Een_weigering_zegt_wie_u_bent_en_welk_plan_het_betreft()
    {
        var reden = Bevoegdheden.Toets(ProvincieUtrecht, Handeling.UitruilVastleggen, Gelderland, null, "Gelderland");
        Assert.Equal("U bent ingelogd als prt-utrecht (provincie PV26) en kunt het plan van Gelderland niet wijzigen.", reden);
        var gemeente = Bevoegdheden.Toets(GemeenteUtrecht, Handeling.ToezeggingVastleggen, Utrecht, Amersfoort, "Utrecht");
        Assert.Contains("alleen toezeggingen van uw eigen gemeente", gemeente);
    }

    [Theory]
    [InlineData(Rol.Provincie, null, null, false)]
    [InlineData(Rol.Provincie, "PV26", null, true)]
    [InlineData(Rol.Provincie, "PV26", "GM0344", false)]
    [InlineData(Rol.Gemeente, null, null, false)]
    [InlineData(Rol.Gemeente, null, "GM0344", true)]
    [InlineData(Rol.Ministerie, null, null, true)]
    [InlineData(Rol.Ministerie, "PV26", null, false)]
    [InlineData(Rol.Coa, null, "GM0344", false)]
    [InlineData(Rol.Beheerder, null, null, true)]
    public void Een_account_hoort_bij_precies_de_provincie_of_gemeente_die_zijn_rol_vraagt(Rol rol, string? provincie, string? gemeente, bool geldig)
    {
        var fout = Account.Ongeldig(rol, provincie is null ? null : ProvincieCode.Parse(provincie), gemeente is null ? null : GemeenteCode.Parse(gemeente));
        Assert.Equal(geldig, fout is null);
    }

    [Fact]
    public void Rollen_worden_gelezen_zoals_ze_worden_geschreven()
    {
        foreach (var rol in Enum.GetValues<Rol>())
        {
            Assert.True(Account.TryParseRol(Account.Code(rol).ToUpperInvariant(), out var terug));
            Assert.Equal(rol, terug);
        }
        Assert.False(Account.TryParseRol("koning", out _));
    }
}
