namespace Spreiding.Web.Infrastructure;

/// <summary>An error a page shows and the API returns as <c>application/problem+json</c>, in Dutch.</summary>
public sealed class WebFout(int status, string titel, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Titel { get; } = titel;
    public string Detail { get; } = detail;

    /// <summary>For a refusal by the rules (422): the core's reason code, as the problem's <c>grond</c>.</summary>
    public string? Grond { get; init; }

    public static WebFout OnbekendeCyclus(int cyclus, IEnumerable<int> bekend) =>
        new(StatusCodes.Status404NotFound, "Onbekende cyclus",
            $"Er zijn geen regels voor cyclus {cyclus}. Bekende cycli: {string.Join(", ", bekend)}.");

    public static WebFout OnbekendeGemeente(string code, int cyclus) =>
        new(StatusCodes.Status404NotFound, "Onbekende gemeente",
            $"Gemeente '{code}' komt niet voor in de gemeentelijke indeling van cyclus {cyclus}.");

    public static WebFout OnbekendeProvincie(string code) =>
        new(StatusCodes.Status404NotFound, "Onbekende provincie", $"Provincie '{code}' bestaat niet. Gebruik een code van PV20 tot en met PV31.");

    public static WebFout OnbekendScenario(string naam, IEnumerable<string> bekend) =>
        new(StatusCodes.Status404NotFound, "Onbekend scenario",
            $"Er is geen scenario '{naam}'. Meegeleverde scenario's: {string.Join(", ", bekend)}.");

    public static WebFout OngeldigeParameter(string naam, string detail) =>
        new(StatusCodes.Status400BadRequest, $"Ongeldige parameter '{naam}'", detail);
}
