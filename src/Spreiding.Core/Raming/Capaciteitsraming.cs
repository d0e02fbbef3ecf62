using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Raming;

/// <summary>
/// One municipality's number with every step that led to it, so an explanation is a rendering.
/// </summary>
/// <param name="Inwonersquotum">Total x inhabitants / inhabitants of the country: the number by population alone.</param>
/// <param name="Correctiefactor">1 + k x SES-WOA (1 for the population-only key).</param>
/// <param name="Gewicht">Inhabitants x correction factor.</param>
/// <param name="Quotum">Total x weight / sum of weights: the exact share before rounding.</param>
/// <param name="Plaatsen">The indicative number after rounding by the method.</param>
public sealed record GemeenteRaming(
    Gemeente Gemeente,
    string ProvincieNaam,
    int Inwoners,
    decimal? SesWoa,
    Fraction Inwonersquotum,
    decimal Correctiefactor,
    decimal Gewicht,
    Fraction Quotum,
    int Plaatsen,
    bool Begrensd,
    Fraction? AmvQuotum,
    int? Amv);

/// <summary>A province: the sums of its municipalities (the provinciale opgave).</summary>
public sealed record ProvincieRaming(
    Provincie Provincie,
    int AantalGemeenten,
    long Inwoners,
    decimal Gewicht,
    Fraction Quotum,
    int Plaatsen,
    int? Amv);

/// <summary>
/// A capaciteitsraming: the national total shared out over municipalities and summed per province,
/// with the inputs, the departures from the cycle's rules and every lot drawn.
/// </summary>
/// <param name="Afwijkingen">Why this is not the statutory distribution (empty when it is), in Dutch.</param>
public sealed record Capaciteitsraming(
    Cyclusregels Regels,
    int Totaal,
    int? AmvTotaal,
    string SleutelType,
    string SleutelOmschrijving,
    ApportionmentMethod Methode,
    Bevolking Bevolking,
    SesWoa? SesWoa,
    long SomInwoners,
    decimal SomGewichten,
    IReadOnlyList<GemeenteRaming> Gemeenten,
    IReadOnlyList<ProvincieRaming> Provincies,
    ApportionmentResult Verdeling,
    ApportionmentResult? AmvVerdeling,
    IReadOnlyList<string> Afwijkingen)
{
    public bool IsWettelijk => Afwijkingen.Count == 0;

    public int Toegekend => Verdeling.Assigned;

    /// <summary>Places given minus the national total: non-zero only for the published method.</summary>
    public int Verschil => Verdeling.Difference;

    public int? AmvToegekend => AmvVerdeling?.Assigned;

    public IReadOnlyList<LotDrawing> Lotingen => [.. Verdeling.Lots, .. AmvVerdeling?.Lots ?? []];

    public GemeenteRaming Gemeente(GemeenteCode code) =>
        Gemeenten.FirstOrDefault(g => g.Gemeente.Code == code)
        ?? throw new InvalidInputException($"Gemeente {code} komt niet voor in de indeling van deze raming.");
}
