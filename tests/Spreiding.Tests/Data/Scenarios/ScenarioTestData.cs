namespace Spreiding.Tests.Data.Scenarios;

/// <summary>Small scenario files for the loader tests, and the bundled <c>scenarios/</c> folder.</summary>
internal static class ScenarioTestData
{
    /// <summary>A complete, valid scenario: every model parameter, one lever of each kind, one checkpoint.</summary>
    public const string Volledig = """
        naam: Test
        omschrijving: Een klein maar volledig scenario.
        startdatum: 2025-10-01
        maanden: 36
        behoefte_peildatum: 2027-01-01
        doel: {behoefte: 88000, marge: 500, bron: "Kamerbrief"}
        verdeling: {cyclus: 2026, sleutel: inwoners, bevolking_peildatum: 2023-01-01}
        parameters:
          start.in_procedure: {waarde: 30000, min: 27000, max: 33000, bron: "a"}
          start.statushouders: {waarde: 15000, bron: "a"}
          start.nareizigers: {waarde: 5000, bron: "a"}
          start.afgewezen: {waarde: 10000, bron: "a"}
          instroom.eerste_aanvragen_per_jaar: {waarde: 32180, min: 25000, max: 40000, bron: "IND 2024"}
          instroom.herhaalde_aanvragen_per_jaar: {waarde: 1590, bron: "IND 2024"}
          instroom.nareis_per_jaar: {waarde: 11880, bron: "IND 2024"}
          nareis.aandeel_in_opvang: {waarde: 0.88, min: 0.6, max: 1.0, bron: "modelaanname: afgeleid"}
          nareis.aandeel_subsidiair: {waarde: 0.5, bron: "Kamerbrief"}
          procedure.gemiddelde_duur_maanden: {waarde: 16.57, min: 13, max: 21, bron: "kalibratie"}
          procedure.inwilligingspercentage: {waarde: 0.58, bron: "modelaanname"}
          statushouders.wachttijd_maanden: {waarde: 7.7, bron: "modelaanname"}
          nareizigers.verblijf_maanden: {waarde: 7.7, bron: "modelaanname"}
          afgewezen.vertrek_maanden: {waarde: 12, bron: "modelaanname"}
        hefbomen:
          - naam: Extra uitstroom
            type: extra_uitstroom_statushouders
            start: 2026-05-01
            effect: {waarde: 600, min: 400, max: 800, bron: "Kamerbrief", toelichting: "12.000 plekken"}
          - naam: Snellere procedure
            type: parameter
            parameter: procedure.gemiddelde_duur_maanden
            start: 2026-01-01
            effect: {waarde: 0.9, min: 0.8, max: 1.0, bron: "modelaanname"}
          - naam: Nareis
            type: nareis_beperking_subsidiair
            start: 2026-07-01
            effect: {waarde: 0.5, min: 0.2, max: 0.9, bron: "Kamerbrief"}
        ijkpunten:
          - {datum: 2026-10-01, grootheid: behoefte, bekend: 90000, bron: "test"}
        """;

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> containing <paramref name="fragment"/>.</summary>
    public static int Regel(string yaml, string fragment)
    {
        var regels = yaml.Split('\n');
        for (var i = 0; i < regels.Length; i++)
            if (regels[i].Contains(fragment, StringComparison.Ordinal)) return i + 1;
        throw new ArgumentException($"'{fragment}' staat niet in het scenario.", nameof(fragment));
    }

    /// <summary><paramref name="yaml"/> with exactly one occurrence of <paramref name="oud"/> replaced.</summary>
    public static string Vervang(string yaml, string oud, string nieuw)
    {
        var i = yaml.IndexOf(oud, StringComparison.Ordinal);
        if (i < 0 || yaml.IndexOf(oud, i + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{oud}' staat niet precies één keer in het scenario.", nameof(oud));
        return yaml[..i] + nieuw + yaml[(i + oud.Length)..];
    }

    /// <summary><paramref name="yaml"/> without the line containing <paramref name="fragment"/>.</summary>
    public static string ZonderRegel(string yaml, string fragment) =>
        string.Join('\n', yaml.Split('\n').Where(r => !r.Contains(fragment, StringComparison.Ordinal)));

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spreiding.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Spreiding.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    public static string ScenarioMap() => Path.Combine(RepoRoot(), "scenarios");
}
