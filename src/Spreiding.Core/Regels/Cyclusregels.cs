using Spreiding.Core.Apportionment;

namespace Spreiding.Core.Regels;

/// <summary>The rules of one two-year cycle of the Spreidingswet, as read from <c>rules/cyclus-YYYY.yaml</c>.</summary>
/// <param name="Bestand">The rules file name, for provenance in every output.</param>
/// <param name="TotaalPlaatsen">The national need (art. 2 lid 1 wet; MPP and COA capaciteitsbesluit).</param>
/// <param name="AmvPlaatsen">Of which places for unaccompanied minors; null when not published.</param>
/// <param name="PeildatumBevolking">The CBS population date the key uses.</param>
/// <param name="IndelingOp">The date whose municipal division the raming is made in.</param>
/// <param name="Beschikbaarheid">Counted existing places and what remains, where the cycle publishes them.</param>
/// <param name="Telregels">Which locations count toward the task; null when the rules file has none.</param>
/// <param name="Uitkering">The payment rules (amount per place with its source); null when the rules file has none.</param>
public sealed record Cyclusregels(
    int Cyclus,
    string Titel,
    string Bestand,
    Parameter<DateOnly> Publicatiedatum,
    Parameter<DateOnly> BehoeftePeildatum,
    Parameter<int> TotaalPlaatsen,
    Parameter<int?> AmvPlaatsen,
    Parameter<DateOnly> PeildatumBevolking,
    Parameter<DateOnly> IndelingOp,
    SleutelRegel Sleutel,
    Parameter<ApportionmentMethod> Verdeelmethode,
    Beschikbaarheid? Beschikbaarheid,
    IReadOnlyList<Termijn> Termijnen,
    Opgave.Telregels? Telregels = null,
    Prognoseregels? Prognose = null,
    IReadOnlyList<Plan.Uitkeringsregel>? Uitkering = null);

/// <summary>The forecast's rule parameters: COA's target occupancy and the revision threshold.</summary>
/// <param name="Doelbezetting">Capacity = occupancy / target occupancy (COA: 91%).</param>
/// <param name="HerzieningsDrempel">A scenario whose need moves by more than this share of the baseline is flagged as evidence for an interim change (art. 2 lid 2 wet).</param>
public sealed record Prognoseregels(Parameter<decimal> Doelbezetting, Parameter<decimal> HerzieningsDrempel);

/// <summary>The distribution key as a rule: a key type and its parameters (e.g. k for SES-WOA).</summary>
/// <param name="Type">The key type's name in the key registry, e.g. <c>inwoners-ses-woa</c>.</param>
public sealed record SleutelRegel(
    string Type,
    IReadOnlyDictionary<string, Parameter<decimal>> Parameters,
    string Bron,
    string? Url = null,
    string? Toelichting = null);

/// <summary>What is already there: places available multi-year on a peildatum up to a horizon.</summary>
public sealed record Beschikbaarheid(
    Parameter<int> BeschikbaarMeerjarig,
    Parameter<DateOnly> Peildatum,
    Parameter<DateOnly> Horizon,
    Parameter<int> TeRealiseren);

/// <summary>A statutory deadline of the cycle (provincial plan, verdeelbesluit, realisation).</summary>
public sealed record Termijn(string Naam, Parameter<DateOnly> Datum);
