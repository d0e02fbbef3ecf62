using System.Globalization;

namespace Spreiding.Core.Verdeelsleutel;

/// <summary>
/// The statutory key: inhabitants x (1 + k x SES-WOA), normalised over the country by the
/// apportionment (amendement Van Dijk, Kamerstuk 36333 nr. 75; k from the rules file).
/// </summary>
public sealed class InwonersSesWoaSleutel(decimal k) : IVerdeelsleutel
{
    public const string TypeNaam = "inwoners-ses-woa";

    public decimal K { get; } = k;

    public string Type => TypeNaam;

    public string Omschrijving =>
        $"inwoners × (1 + {K.ToString(CultureInfo.InvariantCulture)} × SES-WOA-score), genormaliseerd over het land";

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
}

/// <summary>Population only: each municipality weighs its inhabitants. Not the statutory key.</summary>
public sealed class InwonersSleutel : IVerdeelsleutel
{
    public const string TypeNaam = "inwoners";

    public string Type => TypeNaam;

    public string Omschrijving => "alleen inwoners (zonder SES-WOA-correctie)";

    public IReadOnlyList<Indeling.GemeenteCode> Ontbrekend(IReadOnlyList<GemeenteKenmerken> gemeenten) => [];

    public Sleutelgewicht Gewicht(GemeenteKenmerken gemeente) => new(gemeente.Gemeente.Code, gemeente.Inwoners, 1m);
}
