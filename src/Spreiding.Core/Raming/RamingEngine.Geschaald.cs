using System.Runtime.CompilerServices;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Indeling;
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
        if (indeling.Count == 0) return null;

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
        var gewichten = ScaledWeights.TryCreate(geschaald, inwoners, scores);
        if (gewichten is null) return null;

        var verzoek = PreparedRequest.FromScaled(indeling.Codes, gewichten.Decimals, gewichten.Weights, gewichten.Scale, totaal, methode);
        var verdelingen = Apportioner.Apportion(verzoek, methode, gelijkspel, amvTotaal is { } amv ? [amv] : []);
        var verdeling = verdelingen[0];
        var amvVerdeling = verdelingen.Length > 1 ? verdelingen[1] : null;

        var sommen = new Provinciesom[indeling.ProvinceArray.Length];
        var rijen = Rijen(indeling, inwoners, scores, gewichten, totaal, verdeling, amvVerdeling, sommen);
        var provincies = Provincies(indeling.ProvinceArray, sommen, gewichten, totaal, verzoek.WeightSum, amvVerdeling is not null);

        return new Capaciteitsraming(
            regels, totaal, amvTotaal, sleutel.Type, sleutel.Omschrijving, methode,
            invoer.Bevolking, invoer.SesWoa, gewichten.InhabitantSum, gewichten.SumDecimal(verzoek.WeightSum),
            rijen, provincies, verdeling, amvVerdeling,
            Afwijkingen(invoer, sleutel, totaal, methode));
    }

    /// <summary>What a province adds up of its municipalities, weights at the apportionment's scale.</summary>
    private struct Provinciesom
    {
        public int Aantal;
        public long Inwoners;
        public UInt128 Gewicht;
        public int Schaal;
        public int Plaatsen;
        public int Amv;
    }

    private static GemeenteRaming[] Rijen(
        IndexedDivision indeling, int[] inwoners, AlignedScores? scores, ScaledWeights gewichten, int totaal,
        ApportionmentResult verdeling, ApportionmentResult? amvVerdeling, Provinciesom[] sommen)
    {
        var toegekend = (Allotment[])verdeling.Allotments;
        var amvToegekend = (Allotment[]?)amvVerdeling?.Allotments;
        var rijen = Rijen(indeling, inwoners, scores?.Values, gewichten, totaal, toegekend, amvToegekend);

        // The provincial sums, in a pass of their own.
        var (provincieIndex, schalen, geschaald) = (indeling.ProvinceIndex, gewichten.FactorScales, gewichten.Weights);
        for (var i = 0; i < rijen.Length; i++)
        {
            ref var som = ref sommen[provincieIndex[i]];
            som.Aantal++;
            som.Inwoners += inwoners[i];
            som.Gewicht += geschaald[i];
            if (schalen[i] > som.Schaal) som.Schaal = schalen[i];
            som.Plaatsen += toegekend[i].Seats;
            if (amvToegekend is not null) som.Amv += amvToegekend[i].Seats;
        }
        return rijen;
    }

    // A small method of its own, so that its loop keeps its values in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GemeenteRaming[] Rijen(
        IndexedDivision indeling, int[] inwoners, decimal?[]? scores, ScaledWeights gewichten, int totaal,
        Allotment[] toegekend, Allotment[]? amvToegekend)
    {
        var (gemeenten, namen) = (indeling.Items, indeling.ProvinceNames);
        var (factoren, schalen, decimalen) = (gewichten.Factors, gewichten.FactorScales, gewichten.Decimals);
        var somInwoners = (Int128)gewichten.InhabitantSum;
        var rijen = new GemeenteRaming[gemeenten.Length];
        for (var i = 0; i < rijen.Length; i++)
        {
            ref readonly var a = ref toegekend[i];
            Fraction? amvQuotum = null;
            int? amv = null;
            if (amvToegekend is not null)
            {
                ref readonly var b = ref amvToegekend[i];
                amvQuotum = b.Quota;
                amv = b.Seats;
            }
            rijen[i] = new GemeenteRaming(gemeenten[i], namen[i], inwoners[i], scores?[i],
                Fraction.OverPositive((Int128)ExactMath.Product((ulong)totaal, (ulong)inwoners[i]), somInwoners),
                DecimalParts.Positive(factoren[i], schalen[i]), decimalen[i], a.Quota, a.Seats, a.Bounded, amvQuotum, amv);
        }
        return rijen;
    }

    /// <summary>The provinces with municipalities, in the division's order: sums of integers, decimals at the
    /// largest scale among the terms (as a decimal sum has it), quotas over the apportionment's denominator.</summary>
    private static List<ProvincieRaming> Provincies(
        Provincie[] provincies, Provinciesom[] sommen, ScaledWeights gewichten, int totaal, UInt128 gewichtsom, bool metAmv)
    {
        var noemer = (Int128)gewichtsom;
        var result = new List<ProvincieRaming>(provincies.Length);
        for (var p = 0; p < provincies.Length; p++)
        {
            ref readonly var som = ref sommen[p];
            if (som.Aantal == 0) continue;
            result.Add(new ProvincieRaming(
                provincies[p], som.Aantal, som.Inwoners,
                DecimalParts.Positive(DecimalParts.Rescale(som.Gewicht, gewichten.Scale, som.Schaal), som.Schaal),
                Fraction.OverPositive((Int128)totaal * (Int128)som.Gewicht, noemer),
                som.Plaatsen, metAmv ? som.Amv : null));
        }
        return result;
    }
}

/// <summary>
/// The key's weights as integers: factor i = <see cref="Factors"/>[i] x 10^-<see cref="FactorScales"/>[i]
/// (the key's correction factor as its decimal stores it), weight i = inhabitants x factor, and
/// <see cref="Weights"/>[i] = weight i x 10^<see cref="Scale"/>, at the smallest scale that makes every
/// weight an integer (the one the apportionment finds from the decimals).
/// </summary>
internal sealed class ScaledWeights
{
    private ScaledWeights(ulong[] factors, byte[] factorScales, UInt128[] weights, int scale, int largestScale, decimal[] decimals, long inhabitantSum)
    {
        Factors = factors;
        FactorScales = factorScales;
        Weights = weights;
        Scale = scale;
        LargestScale = largestScale;
        Decimals = decimals;
        InhabitantSum = inhabitantSum;
    }

    public ulong[] Factors { get; }
    public byte[] FactorScales { get; }
    public UInt128[] Weights { get; }
    public int Scale { get; }
    /// <summary>The largest of <see cref="FactorScales"/>: the scale of the decimal sum of the weights.</summary>
    public int LargestScale { get; }
    /// <summary>Weight i as the decimal inhabitants x factor gives.</summary>
    public decimal[] Decimals { get; }
    public long InhabitantSum { get; }

    /// <summary>The sum of the decimal weights, from the sum of <see cref="Weights"/>.</summary>
    public decimal SumDecimal(UInt128 weightSum) => DecimalParts.Positive(DecimalParts.Rescale(weightSum, Scale, LargestScale), LargestScale);

    /// <summary>
    /// Null when a factor or a population is not positive, a weight does not fit in 64 bits, or their sum
    /// at the common scale reaches <see cref="PreparedRequest.WeightLimit"/>.
    /// </summary>
    public static ScaledWeights? TryCreate(IScaledKey key, int[] inhabitants, AlignedScores? scores)
    {
        var n = inhabitants.Length;
        var factors = new ulong[n];
        var factorScales = new byte[n];
        var usable = scores is { Complete: true, Split: true };
        if (!key.TryFactors(usable ? scores!.Mantissas : [], usable ? scores!.Scales : [], factors, factorScales)) return null;

        var largest = 0;
        foreach (var factorScale in factorScales) largest = Math.Max(largest, factorScale);
        var decimals = new decimal[n];
        var weights = new UInt128[n];
        var sum = UInt128.Zero;
        long inhabitantSum = 0;
        for (var i = 0; i < n; i++)
        {
            var inh = inhabitants[i];
            if (inh <= 0) return null;
            inhabitantSum += inh;
            if (Math.BigMul((ulong)inh, factors[i], out var w) != 0) return null;
            decimals[i] = DecimalParts.Positive(w, factorScales[i]);
            // At the largest scale; each below WeightLimit (2^90), so their sum cannot overflow.
            var weight = factorScales[i] == largest ? w : ExactMath.Product(w, DecimalParts.SmallPow10(largest - factorScales[i]));
            if (weight >= PreparedRequest.WeightLimit) return null;
            weights[i] = weight;
            sum += weight;
        }
        if (sum >= PreparedRequest.WeightLimit) return null;

        var scale = largest;
        while (scale > 0 && AllMultiplesOfTen(weights))
        {
            for (var i = 0; i < n; i++) weights[i] = Tenth(weights[i]);
            scale--;
        }
        return new ScaledWeights(factors, factorScales, weights, scale, largest, decimals, inhabitantSum);
    }

    private static bool AllMultiplesOfTen(UInt128[] values)
    {
        foreach (var v in values)
            if ((v <= ulong.MaxValue ? (ulong)v % 10 : v % 10) != 0) return false;
        return true;
    }

    private static UInt128 Tenth(UInt128 value) => value <= ulong.MaxValue ? (ulong)value / 10 : value / 10;
}
