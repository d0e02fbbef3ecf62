namespace Spreiding.E2E;

/// <summary>A page of the web app that every browser test of all pages visits.</summary>
/// <param name="Id">Names the test case and the screenshot file.</param>
/// <param name="Pad">Path and query, relative to the server.</param>
/// <param name="Status">The HTTP status the page answers with.</param>
/// <param name="Tekst">Text the page must show, so that a scan of an empty or wrong page does not pass.</param>
public sealed record Pagina(string Id, string Pad, int Status, string Tekst);

/// <summary>
/// Every page of the app that an anonymous visitor reaches, one line each. A new page (<c>/scenarios</c>) is one more
/// line here and is then scanned with axe and photographed. The pages behind a sign-in (the plan screens, the password
/// page, account management, the audit log, the refusals) are scanned in each of their states by <c>PlanFlowTests</c>. The dashboard has a line per bundled cycle
/// (checked by <c>De_paginalijst_heeft_het_dashboard_van_elke_cyclus</c>).
/// </summary>
public static class Paginas
{
    public static IReadOnlyList<Pagina> Alle { get; } =
    [
        new("dashboard-2024", "/?cyclus=2024", 200, "Plaatsen per provincie"),
        new("dashboard-2026", "/?cyclus=2026", 409, "Gegevens ontbreken"), // CBS population of 1-1-2025 not bundled
        new("provincie-PV27", "/provincies/PV27?cyclus=2024", 200, "Noord-Holland (PV27)"),
        new("provincie-PV27-plaatsen-af", "/provincies/PV27?cyclus=2024&sorteer=plaatsen&volgorde=af", 200, "aflopend gesorteerd"),
        new("gemeente-GM0363", "/gemeenten/GM0363?cyclus=2024", 200, "Amsterdam (GM0363)"),
        new("gemeente-GM0014-locaties", "/gemeenten/GM0014?cyclus=2024", 200, "Locaties in Groningen"),
        new("data", "/data", 200, "CBS, CC BY 4.0"),
        new("scenarios", "/scenarios", 200, "basis-2026"),
        new("scenario-brief-2026", "/scenarios/brief-2026?runs=200", 200, "P10"),
        new("scenario-fout-400", "/scenarios/brief-2026?runs=drie", 400, "runs"),
        new("inloggen", "/inloggen", 200, "Inloggen is nodig"),
        new("plan-anoniem", "/plannen/PV26?cyclus=2024", 200, "Inloggen is nodig"), // a plan in concept: to the sign-in page
        new("fout-404", "/bestaat-niet", 404, "Pagina niet gevonden"),
        new("fout-400", "/?cyclus=twintig", 400, "Ongeldige parameter"),
    ];

    public static Pagina Zoek(string id) => Alle.Single(p => p.Id == id);

    /// <summary>Theory data: the page ids, so that each page is a test case of its own.</summary>
    public static TheoryData<string> Ids => [.. Alle.Select(p => p.Id)];
}
