using System.Text.Json.Serialization;

namespace Spreiding.Web.Features.Api;

public sealed record Link(string Href);

/// <summary>HAL-style links (NL GOV API Design Rules, pagination extension).</summary>
public sealed record Links(Link Self, Link? First = null, Link? Prev = null, Link? Next = null, Link? Last = null, Link? Gemeenten = null, Link? Raming = null);

public sealed record BronModel(string Naam, string Attributie, string? Url);

public sealed record BevolkingModel(DateOnly Peildatum, BronModel Bron);

public sealed record ProvincieModel(string Code, string Naam, int AantalGemeenten, long Inwoners, string Quotum, int Plaatsen, int? Amv);

public sealed record RamingModel(
    int Cyclus,
    string Titel,
    int Totaal,
    int Toegekend,
    int Verschil,
    int? AmvTotaal,
    string Sleutel,
    string SleutelOmschrijving,
    string Methode,
    bool Wettelijk,
    IReadOnlyList<string> Afwijkingen,
    BevolkingModel Bevolking,
    IReadOnlyList<ProvincieModel> Provincies,
    [property: JsonPropertyName("_links")] Links Links);

public sealed record GemeenteModel(
    string Code,
    string Naam,
    string Provinciecode,
    string Provincie,
    int Inwoners,
    decimal? SesWoa,
    string Gewicht,
    string Quotum,
    int Plaatsen,
    int? Amv,
    [property: JsonPropertyName("_links")] Links Links);

public sealed record UitlegstapModel(int Nummer, string Stap, string Waarde, string Zin);

public sealed record GemeenteDetailModel(
    int Cyclus,
    bool Wettelijk,
    IReadOnlyList<string> Afwijkingen,
    GemeenteModel Gemeente,
    IReadOnlyList<UitlegstapModel> Uitleg,
    [property: JsonPropertyName("_links")] Links Links);

public sealed record GemeentenEmbedded(IReadOnlyList<GemeenteModel> Gemeenten);

public sealed record GemeentenPagina(
    int Cyclus,
    bool Wettelijk,
    int Pagina,
    int Paginagrootte,
    int TotaalAantal,
    int AantalPaginas,
    [property: JsonPropertyName("_embedded")] GemeentenEmbedded Embedded,
    [property: JsonPropertyName("_links")] Links Links);

public sealed record BestuursovereenkomstModel(bool Getekend, DateOnly? Datum, DateOnly? Einddatum);

public sealed record LocatieModel(
    string Id,
    string Naam,
    string Gemeentecode,
    int Plaatsen,
    int AmvPlaatsen,
    string Soort,
    string Fase,
    DateOnly? Begindatum,
    DateOnly? Einddatum,
    BestuursovereenkomstModel Bestuursovereenkomst,
    string? Bron);

public sealed record LocatiesEmbedded(IReadOnlyList<LocatieModel> Locaties);

public sealed record LocatiesPagina(
    bool Voorbeeldgegevens,
    int Pagina,
    int Paginagrootte,
    int TotaalAantal,
    int AantalPaginas,
    [property: JsonPropertyName("_embedded")] LocatiesEmbedded Embedded,
    [property: JsonPropertyName("_links")] Links Links);
