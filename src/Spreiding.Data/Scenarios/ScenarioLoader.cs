using System.Collections.Concurrent;
using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Referentie;

namespace Spreiding.Data.Scenarios;

/// <summary>
/// Reads <c>scenarios/*.yaml</c> (format: <c>scenarios/LEESMIJ.md</c>). Every figure is a block with
/// <c>waarde</c>, optionally <c>min</c> and <c>max</c>, and a <c>bron</c>; an unknown key or name, a figure
/// without a source, a value outside its unit or range, a date outside the horizon or a missing parameter is
/// refused with file, line and column. <c>erft_van</c> reads a base file first (relative to the file) and
/// applies this file over it: parameters merge by name, levers are appended, every other key overrides.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The keys a scenario file may have at the top level.</summary>
    public static IReadOnlyList<string> Sleutels => ScenarioLezer.TopLevel;

    /// <summary>The scenario in the file at <paramref name="path"/>, with its <c>erft_van</c> bases applied.</summary>
    public static Scenario Lees(string path) => LeesBestand(path).Scenario;

    /// <summary>
    /// The scenario in <paramref name="yaml"/>. <paramref name="bestandsnaam"/> names the file in messages and in
    /// <see cref="Scenario.Bestand"/>; an <c>erft_van</c> is resolved relative to its directory (the current
    /// directory for a bare name).
    /// </summary>
    public static Scenario Parse(string yaml, string bestandsnaam) => ParseBestand(yaml, bestandsnaam).Scenario;

    /// <summary>The scenario in the file at <paramref name="path"/> with its checkpoints and inheritance chain.</summary>
    public static ScenarioBestand LeesBestand(string path)
    {
        var volledig = Path.GetFullPath(path);
        if (!File.Exists(volledig))
            throw new InvalidInputException($"Het scenariobestand '{path}' bestaat niet.");
        return Laad(File.ReadAllText(volledig), Path.GetFileName(volledig), volledig, LeesSchijf);
    }

    /// <summary>As <see cref="Parse"/>, with checkpoints and inheritance chain.</summary>
    /// <param name="map">The directory an <c>erft_van</c> is relative to; null = the directory of <paramref name="bestandsnaam"/>.</param>
    public static ScenarioBestand ParseBestand(string yaml, string bestandsnaam, string? map = null)
    {
        var volledig = map is null ? Path.GetFullPath(bestandsnaam) : Path.GetFullPath(Path.Combine(map, Path.GetFileName(bestandsnaam)));
        return Laad(yaml, bestandsnaam, volledig, LeesSchijf);
    }

    /// <summary>
    /// The names (file name without <c>.yaml</c>, e.g. <c>basis-2026</c>) of the scenario files compiled into this
    /// assembly from <c>scenarios/*.yaml</c>, ordered by name; the same files the command line reads from disk.
    /// </summary>
    public static IReadOnlyList<string> MeegeleverdeNamen() =>
        EmbeddedFiles.Names("scenarios")
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => n["scenarios/".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    // The bundled scenarios are immutable: each is read once per process.
    private static readonly ConcurrentDictionary<string, ScenarioBestand> MeegeleverdCache = new(StringComparer.Ordinal);

    /// <summary>
    /// The bundled scenario <paramref name="naam"/> (see <see cref="MeegeleverdeNamen"/>), with its <c>erft_van</c>
    /// bases read from the bundled files as well, so it loads the same wherever the binary runs.
    /// </summary>
    public static ScenarioBestand Meegeleverd(string naam) =>
        MeegeleverdCache.TryGetValue(naam, out var bestand) ? bestand : MeegeleverdCache.GetOrAdd(naam, LaadMeegeleverd);

    /// <summary>Where the bundled files seem to live, so that <c>erft_van</c> resolves among them as among files in one folder.</summary>
    private static readonly string MeegeleverdeMap = Path.GetFullPath(Path.Combine(Path.GetPathRoot(Path.GetTempPath()) ?? "/", "spreiding-meegeleverd", "scenarios"));

    private static ScenarioBestand LaadMeegeleverd(string naam)
    {
        if (!MeegeleverdeNamen().Contains(naam, StringComparer.Ordinal))
            throw new InvalidInputException(
                $"Er is geen meegeleverd scenario '{naam}'. Meegeleverd: {string.Join(", ", MeegeleverdeNamen())}.");
        var bestandsnaam = naam + ".yaml";
        return Laad(EmbeddedFiles.ReadText("scenarios/" + bestandsnaam), bestandsnaam, Path.Combine(MeegeleverdeMap, bestandsnaam), LeesMeegeleverd);
    }

    private static string? LeesSchijf(string volledigPad) => File.Exists(volledigPad) ? File.ReadAllText(volledigPad) : null;

    private static string? LeesMeegeleverd(string volledigPad)
    {
        if (!string.Equals(Path.GetDirectoryName(volledigPad), MeegeleverdeMap, StringComparison.Ordinal)) return null;
        var naam = "scenarios/" + Path.GetFileName(volledigPad);
        return EmbeddedFiles.Names("scenarios").Contains(naam, StringComparer.Ordinal) ? EmbeddedFiles.ReadText(naam) : null;
    }

    /// <summary>Every <c>*.yaml</c> in <paramref name="map"/>, ordered by file name.</summary>
    public static IReadOnlyList<ScenarioBestand> LeesMap(string map)
    {
        if (!Directory.Exists(map))
            throw new InvalidInputException($"De scenariomap '{map}' bestaat niet.");
        return Directory.EnumerateFiles(map, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(LeesBestand)
            .ToList();
    }

    /// <param name="lees">The text of the file at a full path, or null when there is none (disk or bundled files).</param>
    private static ScenarioBestand Laad(string yaml, string bestandsnaam, string volledigPad, Func<string, string?> lees)
    {
        var topMap = Path.GetDirectoryName(volledigPad) ?? ".";
        var keten = new List<string> { volledigPad };
        var basisnamen = new List<string>();
        var laag = ScenarioLezer.Parse(yaml, bestandsnaam);
        var samen = MetBasis(laag, volledigPad, topMap, keten, basisnamen, lees);
        return Valideer(samen, laag, bestandsnaam, basisnamen);
    }

    /// <summary>The layer over its bases, read depth first; a file already on the chain is a cycle.</summary>
    private static ScenarioLaag MetBasis(
        ScenarioLaag laag, string volledigPad, string topMap, List<string> keten, List<string> basisnamen, Func<string, string?> lees)
    {
        if (laag.ErftVan is not { } erft) return laag;
        var basisPad = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(volledigPad) ?? ".", erft.Waarde));
        var basisNaam = Path.GetRelativePath(topMap, basisPad).Replace('\\', '/');
        if (keten.Contains(basisPad, StringComparer.Ordinal))
        {
            var kring = keten.Append(basisPad).Select(p => Path.GetRelativePath(topMap, p).Replace('\\', '/'));
            throw erft.Plek.Fout($"'erft_van' vormt een kring: {string.Join(" -> ", kring)}; een scenario kan niet (via andere bestanden) van zichzelf erven");
        }
        var tekst = lees(basisPad)
            ?? throw erft.Plek.Fout($"'erft_van' noemt '{erft.Waarde}', maar dat bestand bestaat niet (gezocht: {basisPad}); de naam is relatief aan de map van dit bestand");
        keten.Add(basisPad);
        basisnamen.Add(basisNaam);
        var basis = ScenarioLezer.Parse(tekst, basisNaam);
        return laag.Over(MetBasis(basis, basisPad, topMap, keten, basisnamen, lees));
    }

    /// <summary>The checks that need the whole scenario: required keys and parameters, and every date within the horizon.</summary>
    private static ScenarioBestand Valideer(ScenarioLaag s, ScenarioLaag bestand, string bestandsnaam, List<string> basisnamen)
    {
        var herkomst = basisnamen.Count == 0 ? "" : $" (ook niet via erft_van {string.Join(" -> ", basisnamen)})";
        var wortel = s.Wortel;
        var naam = s.Naam ?? throw wortel.Fout($"'naam' ontbreekt{herkomst}");
        var start = s.Startdatum ?? throw wortel.Fout($"'startdatum' ontbreekt{herkomst}");
        var maanden = s.Maanden ?? throw wortel.Fout($"'maanden' ontbreekt{herkomst}");
        var peildatum = s.BehoeftePeildatum ?? throw wortel.Fout($"'behoefte_peildatum' ontbreekt{herkomst}");
        var verdeling = s.Verdeling ?? throw wortel.Fout($"'verdeling' ontbreekt{herkomst}");

        var ontbrekend = ModelParameters.Alle.Where(p => !s.Parameters.ContainsKey(p)).ToList();
        if (ontbrekend.Count > 0)
            throw (bestand.ParametersPlek ?? wortel).Fout(
                $"in 'parameters' ontbreken {string.Join(", ", ontbrekend)}{herkomst}; elke modelparameter is verplicht, direct of via erft_van");

        var eind = start.Waarde.AddMonths(maanden.Waarde);
        var horizon = string.Create(CultureInfo.InvariantCulture,
            $"de horizon {start.Waarde:yyyy-MM-dd} tot en met {eind:yyyy-MM-dd} (startdatum {start.Plek}, maanden {maanden.Plek})");
        bool BinnenHorizon(DateOnly d) => d >= start.Waarde && d <= eind;

        if (!BinnenHorizon(peildatum.Waarde))
            throw peildatum.Plek.Fout($"'behoefte_peildatum' {peildatum.Waarde:yyyy-MM-dd} ligt buiten {horizon}");

        var namen = new Dictionary<string, Plek>(StringComparer.Ordinal);
        foreach (var h in s.Hefbomen)
        {
            if (!namen.TryAdd(h.Hefboom.Naam, h.Naam))
                throw h.Naam.Fout($"de hefboom '{h.Hefboom.Naam}' staat er al ({namen[h.Hefboom.Naam]}); elke hefboom heeft een eigen naam (erft_van voegt hefbomen toe, vervangt ze niet)");
            if (!BinnenHorizon(h.Hefboom.Start))
                throw h.Start.Fout($"de start {h.Hefboom.Start:yyyy-MM-dd} van hefboom '{h.Hefboom.Naam}' ligt buiten {horizon}");
            // A share multiplied by its lever must stay a share (the engine would cap it silently at 1).
            if (h.Hefboom.Parameter is { } p && ScenarioLezer.EenheidVan(p) == ScenarioLezer.Eenheid.Aandeel)
            {
                var bereik = s.Parameters[p].Waarde;
                var hoogste = (h.Hefboom.Effect.Max ?? h.Hefboom.Effect.Waarde) * (bereik.Max ?? bereik.Waarde);
                if (hoogste > 1)
                    throw h.Effect.Fout(string.Create(CultureInfo.InvariantCulture,
                        $"het effect van hefboom '{h.Hefboom.Naam}' maakt het aandeel '{p}' groter dan 1 (tot {hoogste:0.###}); kies een kleinere factor"));
            }
        }

        var ijkpunten = s.Ijkpunten?.Waarde ?? [];
        foreach (var ijk in ijkpunten)
            if (!BinnenHorizon(ijk.Ijkpunt.Datum))
                throw ijk.Datum.Fout($"het ijkpunt '{ijk.Ijkpunt.Grootheid}' op {ijk.Ijkpunt.Datum:yyyy-MM-dd} ligt buiten {horizon}");

        var parameters = ModelParameters.Alle.ToDictionary(p => p, p => s.Parameters[p].Waarde, StringComparer.Ordinal);
        var scenario = new Scenario(
            naam.Waarde,
            Path.GetFileName(bestandsnaam),
            s.Omschrijving?.Waarde ?? "",
            start.Waarde,
            maanden.Waarde,
            peildatum.Waarde,
            parameters,
            s.Hefbomen.Select(h => h.Hefboom).ToList(),
            verdeling.Waarde,
            s.Doel?.Waarde);
        return new ScenarioBestand(scenario, ijkpunten.Select(i => i.Ijkpunt).ToList(), basisnamen);
    }
}
