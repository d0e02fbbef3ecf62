using System.Text.Json.Serialization;
using Spreiding.Web.Features.Api;

namespace Spreiding.Web.Features.Scenarios;

/// <summary>The 10th, 50th and 90th percentile over the runs, in whole places.</summary>
public sealed record PercentielModel(int P10, int P50, int P90);

/// <summary>A model parameter as in the scenario file: central value, range for the Monte Carlo runs, source.</summary>
public sealed record ScenarioParameterModel(string Naam, double Waarde, double? Min, double? Max, string Bron, string? Toelichting);

/// <summary>A lever: as in the file, the value used, and the query parameter and bounds to choose another value.</summary>
/// <param name="Bestandswaarde">The central value in the scenario file.</param>
/// <param name="Waarde">The central value used for these figures (the chosen one, or the file's).</param>
/// <param name="Aanpasbaar">False for a lever without a range in the file: its value is fixed.</param>
public sealed record ScenarioHefboomModel(
    string Queryparameter, string Naam, string Type, string? Parameter, DateOnly Start, string Eenheid,
    double Waarde, double Bestandswaarde, double? Min, double? Max, bool Aanpasbaar, string Bron, string? Toelichting);

/// <summary>The national need at one month point: the central path and the percentiles over the runs.</summary>
public sealed record BehoefteMaandModel(DateOnly Maand, int Centraal, int P10, int P50, int P90);

/// <summary>What the baseline must reproduce, and whether the central need does (within the margin).</summary>
public sealed record ScenarioDoelModel(int Behoefte, int Marge, string Bron, bool Gereproduceerd);

/// <summary>
/// One province: the forecast places and the task to realise after counted places (P10/P50/P90), and, when there is
/// a baseline, its P50 and the per-run difference scenario minus baseline.
/// </summary>
public sealed record ScenarioProvincieModel(
    string Code, string Naam, int Geteld, PercentielModel Plaatsen, PercentielModel TeRealiseren,
    int? BasisP50 = null, int? VerschilP50 = null, PercentielModel? VerschilPerRun = null);

/// <summary>The revision check (art. 2 lid 2 wet) with the threshold from the cycle's rules.</summary>
/// <param name="RelatiefVerschil">|scenario P50 - baseline P50| / baseline P50; null when the baseline is 0.</param>
public sealed record HerzieningModel(bool Gemarkeerd, double? RelatiefVerschil, decimal Drempel, string DrempelBron, string Regelbestand, string Zin);

/// <summary>The scenario against its baseline (the file it inherits from), with the same runs and seed, runs paired by index.</summary>
public sealed record ScenarioVergelijkingModel(string Basis, string BasisTitel, PercentielModel BehoefteBasis, PercentielModel Verschil, HerzieningModel Herziening);

/// <summary>A tornado bar: the need on the peildatum with one figure at its minimum and at its maximum, all others central.</summary>
public sealed record TornadoModel(string Naam, string Soort, double Min, double Centraal, double Max, int BijMinimum, int BijMaximum, string Bron);

public sealed record ScenarioLinks(Link Self, Link? Basis = null, Link? Scenarios = null, Link? Html = null);

/// <summary>A scenario computed: the figures of the page <c>/scenarios/{naam}</c> and of <c>GET /api/v1/scenarios/{naam}</c>.</summary>
/// <param name="Naam">The scenario's name in URLs: its file name without <c>.yaml</c>.</param>
/// <param name="Titel">The scenario's own name (key <c>naam</c> in the file).</param>
/// <param name="ErftVan">The files it inherits from, nearest first.</param>
/// <param name="Vergelijking">Null for a scenario without a baseline (one that inherits from no other file).</param>
public sealed record ScenarioDetailModel(
    string Naam,
    string Titel,
    string Omschrijving,
    string Bestand,
    IReadOnlyList<string> ErftVan,
    DateOnly Startdatum,
    int Maanden,
    DateOnly Peildatum,
    int Runs,
    ulong Zaad,
    int Cyclus,
    bool Wettelijk,
    IReadOnlyList<string> Afwijkingen,
    int Centraal,
    PercentielModel Behoefte,
    ScenarioDoelModel? Doel,
    IReadOnlyList<ScenarioHefboomModel> Hefbomen,
    IReadOnlyList<ScenarioParameterModel> Parameters,
    IReadOnlyList<BehoefteMaandModel> PerMaand,
    IReadOnlyList<ScenarioProvincieModel> Provincies,
    ScenarioVergelijkingModel? Vergelijking,
    string? VergelijkingOntbreekt,
    IReadOnlyList<TornadoModel> Tornado,
    [property: JsonPropertyName("_links")] ScenarioLinks? Links = null);

/// <summary>A bundled scenario in the list.</summary>
/// <param name="Basis">The scenario it is compared with (the root of its <c>erft_van</c> chain); null for a baseline.</param>
public sealed record ScenarioSamenvattingModel(
    string Naam, string Titel, string Omschrijving, string Bestand, string? Basis, DateOnly Startdatum, int Maanden, DateOnly Peildatum,
    int Cyclus, IReadOnlyList<string> Hefbomen, [property: JsonPropertyName("_links")] ScenarioLinks Links);

public sealed record ScenariosEmbedded(IReadOnlyList<ScenarioSamenvattingModel> Scenarios);

public sealed record ScenariosPagina(
    int Pagina,
    int Paginagrootte,
    int TotaalAantal,
    int AantalPaginas,
    [property: JsonPropertyName("_embedded")] ScenariosEmbedded Embedded,
    [property: JsonPropertyName("_links")] Links Links);
