using Spreiding.Core.Indeling;

namespace Spreiding.Core.Toegang;

/// <summary>The roles of issue 5. <see cref="Beheerder"/> manages accounts; it has no say over plans or decisions.</summary>
public enum Rol
{
    Beheerder,
    Ministerie,
    Provincie,
    Gemeente,
    Coa,
}

/// <summary>What a signed-in person may do with a provincial plan and its verdeelbesluit.</summary>
public enum Handeling
{
    /// <summary>Read the plan (concept included), its ledger and the proposal.</summary>
    PlanLezen,

    /// <summary>Record a municipality's committed places at a location.</summary>
    ToezeggingVastleggen,

    /// <summary>Record a swap between two municipalities of the province.</summary>
    UitruilVastleggen,

    /// <summary>The CdK submits the plan.</summary>
    PlanIndienen,

    /// <summary>Adjust and adopt the verdeelbesluit (the minister).</summary>
    VerdeelbesluitNemen,

    /// <summary>Create accounts and read the audit log.</summary>
    AccountsBeheren,

    AuditLezen,
}

/// <summary>
/// A signed-in person: a role, for <see cref="Rol.Provincie"/> one province, for <see cref="Rol.Gemeente"/> one
/// municipality (and the province it lies in, from the division).
/// </summary>
public sealed record Account(string Naam, Rol Rol, ProvincieCode? Provincie, GemeenteCode? Gemeente)
{
    /// <summary>Who this is, in Dutch, for messages: "provincie PV26", "gemeente GM0344".</summary>
    public string Omschrijving => Rol switch
    {
        Rol.Provincie => $"{Naam} (provincie {Provincie})",
        Rol.Gemeente => $"{Naam} (gemeente {Gemeente})",
        Rol.Ministerie => $"{Naam} (ministerie)",
        Rol.Coa => $"{Naam} (COA)",
        _ => $"{Naam} (beheerder)",
    };

    /// <summary>The role as it is stored and shown: "ministerie", "provincie", ...</summary>
    public static string Code(Rol rol) => rol.ToString().ToLowerInvariant();

    public static bool TryParseRol(string? tekst, out Rol rol)
    {
        foreach (var r in Enum.GetValues<Rol>())
            if (string.Equals(Code(r), tekst?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                rol = r;
                return true;
            }
        rol = default;
        return false;
    }

    /// <summary>Checks the combination of role and scope: a province account names one province, a municipality account one municipality.</summary>
    public static string? Ongeldig(Rol rol, ProvincieCode? provincie, GemeenteCode? gemeente) => rol switch
    {
        Rol.Provincie when provincie is null => "Een provincieaccount hoort bij één provincie: geef de provincie op (bijvoorbeeld PV26).",
        Rol.Provincie when gemeente is not null => "Een provincieaccount hoort niet bij een gemeente; laat de gemeente weg.",
        Rol.Gemeente when gemeente is null => "Een gemeenteaccount hoort bij één gemeente: geef de gemeente op (bijvoorbeeld GM0344).",
        Rol.Ministerie or Rol.Coa or Rol.Beheerder when provincie is not null || gemeente is not null =>
            $"Een account met de rol {Code(rol)} hoort niet bij een provincie of gemeente; laat die weg.",
        _ => null,
    };
}

/// <summary>
/// The authorisation rules, pure: <see cref="Toets"/> says whether an account may perform a handling on the plan of a
/// province (and, for commitments, of which municipality), and if not, why, in Dutch.
/// </summary>
public static class Bevoegdheden
{
    /// <param name="provincie">The province whose plan or decision is concerned.</param>
    /// <param name="gemeente">For <see cref="Handeling.ToezeggingVastleggen"/>: the municipality committing places.</param>
    /// <param name="provincieNaam">The province's name, for the message.</param>
    /// <returns>Null when allowed; otherwise the reason it is refused.</returns>
    public static string? Toets(Account account, Handeling handeling, ProvincieCode? provincie = null, GemeenteCode? gemeente = null, string? provincieNaam = null)
    {
        var naam = provincieNaam ?? provincie?.ToString() ?? "";
        return (handeling, account.Rol) switch
        {
            (Handeling.AccountsBeheren or Handeling.AuditLezen, Rol.Beheerder) => null,
            (Handeling.AuditLezen, Rol.Ministerie) => null,
            (Handeling.AccountsBeheren, _) => $"Alleen een beheerder kan accounts aanmaken; u bent ingelogd als {account.Omschrijving}.",
            (Handeling.AuditLezen, _) => $"Alleen het ministerie en een beheerder kunnen het auditlogboek inzien; u bent ingelogd als {account.Omschrijving}.",

            (Handeling.PlanLezen, Rol.Ministerie or Rol.Coa) => null,
            (Handeling.PlanLezen, Rol.Provincie or Rol.Gemeente) when account.Provincie == provincie => null,
            (Handeling.PlanLezen, _) => $"U bent ingelogd als {account.Omschrijving} en kunt het plan van {naam} niet inzien.",

            (Handeling.ToezeggingVastleggen, Rol.Provincie) when account.Provincie == provincie => null,
            (Handeling.ToezeggingVastleggen, Rol.Gemeente) when account.Provincie == provincie && gemeente is not null && account.Gemeente == gemeente => null,
            (Handeling.ToezeggingVastleggen, Rol.Gemeente) when account.Provincie == provincie =>
                $"U bent ingelogd als {account.Omschrijving} en kunt alleen toezeggingen van uw eigen gemeente vastleggen, niet die van {gemeente}.",

            (Handeling.UitruilVastleggen or Handeling.PlanIndienen, Rol.Provincie) when account.Provincie == provincie => null,
            (Handeling.UitruilVastleggen, Rol.Gemeente) when account.Provincie == provincie =>
                $"U bent ingelogd als {account.Omschrijving}. Uitruil tussen gemeenten legt de PRT-secretaris van de provincie vast; een gemeente kan alleen haar eigen toezeggingen vastleggen.",
            (Handeling.PlanIndienen, Rol.Gemeente) when account.Provincie == provincie =>
                $"U bent ingelogd als {account.Omschrijving}. Het provinciaal plan wordt ingediend door de Commissaris van de Koning (een provincieaccount), niet door een gemeente.",

            (Handeling.VerdeelbesluitNemen, Rol.Ministerie) => null,
            (Handeling.VerdeelbesluitNemen, _) => $"Een verdeelbesluit neemt alleen het ministerie; u bent ingelogd als {account.Omschrijving}.",

            (_, Rol.Provincie or Rol.Gemeente) => $"U bent ingelogd als {account.Omschrijving} en kunt het plan van {naam} niet wijzigen.",
            _ => $"U bent ingelogd als {account.Omschrijving}; het provinciaal plan van {naam} wijzigt alleen de provincie zelf.",
        };
    }
}
