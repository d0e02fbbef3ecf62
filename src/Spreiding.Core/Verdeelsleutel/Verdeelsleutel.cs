using Spreiding.Core.Indeling;

namespace Spreiding.Core.Verdeelsleutel;

/// <summary>What a key may use of a municipality. New indicators (area, say) are added here.</summary>
public readonly record struct GemeenteKenmerken(Gemeente Gemeente, int Inwoners, decimal? SesWoa);

/// <summary>One municipality's weight, with the factor that corrected its inhabitants.</summary>
/// <param name="Correctiefactor">Weight / inhabitants: 1 + k x SES-WOA for the statutory key, 1 for population only.</param>
public readonly record struct Sleutelgewicht(GemeenteCode Gemeente, decimal Gewicht, decimal Correctiefactor);

/// <summary>
/// A distribution key: turns municipal characteristics into weights. The weights need not sum to
/// anything; the apportionment normalises them over the country.
/// </summary>
public interface IVerdeelsleutel
{
    /// <summary>The registry name, as in rules files and on the command line.</summary>
    string Type { get; }

    /// <summary>The key in words, with its parameters, for titles and explanations.</summary>
    string Omschrijving { get; }

    /// <summary>The municipalities for which this key lacks data (e.g. no SES-WOA score).</summary>
    IReadOnlyList<GemeenteCode> Ontbrekend(IReadOnlyList<GemeenteKenmerken> gemeenten);

    Sleutelgewicht Gewicht(GemeenteKenmerken gemeente);
}

/// <summary>
/// A key whose correction factor the raming can compute with integers: each factor as the mantissa and
/// scale that the decimal arithmetic of <see cref="IVerdeelsleutel.Gewicht"/> stores it with (trailing zeros
/// kept), so the weights, their decimals and everything after are the same.
/// </summary>
internal interface IScaledKey
{
    /// <summary>Largest factor scale the integer computation takes on (10^18 fits in 63 bits).</summary>
    const int MaxScale = 18;

    /// <summary>
    /// Fills factor[i] x 10^-scale[i], the correction factor of municipality i, from its score
    /// (scoreMantissas[i] x 10^-scoreScales[i]; empty spans when there are no usable scores). False when the
    /// key needs a score it lacks, or a factor is not positive, not below 2^63 or has a scale above
    /// <see cref="MaxScale"/>: the decimal computation then decides, and reports what is wrong.
    /// </summary>
    bool TryFactors(ReadOnlySpan<long> scoreMantissas, ReadOnlySpan<byte> scoreScales, Span<ulong> factors, Span<byte> scales);
}
