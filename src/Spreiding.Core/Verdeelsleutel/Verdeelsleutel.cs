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
