using System.Collections.Immutable;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Indeling;
using static Spreiding.Core.Nederlands;

namespace Spreiding.Core.Plan;

/// <summary>
/// One municipality designated (aangewezen) for part of the province's shortfall, with its basis as data and
/// in words. <paramref name="Voorgesteld"/> is what the apportionment gave; <paramref name="Plaatsen"/> is what the
/// decision says, which differs only after an adjustment by the ministry (<paramref name="Aanpassingsreden"/>).
/// </summary>
/// <param name="Tekort">Task after swaps minus committed places, the weight of the municipality in the apportionment.</param>
/// <param name="Quotum">Provincial shortfall x own shortfall / sum of shortfalls, exact; null for a municipality without a shortfall added by adjustment.</param>
/// <param name="Geloot">True when a lot decided this municipality's number.</param>
public sealed record Aanwijzing(
    GemeenteCode Code,
    string Naam,
    int Taak,
    int Toegezegd,
    int Tekort,
    Fraction? Quotum,
    int Voorgesteld,
    int Plaatsen,
    bool Geloot,
    string? Aanpassingsreden,
    string VoorstelGrondslag)
{
    public bool IsAangepast => Aanpassingsreden is not null;

    /// <summary>Why this municipality has this number, in words: the proposal's basis and any adjustment.</summary>
    public string Grondslag => Aanpassingsreden is null
        ? VoorstelGrondslag
        : $"{VoorstelGrondslag} Het ministerie heeft de aanwijzing aangepast van {Geheel(Voorgesteld)} naar {Geheel(Plaatsen)} plaatsen: {Aanpassingsreden}.";
}

/// <summary>
/// The ministry's proposal for a verdeelbesluit for one province: its shortfall shared over the municipalities
/// still below their task after swaps, in proportion to their shortfall, by <see cref="Apportioner"/>. The ministry
/// may adjust it (<see cref="PasAan"/>) and adopt it (<see cref="StelVast"/>). Immutable: an adjustment is a new proposal.
/// </summary>
public sealed class VerdeelbesluitVoorstel
{
    /// <summary>The plan the proposal is based on (its positions are the basis of every designation).</summary>
    public ProvinciaalPlan Plan { get; }
    public int Tekort => Plan.Tekort;
    public ApportionmentMethod Methode { get; }
    public TieRule Loting { get; }
    public ImmutableArray<LotDrawing> Loten { get; }

    /// <summary>Every municipality with a shortfall (also those whose share rounds to 0) and any added by adjustment; ordered by code.</summary>
    public ImmutableArray<Aanwijzing> Aanwijzingen { get; }

    public int Som => Aanwijzingen.Sum(a => a.Plaatsen);

    /// <summary>Sum of the designations minus the shortfall: 0 unless the ministry adjusted it.</summary>
    public int Verschil => Som - Tekort;

    private VerdeelbesluitVoorstel(ProvinciaalPlan plan, ApportionmentMethod methode, TieRule loting, ImmutableArray<LotDrawing> loten, ImmutableArray<Aanwijzing> aanwijzingen)
    {
        Plan = plan;
        Methode = methode;
        Loting = loting;
        Loten = loten;
        Aanwijzingen = aanwijzingen;
    }

    /// <summary>The lot seed used when none is given: cycle x 100 + province number (2026 and PV27 give 202627), recorded in the proposal.</summary>
    public static ulong StandaardZaad(ProvinciaalPlan plan) => (ulong)plan.Cyclus * 100 + (ulong)plan.Provincie.Number;

    /// <summary>
    /// Proposes designations for <paramref name="plan"/>'s shortfall. Default method largest remainder; ties by a seeded
    /// lot (<see cref="StandaardZaad"/> unless <paramref name="loting"/> is given), never by input order. The published
    /// method is refused because its parts need not add up to the shortfall.
    /// </summary>
    public static Uitkomst<VerdeelbesluitVoorstel> Maak(
        ProvinciaalPlan plan, ApportionmentMethod methode = ApportionmentMethod.LargestRemainder, TieRule? loting = null)
    {
        var ties = loting ?? new TieRule.Lot(StandaardZaad(plan));
        if (methode == ApportionmentMethod.Published)
            return Uitkomst<VerdeelbesluitVoorstel>.Geweigerd(Weigeringsgrond.MethodeTeltNietOp,
                $"De methode '{methode.Name()}' rondt elke gemeente afzonderlijk af, zodat de aanwijzingen niet optellen tot het tekort; kies bijvoorbeeld 'grootste-overschot'.");

        var metTekort = plan.Posities.Where(p => p.Tekort > 0).ToList();
        if (plan.Tekort == 0 || metTekort.Count == 0)
            return Uitkomst<VerdeelbesluitVoorstel>.Gelukt(new VerdeelbesluitVoorstel(plan, methode, ties, [], []));

        ApportionmentResult verdeling;
        try
        {
            // The weight is the own shortfall; the maximum keeps a divisor method from designating more than that.
            verdeling = Apportioner.Apportion(new ApportionmentRequest(
                [.. metTekort.Select(p => new Claimant(p.Code.ToString(), p.Tekort, Maximum: p.Tekort))], plan.Tekort, methode, ties));
        }
        catch (TieException e)
        {
            return Uitkomst<VerdeelbesluitVoorstel>.Geweigerd(Weigeringsgrond.GelijkeStand, e.Message);
        }

        var somTekort = metTekort.Sum(p => p.Tekort);
        var geloot = verdeling.Lots.SelectMany(l => l.Tied).ToHashSet();
        var zaad = ties is TieRule.Lot lot ? lot.Seed : (ulong?)null;
        var aanwijzingen = metTekort.Zip(verdeling.Allotments, (p, a) =>
        {
            var grondslag = Grondslag(plan, p, a.Quota, a.Seats, methode, somTekort, metTekort.Count, geloot.Contains(a.Name) ? zaad : null);
            return new Aanwijzing(p.Code, p.Naam, p.Taak, p.Toegezegd, p.Tekort, a.Quota, a.Seats, a.Seats, geloot.Contains(a.Name), null, grondslag);
        });
        var loten = verdeling.Lots.Select(l => new LotDrawing(l.Seed, ImmutableArray.CreateRange(l.Tied), l.Contested, ImmutableArray.CreateRange(l.Winners))).ToImmutableArray();
        return Uitkomst<VerdeelbesluitVoorstel>.Gelukt(new VerdeelbesluitVoorstel(plan, methode, ties, loten, [.. aanwijzingen]));
    }

    /// <summary>
    /// The ministry sets <paramref name="gemeente"/>'s designation to <paramref name="plaatsen"/>, with a reason. Any municipality
    /// of the province may be adjusted (0 removes a designation). The total may then differ from the shortfall; adopting
    /// such a proposal asks for an explanation.
    /// </summary>
    public Uitkomst<VerdeelbesluitVoorstel> PasAan(GemeenteCode gemeente, int plaatsen, string reden)
    {
        if (!Plan.BevatGemeente(gemeente))
            return Uitkomst<VerdeelbesluitVoorstel>.Geweigerd(Weigeringsgrond.GemeenteNietInProvincie,
                $"Gemeente {gemeente} hoort niet bij {Plan.ProvincieNaam}; een verdeelbesluit voor deze provincie kan haar niet aanwijzen.");
        if (plaatsen < 0)
            return Uitkomst<VerdeelbesluitVoorstel>.Geweigerd(Weigeringsgrond.PlaatsenNegatief, $"Een aanwijzing kan niet negatief zijn ({plaatsen} plaatsen voor {Plan.Naam(gemeente)}).");
        var tekst = reden?.Trim() ?? "";
        if (tekst.Length == 0)
            return Uitkomst<VerdeelbesluitVoorstel>.Geweigerd(Weigeringsgrond.RedenOntbreekt, $"Geef de reden waarom de aanwijzing van {Plan.Naam(gemeente)} wordt aangepast; die komt in de grondslag.");

        var bestaand = Aanwijzingen.FirstOrDefault(a => a.Code == gemeente);
        var p = Plan.Positie(gemeente);
        var basis = bestaand ?? new Aanwijzing(p.Code, p.Naam, p.Taak, p.Toegezegd, p.Tekort, null, 0, 0, false, null,
            $"{p.Naam} ({p.Code}) heeft {Geheel(p.Toegezegd)} plaatsen toegezegd bij een taak na uitruil van {Geheel(p.Taak)} en viel daarom niet onder het voorstel.");
        var nieuw = basis with { Plaatsen = plaatsen, Aanpassingsreden = tekst };
        var lijst = (bestaand is null ? Aanwijzingen.Add(nieuw) : Aanwijzingen.Replace(bestaand, nieuw)).Sort((a, b) => a.Code.CompareTo(b.Code));
        return Uitkomst<VerdeelbesluitVoorstel>.Gelukt(new VerdeelbesluitVoorstel(Plan, Methode, Loting, Loten, lijst));
    }

    /// <summary>
    /// Adopts the proposal on <paramref name="datum"/>. When the designations do not add up to the shortfall (after an
    /// adjustment) the difference must be explained in <paramref name="verschilToelichting"/>. <paramref name="vervangt"/>
    /// names an earlier decision for the same province and cycle that this one replaces; that one stays as it was.
    /// </summary>
    public Uitkomst<Verdeelbesluit> StelVast(DateOnly datum, string? verschilToelichting = null, Verdeelbesluit? vervangt = null)
    {
        var toelichting = string.IsNullOrWhiteSpace(verschilToelichting) ? null : verschilToelichting.Trim();
        if (Verschil != 0 && toelichting is null)
            return Uitkomst<Verdeelbesluit>.Geweigerd(Weigeringsgrond.VerschilZonderToelichting,
                $"De aanwijzingen tellen op tot {Geheel(Som)} plaatsen, het tekort van {Plan.ProvincieNaam} is {Geheel(Tekort)} " +
                $"({(Verschil > 0 ? "+" : "")}{Geheel(Verschil)}). Licht het verschil toe om het besluit zo vast te stellen, of pas de aanwijzingen aan.");
        if (vervangt is not null && (vervangt.Provincie != Plan.Provincie || vervangt.Cyclus != Plan.Cyclus))
            return Uitkomst<Verdeelbesluit>.Geweigerd(Weigeringsgrond.AnderBesluit,
                $"Het te vervangen besluit hoort bij {vervangt.ProvincieNaam}, cyclus {vervangt.Cyclus}; dit besluit bij {Plan.ProvincieNaam}, cyclus {Plan.Cyclus}.");
        if (vervangt is not null && datum < vervangt.Datum)
            return Uitkomst<Verdeelbesluit>.Geweigerd(Weigeringsgrond.OngeldigeInvoer,
                $"Een besluit dat het besluit van {Datum(vervangt.Datum)} vervangt, kan niet eerder ({Datum(datum)}) worden vastgesteld.");
        return Uitkomst<Verdeelbesluit>.Gelukt(new Verdeelbesluit(this, datum, Verschil == 0 ? null : toelichting, vervangt));
    }

    private static string Grondslag(
        ProvinciaalPlan plan, GemeentePositie p, Fraction quotum, int plaatsen, ApportionmentMethod methode,
        int somTekort, int aantal, ulong? zaad)
    {
        var uitruil = p.Ontvangen == 0 && p.Afgestaan == 0
            ? $"gelijk aan het indicatieve aantal"
            : $"indicatief {Geheel(p.Indicatief)}, ontvangen {Geheel(p.Ontvangen)}, afgestaan {Geheel(p.Afgestaan)}";
        var zin =
            $"{p.Naam} ({p.Code}) heeft {Geheel(p.Toegezegd)} plaatsen toegezegd bij een taak na uitruil van {Geheel(p.Taak)} ({uitruil}) " +
            $"en blijft dus {Geheel(p.Tekort)} plaatsen onder de taak. Het tekort van {plan.ProvincieNaam} van {Geheel(plan.Tekort)} plaatsen " +
            $"is verdeeld over de {aantal} gemeenten met een tekort (samen {Geheel(somTekort)}), naar rato van hun tekort, volgens {methode.Description()}: " +
            $"quotum {Geheel(plan.Tekort)} × {Geheel(p.Tekort)} / {Geheel(somTekort)} = {Decimaal(quotum, 3)}, aangewezen voor {Geheel(plaatsen)} plaatsen.";
        return zaad is { } z ? $"{zin} Een gelijke stand is door loting beslist (zaad {z})." : zin;
    }
}

/// <summary>
/// An adopted verdeelbesluit: immutable, without operations. Its designations are fixed; a different decision is a
/// new record (from a new or adjusted proposal), which may name this one in <see cref="Vervangt"/>.
/// </summary>
public sealed class Verdeelbesluit
{
    internal Verdeelbesluit(VerdeelbesluitVoorstel voorstel, DateOnly datum, string? verschilToelichting, Verdeelbesluit? vervangt)
    {
        Provincie = voorstel.Plan.Provincie;
        ProvincieNaam = voorstel.Plan.ProvincieNaam;
        Cyclus = voorstel.Plan.Cyclus;
        Datum = datum;
        Tekort = voorstel.Tekort;
        Methode = voorstel.Methode;
        Loting = voorstel.Loting;
        Loten = voorstel.Loten;
        Aanwijzingen = voorstel.Aanwijzingen;
        VerschilToelichting = verschilToelichting;
        Voorstel = voorstel;
        Vervangt = vervangt;
    }

    public ProvincieCode Provincie { get; }
    public string ProvincieNaam { get; }
    public int Cyclus { get; }
    public DateOnly Datum { get; }
    public int Tekort { get; }
    public ApportionmentMethod Methode { get; }
    public TieRule Loting { get; }
    public ImmutableArray<LotDrawing> Loten { get; }
    public ImmutableArray<Aanwijzing> Aanwijzingen { get; }
    public string? VerschilToelichting { get; }

    /// <summary>The proposal as adopted; itself immutable.</summary>
    public VerdeelbesluitVoorstel Voorstel { get; }

    public Verdeelbesluit? Vervangt { get; }

    public int Som => Aanwijzingen.Sum(a => a.Plaatsen);
    public int Verschil => Som - Tekort;

    /// <summary>The decision in one Dutch sentence.</summary>
    public string Samenvatting =>
        $"Verdeelbesluit {ProvincieNaam}, cyclus {Cyclus}, vastgesteld op {Nederlands.Datum(Datum)}: " +
        (Aanwijzingen.Any(a => a.Plaatsen > 0)
            ? $"{Aanwijzingen.Count(a => a.Plaatsen > 0)} gemeenten aangewezen voor samen {Geheel(Som)} plaatsen bij een tekort van {Geheel(Tekort)}"
            : $"geen aanwijzingen (tekort {Geheel(Tekort)})") +
        (VerschilToelichting is { } t ? $"; verschil {Geheel(Verschil)}: {t}." : ".");
}
