using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Verdeelsleutel;

namespace Spreiding.Core.Raming;

public static partial class RamingEngine
{
    /// <summary>
    /// The raming with every weight an integer over one power of ten, end to end: the key's correction
    /// factors as mantissa and scale (<see cref="IScaledKey"/>), the weights scaled once to their common
    /// scale and handed to the apportionment as they are (no decimal parsing, codes known unique), the
    /// records and the provincial sums from the same integers. The decimals in the result are built from
    /// those integers with the scale decimal arithmetic would give them, so the raming equals
    /// <see cref="BerekenAlgemeen"/>'s.
    /// Null when anything is outside that domain or would be refused (a missing number, a bound, a weight
    /// that is not positive, numbers too large): <see cref="BerekenAlgemeen"/> then decides and reports.
    /// </summary>
    internal static Capaciteitsraming? TryBerekenGeschaald(RamingInvoer invoer)
    {
        var regels = invoer.Regels;
        var opties = invoer.Opties;
        if (opties.Minimum is not null || opties.Maximum is not null) return null;
        var indeling = invoer.Indeling.Indexed(regels.IndelingOp.Waarde);
        var n = indeling.Count;
        if (n == 0) return null;

        var sleutel = KiesSleutel(invoer);
        if (sleutel is not IScaledKey geschaald) return null;
        var totaal = opties.Totaal ?? regels.TotaalPlaatsen.Waarde;
        var methode = opties.Methode ?? regels.Verdeelmethode.Waarde;
        var gelijkspel = opties.Gelijkspel ?? new TieRule.Refuse();
        var amvTotaal = opties.Totaal is null ? regels.AmvPlaatsen.Waarde : null;
        if (totaal < 0 || amvTotaal < 0 || !ApportionmentMethods.IsDefined(methode)) return null;

        var inwoners = AlignedInputs.Inhabitants(invoer.Bevolking, indeling);
        if (inwoners is null) return null;
        var scores = invoer.SesWoa is null ? null : AlignedInputs.ScoresOf(invoer.SesWoa, indeling);
        var bruikbaar = scores is { Complete: true, Split: true };

        var factoren = n <= 512 ? stackalloc ulong[n] : new ulong[n];
        var schalen = n <= 512 ? stackalloc byte[n] : new byte[n];
        if (!geschaald.TryFactors(bruikbaar ? scores!.Mantissas : [], bruikbaar ? scores!.Scales : [], factoren, schalen))
            return null;

        // Weight i = inhabitants x factor at the factor's scale; all of them at the largest scale.
        var gewichten = new UInt128[n];
        var schaal = 0;
        long somInwoners = 0;
        for (var i = 0; i < n; i++)
        {
            if (inwoners[i] <= 0) return null;
            somInwoners += inwoners[i];
            gewichten[i] = Math.BigMul((ulong)inwoners[i], factoren[i]);
            if ((gewichten[i] >> 64) != UInt128.Zero) return null;
            if (schalen[i] > schaal) schaal = schalen[i];
        }
        var som = UInt128.Zero;
        for (var i = 0; i < n; i++)
        {
            var w = schalen[i] == schaal ? gewichten[i] : gewichten[i] * DecimalParts.Pow10(schaal - schalen[i]);
            if (w >= PreparedRequest.WeightLimit) return null;
            som += w;
            if (som >= PreparedRequest.WeightLimit) return null;
            gewichten[i] = w;
        }

        // The apportionment works at the smallest common scale, as it finds it from the decimals.
        var verdeelschaal = schaal;
        while (verdeelschaal > 0 && AllMultiplesOfTen(gewichten))
        {
            for (var i = 0; i < n; i++) gewichten[i] = Tenth(gewichten[i]);
            verdeelschaal--;
        }

        var gewichtDecimaal = new decimal[n];
        for (var i = 0; i < n; i++)
            gewichtDecimaal[i] = DecimalParts.Positive((ulong)inwoners[i] * factoren[i], schalen[i]);
        var verzoek = PreparedRequest.FromScaled(indeling.Codes, gewichtDecimaal, gewichten, verdeelschaal, totaal, methode);
        var verdelingen = Apportioner.Apportion(verzoek, methode, gelijkspel, amvTotaal is { } amv ? [amv] : []);
        var verdeling = verdelingen[0];
        var amvVerdeling = verdelingen.Length > 1 ? verdelingen[1] : null;
        var toegekend = (Allotment[])verdeling.Allotments;
        var amvToegekend = (Allotment[]?)amvVerdeling?.Allotments;

        var provincies = indeling.ProvinceArray;
        var aantal = new int[provincies.Length];
        var provincieInwoners = new long[provincies.Length];
        var provincieGewicht = new UInt128[provincies.Length];
        var provincieSchaal = new int[provincies.Length];
        var plaatsen = new int[provincies.Length];
        var amvPlaatsen = new int[provincies.Length];
        var rijen = new List<GemeenteRaming>(n);
        var gemeenten = indeling.Items;
        var provincieIndex = indeling.ProvinceIndex;
        var totaalBreed = (Int128)totaal;
        for (var i = 0; i < n; i++)
        {
            var p = provincieIndex[i];
            var a = toegekend[i];
            var inw = inwoners[i];
            Fraction? amvQuotum = null;
            int? amvDeel = null;
            if (amvToegekend is not null)
            {
                amvQuotum = amvToegekend[i].Quota;
                amvDeel = amvToegekend[i].Seats;
                amvPlaatsen[p] += amvToegekend[i].Seats;
            }
            rijen.Add(new GemeenteRaming(
                gemeenten[i],
                provincies[p].Naam,
                inw,
                scores?.Values[i],
                Fraction.OverPositive(totaalBreed * inw, somInwoners),
                DecimalParts.Positive(factoren[i], schalen[i]),
                gewichtDecimaal[i],
                a.Quota,
                a.Seats,
                a.Bounded,
                amvQuotum,
                amvDeel));
            aantal[p]++;
            provincieInwoners[p] += inw;
            provincieGewicht[p] += gewichten[i];
            if (schalen[i] > provincieSchaal[p]) provincieSchaal[p] = schalen[i];
            plaatsen[p] += a.Seats;
        }

        // A sum of decimals has the largest scale among its terms.
        var somGewichten = DecimalParts.Positive(Rescale(verzoek.WeightSum, verdeelschaal, schaal), schaal);
        var noemer = (Int128)verzoek.WeightSum;
        var provincieRamingen = new List<ProvincieRaming>(provincies.Length);
        for (var p = 0; p < provincies.Length; p++)
        {
            if (aantal[p] == 0) continue;
            provincieRamingen.Add(new ProvincieRaming(
                provincies[p], aantal[p], provincieInwoners[p],
                DecimalParts.Positive(Rescale(provincieGewicht[p], verdeelschaal, provincieSchaal[p]), provincieSchaal[p]),
                Fraction.OverPositive(totaalBreed * (Int128)provincieGewicht[p], noemer),
                plaatsen[p], amvVerdeling is null ? null : amvPlaatsen[p]));
        }

        return new Capaciteitsraming(
            regels, totaal, amvTotaal, sleutel.Type, sleutel.Omschrijving, methode,
            invoer.Bevolking, invoer.SesWoa, somInwoners, somGewichten,
            rijen, provincieRamingen, verdeling, amvVerdeling,
            Afwijkingen(invoer, sleutel, totaal, methode));
    }

    private static bool AllMultiplesOfTen(UInt128[] values)
    {
        foreach (var v in values)
            if (((v >> 64) == UInt128.Zero ? (ulong)v % 10 : v % 10) != 0) return false;
        return true;
    }

    private static UInt128 Tenth(UInt128 value) => (value >> 64) == UInt128.Zero ? (ulong)value / 10 : value / 10;

    /// <summary>value x 10^-from written at scale <paramref name="to"/> (exact: the caller knows it divides).</summary>
    private static UInt128 Rescale(UInt128 value, int from, int to) =>
        to >= from ? value * DecimalParts.Pow10(to - from) : value / DecimalParts.Pow10(from - to);
}
