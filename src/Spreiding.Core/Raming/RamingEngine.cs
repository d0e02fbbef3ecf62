using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Indeling;
using Spreiding.Core.Verdeelsleutel;

namespace Spreiding.Core.Raming;

/// <summary>
/// National total -> municipalities (key, exact quota, rounding) -> provinces (sums).
/// Art. 2 lid 1 wet and art. 2 AMvB (Stb. 2024, 13): the raming holds the provinciale opgave and an
/// indicatieve verdeling per gemeente.
/// </summary>
public static partial class RamingEngine
{
    /// <summary>
    /// The raming of <paramref name="invoer"/>. Computed with scaled integer weights where the key and the
    /// inputs allow it (<see cref="TryBerekenGeschaald"/>), else with the decimal weights of
    /// <see cref="BerekenAlgemeen"/>; both give the same raming, to the last digit and decimal scale.
    /// </summary>
    public static Capaciteitsraming Bereken(RamingInvoer invoer) => TryBerekenGeschaald(invoer) ?? BerekenAlgemeen(invoer);

    /// <summary>The raming with the key's decimal weights: every input, every key, every check and message.</summary>
    internal static Capaciteitsraming BerekenAlgemeen(RamingInvoer invoer)
    {
        var regels = invoer.Regels;
        var opties = invoer.Opties;
        var gemeenten = invoer.Indeling.OpDatum(regels.IndelingOp.Waarde);
        if (gemeenten.Count == 0)
            throw new InvalidInputException($"De gemeentelijke indeling kent geen gemeenten op {regels.IndelingOp.Waarde:yyyy-MM-dd}.");

        var sleutel = KiesSleutel(invoer);
        var kenmerken = Kenmerken(invoer, gemeenten);
        var ontbrekend = sleutel.Ontbrekend(kenmerken);
        if (ontbrekend.Count > 0)
        {
            var set = ontbrekend.ToHashSet();
            throw new OntbrekendeGegevensException(
                sleutel.Type,
                gemeenten.Where(g => set.Contains(g.Code)).ToList(),
                gemeenten.Count,
                $"De verdeelsleutel '{sleutel.Omschrijving}' mist gegevens voor {ontbrekend.Count} van de {gemeenten.Count} gemeenten " +
                $"({string.Join(", ", ontbrekend.Take(5))}{(ontbrekend.Count > 5 ? ", ..." : "")}).");
        }

        var gewichten = new Sleutelgewicht[kenmerken.Count];
        var somGewichten = 0m;
        for (var i = 0; i < gewichten.Length; i++)
        {
            gewichten[i] = sleutel.Gewicht(kenmerken[i]);
            somGewichten += gewichten[i].Gewicht;
        }
        var totaal = opties.Totaal ?? regels.TotaalPlaatsen.Waarde;
        var methode = opties.Methode ?? regels.Verdeelmethode.Waarde;
        var gelijkspel = opties.Gelijkspel ?? new TieRule.Refuse();

        var claimants = new Claimant[gewichten.Length];
        for (var i = 0; i < claimants.Length; i++)
            claimants[i] = new Claimant(gewichten[i].Gemeente.ToString(), gewichten[i].Gewicht, opties.Minimum, opties.Maximum);

        // amv places are shared with the same key and method (about 8.5% of every number in 2024),
        // without the per-municipality bounds, which belong to the total.
        var amvTotaal = opties.Totaal is null ? regels.AmvPlaatsen.Waarde : null;
        var verzoek = new ApportionmentRequest(claimants, totaal, methode, gelijkspel);
        ApportionmentResult verdeling;
        ApportionmentResult? amvVerdeling = null;
        if (amvTotaal is not { } amv)
            verdeling = Apportioner.Apportion(verzoek);
        else if (opties.Minimum is null && opties.Maximum is null)
        {
            var beide = Apportioner.Apportion(verzoek, [amv]);
            verdeling = beide[0];
            amvVerdeling = beide[1];
        }
        else
        {
            verdeling = Apportioner.Apportion(verzoek);
            amvVerdeling = Apportioner.Apportion(verzoek with
            {
                Claimants = claimants.Select(c => c with { Minimum = null, Maximum = null }).ToArray(),
                Total = amv,
            });
        }

        var somInwoners = kenmerken.Sum(k => (long)k.Inwoners);
        var provincieNamen = invoer.Indeling.Provincies.ToDictionary(p => p.Code, p => p.Naam);
        var rijen = new List<GemeenteRaming>(gemeenten.Count);
        for (var i = 0; i < gemeenten.Count; i++)
        {
            var toegekend = verdeling.Allotments[i];
            var amvToegekend = amvVerdeling?.Allotments[i];
            rijen.Add(new GemeenteRaming(
                gemeenten[i],
                provincieNamen[gemeenten[i].Provincie],
                kenmerken[i].Inwoners,
                kenmerken[i].SesWoa,
                new Fraction((Int128)totaal * kenmerken[i].Inwoners, somInwoners),
                gewichten[i].Correctiefactor,
                gewichten[i].Gewicht,
                toegekend.Quota,
                toegekend.Seats,
                toegekend.Bounded,
                amvToegekend?.Quota,
                amvToegekend?.Seats));
        }

        var provincies = SomPerProvincie(invoer.Indeling.Provincies, rijen, amvVerdeling is not null);

        return new Capaciteitsraming(
            regels, totaal, amvTotaal, sleutel.Type, sleutel.Omschrijving, methode,
            invoer.Bevolking, invoer.SesWoa, somInwoners, somGewichten,
            rijen, provincies, verdeling, amvVerdeling,
            Afwijkingen(invoer, sleutel, totaal, methode));
    }

    /// <summary>The provinciale opgave: the sums of each province's municipalities, in one pass.</summary>
    private static List<ProvincieRaming> SomPerProvincie(IReadOnlyList<Provincie> provincies, List<GemeenteRaming> rijen, bool metAmv)
    {
        var index = new Dictionary<ProvincieCode, int>(provincies.Count);
        for (var i = 0; i < provincies.Count; i++) index[provincies[i].Code] = i;
        var aantal = new int[provincies.Count];
        var inwoners = new long[provincies.Count];
        var gewicht = new decimal[provincies.Count];
        var quotum = new Fraction?[provincies.Count];
        var plaatsen = new int[provincies.Count];
        var amv = new int[provincies.Count];
        foreach (var r in rijen)
        {
            var p = index[r.Gemeente.Provincie];
            aantal[p]++;
            inwoners[p] += r.Inwoners;
            gewicht[p] += r.Gewicht;
            quotum[p] = quotum[p] is { } q ? q.Add(r.Quotum) : r.Quotum;
            plaatsen[p] += r.Plaatsen;
            amv[p] += r.Amv ?? 0;
        }
        var result = new List<ProvincieRaming>(provincies.Count);
        for (var p = 0; p < provincies.Count; p++)
            if (aantal[p] > 0)
                result.Add(new ProvincieRaming(provincies[p], aantal[p], inwoners[p], gewicht[p], quotum[p]!.Value, plaatsen[p], metAmv ? amv[p] : null));
        return result;
    }

    private static IVerdeelsleutel KiesSleutel(RamingInvoer invoer)
    {
        var regel = invoer.Regels.Sleutel;
        var gevraagd = invoer.Opties.Sleuteltype;
        if (gevraagd is null || Verdeelsleutels.Canonical(gevraagd).Equals(regel.Type, StringComparison.OrdinalIgnoreCase))
            return Verdeelsleutels.FromRule(regel);
        // Another key type than the rules': its parameters are its own defaults, not the rules'.
        return Verdeelsleutels.Create(gevraagd, regel.Parameters.ToDictionary(p => p.Key, p => p.Value.Waarde));
    }

    private static List<GemeenteKenmerken> Kenmerken(RamingInvoer invoer, IReadOnlyList<Gemeente> gemeenten)
    {
        var inwoners = invoer.Bevolking.Inwoners;
        var scores = invoer.SesWoa?.Scores;
        var kenmerken = new List<GemeenteKenmerken>(gemeenten.Count);
        List<Gemeente>? zonderInwoners = null;
        foreach (var g in gemeenten)
        {
            if (!inwoners.TryGetValue(g.Code, out var aantal))
            {
                (zonderInwoners ??= []).Add(g);
                continue;
            }
            kenmerken.Add(new GemeenteKenmerken(g, aantal, scores is not null && scores.TryGetValue(g.Code, out var score) ? score : null));
        }
        if (zonderInwoners is not null)
            throw new InvalidInputException(
                $"De bevolkingsgegevens ({invoer.Bevolking.Bron.Naam}) missen {zonderInwoners.Count} gemeente(n): " +
                string.Join(", ", zonderInwoners.Take(10).Select(g => $"{g.Code} {g.Naam}")) + ". Laad een volledig bestand.");
        return kenmerken;
    }

    private static List<string> Afwijkingen(RamingInvoer invoer, IVerdeelsleutel sleutel, int totaal, ApportionmentMethod methode)
    {
        var regels = invoer.Regels;
        var lijst = new List<string>();
        if (!sleutel.Type.Equals(regels.Sleutel.Type, StringComparison.OrdinalIgnoreCase))
            lijst.Add($"verdeelsleutel '{sleutel.Omschrijving}' in plaats van de wettelijke sleutel '{Verdeelsleutels.FromRule(regels.Sleutel).Omschrijving}'");
        if (totaal != regels.TotaalPlaatsen.Waarde)
            lijst.Add($"totaal {Nederlands.Geheel(totaal)} in plaats van het vastgestelde totaal {Nederlands.Geheel(regels.TotaalPlaatsen.Waarde)}");
        if (methode != regels.Verdeelmethode.Waarde)
            lijst.Add($"verdeelmethode '{methode.Name()}' in plaats van '{regels.Verdeelmethode.Waarde.Name()}'");
        if (invoer.Bevolking.Peildatum != regels.PeildatumBevolking.Waarde)
            lijst.Add($"bevolking op {Nederlands.Datum(invoer.Bevolking.Peildatum)} in plaats van de peildatum {Nederlands.Datum(regels.PeildatumBevolking.Waarde)}");
        if (invoer.Opties.Minimum is not null || invoer.Opties.Maximum is not null)
            lijst.Add("een minimum of maximum per gemeente, dat de regels niet kennen");
        return lijst;
    }
}
