namespace Spreiding.Core.Indeling;

/// <summary>
/// One municipality in one version of the municipal division. A merger ends the old
/// municipalities (<see cref="GeldigTot"/>) and starts a new one (<see cref="GeldigVanaf"/>).
/// </summary>
/// <param name="CbsRegionaam">The name CBS StatLine uses for the region, e.g. "Groningen (gemeente)".</param>
/// <param name="GeldigTot">The first day on which the municipality no longer exists; null while it does.</param>
public sealed record Gemeente(
    GemeenteCode Code,
    string Naam,
    string CbsRegionaam,
    ProvincieCode Provincie,
    DateOnly GeldigVanaf,
    DateOnly? GeldigTot)
{
    public bool BestaatOp(DateOnly datum) => GeldigVanaf <= datum && (GeldigTot is null || datum < GeldigTot);
}

public sealed record Provincie(ProvincieCode Code, string Naam);
