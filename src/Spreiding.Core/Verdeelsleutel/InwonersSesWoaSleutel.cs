using System.Globalization;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Core.Verdeelsleutel;

/// <summary>
/// The statutory key: inhabitants x (1 + k x SES-WOA), normalised over the country by the
/// apportionment (amendement Van Dijk, Kamerstuk 36333 nr. 75; k from the rules file).
/// </summary>
public sealed class InwonersSesWoaSleutel(decimal k) : IVerdeelsleutel, IScaledKey
{
    public const string TypeNaam = "inwoners-ses-woa";

    public decimal K { get; } = k;

    public string Type => TypeNaam;

    public string Omschrijving { get; } =
        $"inwoners × (1 + {k.ToString(CultureInfo.InvariantCulture)} × SES-WOA-score), genormaliseerd over het land";

    public IReadOnlyList<Indeling.GemeenteCode> Ontbrekend(IReadOnlyList<GemeenteKenmerken> gemeenten) =>
        gemeenten.Where(g => g.SesWoa is null).Select(g => g.Gemeente.Code).ToList();

    public Sleutelgewicht Gewicht(GemeenteKenmerken gemeente)
    {
        var ses = gemeente.SesWoa
                  ?? throw new InvalidInputException($"Geen SES-WOA-score voor {gemeente.Gemeente.Code} {gemeente.Gemeente.Naam}.");
        var factor = 1 + K * ses;
        if (factor < 0)
            throw new InvalidInputException(
                $"{gemeente.Gemeente.Code} {gemeente.Gemeente.Naam}: 1 + k × SES-WOA = {factor.ToString(CultureInfo.InvariantCulture)} is negatief; kies een kleinere k.");
        return new Sleutelgewicht(gemeente.Gemeente.Code, gemeente.Inwoners * factor, factor);
    }

    /// <summary>
    /// 1 + k x s with k = a x 10^-p and s = b x 10^-q is (10^(p+q) + a b) x 10^-(p+q): the scale decimal
    /// multiplication and addition give it while the mantissa fits.
    /// </summary>
    bool IScaledKey.TryFactors(ReadOnlySpan<long> scoreMantissas, ReadOnlySpan<byte> scoreScales, Span<ulong> factors, Span<byte> scales)
    {
        if (scoreMantissas.Length != factors.Length || !DecimalParts.TrySplit(K, out var k, out var kScale)) return false;
        var smallK = k is >= int.MinValue and <= int.MaxValue;
        for (var i = 0; i < factors.Length; i++)
        {
            var scale = kScale + scoreScales[i];
            if (scale > IScaledKey.MaxScale) return false;
            var score = scoreMantissas[i];
            long factor;
            // Both below 2^31: k x score and 10^18 + k x score fit in 63 bits.
            if (smallK && score is >= int.MinValue and <= int.MaxValue)
                factor = (long)DecimalParts.SmallPow10(scale) + k * score;
            else
            {
                var wide = (Int128)DecimalParts.Pow10(scale) + Math.BigMul(k, score);
                factor = wide > Int128.Zero && wide <= long.MaxValue ? (long)wide : 0;
            }
            if (factor <= 0) return false;
            factors[i] = (ulong)factor;
            scales[i] = (byte)scale;
        }
        return true;
    }
}

/// <summary>Population only: each municipality weighs its inhabitants. Not the statutory key.</summary>
public sealed class InwonersSleutel : IVerdeelsleutel, IScaledKey
{
    public const string TypeNaam = "inwoners";

    public string Type => TypeNaam;

    public string Omschrijving => "alleen inwoners (zonder SES-WOA-correctie)";

    public IReadOnlyList<Indeling.GemeenteCode> Ontbrekend(IReadOnlyList<GemeenteKenmerken> gemeenten) => [];

    public Sleutelgewicht Gewicht(GemeenteKenmerken gemeente) => new(gemeente.Gemeente.Code, gemeente.Inwoners, 1m);

    /// <summary>The factor 1m: mantissa 1, scale 0.</summary>
    bool IScaledKey.TryFactors(ReadOnlySpan<long> scoreMantissas, ReadOnlySpan<byte> scoreScales, Span<ulong> factors, Span<byte> scales)
    {
        factors.Fill(1);
        scales.Clear();
        return true;
    }
}
