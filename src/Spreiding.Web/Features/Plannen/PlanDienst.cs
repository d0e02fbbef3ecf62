using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Core.Regels;
using Spreiding.Core.Toegang;
using Spreiding.Data.Opslag;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Plannen;

/// <summary>
/// A province's dossier as the pages and the API show it. <see cref="Versie"/> is 0 while nothing is recorded: the
/// plan is then the one the first handling would start from (the raming's indicative numbers).
/// </summary>
public sealed record PlanWeergave(PlanDossier Dossier, int Versie)
{
    public ProvinciaalPlan Plan => Dossier.Plan;
    public string ETag => $"{ETagBegin(Dossier.Cyclus, Dossier.Provincie)}{Versie}\"";

    /// <summary>The ETag of a plan up to its version number: <c>"plan-2024-PV26-v</c>; If-Match is read against it.</summary>
    public static string ETagBegin(int cyclus, ProvincieCode provincie) => $"\"plan-{cyclus}-{provincie}-v";
    public bool Opgeslagen => Versie > 0;
}

/// <summary>
/// The provincial plans and verdeelbesluiten: reads a dossier (replayed through the core), and records a handling after
/// checking who may do it (<see cref="Bevoegdheden"/>), the version it was based on, and the core's rules, in that order.
/// A refusal of any kind writes nothing. Every recorded handling has an audit line in the same transaction.
/// </summary>
public sealed class PlanDienst(RamingDienst ramingen, TimeProvider klok)
{
    private PlanStore Store => new(ramingen.Database);

    /// <summary>Dates of submission and adoption are dates in the Netherlands.</summary>
    private static readonly TimeZoneInfo Nederland = ZoekTijdzone();

    public Cyclusregels Regels(int cyclus) => ramingen.Regels(cyclus);

    public DateOnly Vandaag() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Nederland).DateTime);

    public static ProvincieCode Provincie(string code) =>
        ProvincieCode.TryParse(code, out var p) && p.Number is >= 20 and <= 31 ? p : throw WebFout.OnbekendeProvincie(code);

    /// <summary>
    /// A submitted plan (and its proposal or decision) is public; a plan in Concept only for those who may read it:
    /// the ministry, the COA, and the province's own accounts.
    /// </summary>
    public static bool MagLezen(Account? account, PlanWeergave w) =>
        (w.Opgeslagen && w.Plan.Status != PlanStatus.Concept)
        || (account is not null && Bevoegdheden.Toets(account, Handeling.PlanLezen, w.Plan.Provincie) is null);

    public PlanWeergave Lees(int cyclus, ProvincieCode provincie) =>
        Weergave(cyclus, provincie, ProvincieNaam(provincie), Store.Lees(cyclus, provincie), ramingen.Regels(cyclus));

    /// <summary>The dossiers of all twelve provinces of a cycle (started or not), by code.</summary>
    public IReadOnlyList<PlanWeergave> Alle(int cyclus)
    {
        var regels = ramingen.Regels(cyclus);
        var opgeslagen = Store.LeesCyclus(cyclus);
        return [.. ramingen.Bronnen.Indeling.Provincies.Select(p => Weergave(cyclus, p.Code, p.Naam, opgeslagen.GetValueOrDefault(p.Code) ?? [], regels))];
    }

    /// <summary>The stored handlings replayed, or with none the plan the first handling would start from (version 0).</summary>
    private PlanWeergave Weergave(int cyclus, ProvincieCode provincie, string naam, IReadOnlyList<Dossierregel> opgeslagen, Cyclusregels regels) =>
        opgeslagen.Count > 0
            ? new PlanWeergave(PlanDossier.Herhaal(provincie, naam, cyclus, opgeslagen, regels), opgeslagen.Count)
            : new PlanWeergave(PlanDossier.Begin(provincie, naam, cyclus, Aanmaak(cyclus, provincie), "", klok.GetUtcNow()).Waarde, 0);

    /// <summary>
    /// Records <paramref name="handeling"/> for <paramref name="account"/>, based on version <paramref name="verwachteVersie"/>.
    /// </summary>
    /// <exception cref="WebFout">403 not allowed, 412 stale version, 422 refused by the rules (with the reason); nothing written.</exception>
    public PlanWeergave Voer(int cyclus, ProvincieCode provincie, Account account, Planhandeling handeling, int verwachteVersie)
    {
        var (soort, gemeente) = handeling switch
        {
            Planhandeling.Toezegging t => (Handeling.ToezeggingVastleggen, (GemeenteCode?)t.Gemeente),
            Planhandeling.Uitruil => (Handeling.UitruilVastleggen, null),
            Planhandeling.Indiening => (Handeling.PlanIndienen, null),
            Planhandeling.Aanpassing or Planhandeling.Vaststelling => (Handeling.VerdeelbesluitNemen, null),
            _ => throw new WebFout(StatusCodes.Status400BadRequest, "Ongeldige handeling", "Deze handeling kan niet via de applicatie worden vastgelegd."),
        };
        var naam = ProvincieNaam(provincie);
        if (Bevoegdheden.Toets(account, soort, provincie, gemeente, naam) is { } geweigerd)
            throw new WebFout(StatusCodes.Status403Forbidden, "Geen toegang", geweigerd + " Er is niets gewijzigd.");

        var huidig = Lees(cyclus, provincie);
        if (huidig.Versie != verwachteVersie)
            throw Verouderd(huidig, verwachteVersie);

        if (handeling is Planhandeling.Toezegging tz && tz.Plaatsen > 0
            && ramingen.Register().FirstOrDefault(l => l.Id == tz.LocatieId.Trim()) is { } locatie && locatie.Gemeente != tz.Gemeente)
            throw new WebFout(StatusCodes.Status422UnprocessableEntity, "Geweigerd",
                $"Locatie {locatie.Id} ({locatie.Naam}) ligt volgens het register in gemeente {locatie.Gemeente}, niet in {tz.Gemeente}. " +
                "Een gemeente zegt plaatsen toe op haar eigen locaties. Er is niets gewijzigd.") { Grond = "LocatieInAndereGemeente" };

        var regels = ramingen.Regels(cyclus);
        var door = account.Omschrijving;
        var op = klok.GetUtcNow();
        var nieuw = huidig.Dossier.Voer(handeling, regels, door, op);
        if (nieuw.Weigering is { } w)
            throw new WebFout(StatusCodes.Status422UnprocessableEntity, "Geweigerd", w.Melding + " Er is niets gewijzigd.") { Grond = w.Grond.ToString() };

        // The first handling also records the start (the frozen indicative numbers), in the same transaction.
        var dossier = nieuw.Waarde;
        var teSchrijven = huidig.Opgeslagen
            ? new[] { dossier.Regels[^1] }
            : new[] { dossier.Regels[0] with { Door = door, Op = op }, dossier.Regels[^1] };
        try
        {
            Store.VoegToe(cyclus, provincie, verwachteVersie, teSchrijven,
                new AuditRegel(0, op, account.Naam, Account.Code(account.Rol), $"plan-{handeling.Soort}", $"plan {provincie} cyclus {cyclus}", PlanStore.Gegevens(handeling)));
        }
        catch (VerouderdDossierException)
        {
            throw Verouderd(Lees(cyclus, provincie), verwachteVersie);
        }
        return Lees(cyclus, provincie);
    }

    private static WebFout Verouderd(PlanWeergave huidig, int verwacht) =>
        new(StatusCodes.Status412PreconditionFailed, "Plan intussen gewijzigd",
            $"Het plan van {huidig.Plan.ProvincieNaam} is intussen gewijzigd: het staat op versie {huidig.Versie}, uw wijziging ging uit van versie {verwacht}. " +
            "Er is niets gewijzigd; haal het plan opnieuw op en breng uw wijziging daarop aan.");

    private string ProvincieNaam(ProvincieCode provincie) =>
        ramingen.Bronnen.Indeling.Provincies.FirstOrDefault(p => p.Code == provincie)?.Naam ?? throw WebFout.OnbekendeProvincie(provincie.ToString());

    private Planhandeling.Aanmaak Aanmaak(int cyclus, ProvincieCode provincie)
    {
        var raming = ramingen.Raming(cyclus);
        var bron = raming.IsWettelijk
            ? $"raming cyclus {cyclus}, wettelijke verdeling ({raming.Regels.Bestand})"
            : $"raming cyclus {cyclus}, niet de wettelijke verdeling: {string.Join("; ", raming.Afwijkingen)}";
        return new Planhandeling.Aanmaak(
            [.. raming.Gemeenten.Where(g => g.Gemeente.Provincie == provincie).Select(g => new PlanGemeenteInvoer(g.Gemeente.Code, g.Gemeente.Naam, g.Plaatsen))], bron);
    }

    private static TimeZoneInfo ZoekTijdzone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
