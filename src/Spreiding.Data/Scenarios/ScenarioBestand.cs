using Spreiding.Core.Prognose;

namespace Spreiding.Data.Scenarios;

/// <summary>A scenario file as read: the scenario, its checkpoints (back-tests) and the files it inherits from.</summary>
/// <param name="Ijkpunten">Known figures to compare the model with; empty for a forecast without back-test.</param>
/// <param name="ErftVan">The chain of <c>erft_van</c> files, nearest base first, relative to the scenario file; empty without inheritance.</param>
public sealed record ScenarioBestand(Scenario Scenario, IReadOnlyList<Ijkpunt> Ijkpunten, IReadOnlyList<string> ErftVan);
