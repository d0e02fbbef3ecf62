using System.Globalization;
using Spreiding.Core.Prognose;
using Spreiding.Data.Regels;
using Spreiding.Data.Scenarios;
using static Spreiding.Tests.Data.Scenarios.ScenarioTestData;

namespace Spreiding.Tests.Data.Scenarios;

/// <summary>The scenario files in <c>scenarios/</c>: they load, every figure has a source, and they say what LEESMIJ says.</summary>
public class MeegeleverdeScenariosTests
{
    private static readonly string[] Bestanden =
        ["backtest-2024.yaml", "basis-2026.yaml", "brief-2026.yaml", "hefboom-instroom.yaml", "hefboom-nareis.yaml", "hefboom-uitstroom.yaml"];

    public static TheoryData<string> Namen() => new(Bestanden);

    private static ScenarioBestand Lees(string naam) => ScenarioLoader.LeesBestand(Path.Combine(ScenarioMap(), naam));

    private static string Leesmij() => File.ReadAllText(Path.Combine(ScenarioMap(), "LEESMIJ.md"));

    private static IEnumerable<(string Wat, Bereik Bereik)> Getallen(Scenario s) =>
        s.Parameters.Select(p => ($"parameter {p.Key}", p.Value)).Concat(s.Hefbomen.Select(h => ($"hefboom {h.Naam}", h.Effect)));

    [Fact]
    public void The_folder_holds_the_six_documented_scenarios()
    {
        var gevonden = Directory.EnumerateFiles(ScenarioMap(), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(Bestanden, gevonden);
        Assert.Equal(Bestanden, ScenarioLoader.LeesMap(ScenarioMap()).Select(b => b.Scenario.Bestand));
    }

    /// <summary>The copies compiled into Spreiding.Data (for the web app) are the files on disk, inheritance included.</summary>
    [Theory]
    [MemberData(nameof(Namen))]
    public void The_embedded_copy_of_every_scenario_reads_as_the_file(string naam)
    {
        var schijf = Lees(naam);
        var ingebouwd = ScenarioLoader.Meegeleverd(Path.GetFileNameWithoutExtension(naam));
        Assert.Equal(Bestanden.Select(Path.GetFileNameWithoutExtension), ScenarioLoader.MeegeleverdeNamen());
        Assert.Equal(schijf.Scenario with { Parameters = null!, Hefbomen = null! }, ingebouwd.Scenario with { Parameters = null!, Hefbomen = null! });
        Assert.Equal(schijf.Scenario.Parameters.OrderBy(p => p.Key), ingebouwd.Scenario.Parameters.OrderBy(p => p.Key));
        Assert.Equal(schijf.Scenario.Hefbomen, ingebouwd.Scenario.Hefbomen);
        Assert.Equal(schijf.Ijkpunten, ingebouwd.Ijkpunten);
        Assert.Equal(schijf.ErftVan, ingebouwd.ErftVan);
        Assert.Same(ingebouwd, ScenarioLoader.Meegeleverd(Path.GetFileNameWithoutExtension(naam))); // read once
    }

    [Fact]
    public void An_unknown_embedded_scenario_is_refused_in_dutch()
    {
        var e = Assert.Throws<Spreiding.Core.InvalidInputException>(() => ScenarioLoader.Meegeleverd("bestaat-niet"));
        Assert.Contains("Er is geen meegeleverd scenario 'bestaat-niet'", e.Message);
        Assert.Contains("basis-2026", e.Message);
    }

    [Theory]
    [MemberData(nameof(Namen))]
    public void Every_bundled_scenario_loads_with_a_source_for_every_figure(string naam)
    {
        var bestand = Lees(naam);
        var s = bestand.Scenario;

        Assert.Equal(naam, s.Bestand);
        Assert.False(string.IsNullOrWhiteSpace(s.Naam));
        Assert.False(string.IsNullOrWhiteSpace(s.Omschrijving));
        Assert.Equal(ModelParameters.Alle, s.Parameters.Keys);
        foreach (var (wat, bereik) in Getallen(s))
        {
            Assert.False(string.IsNullOrWhiteSpace(bereik.Bron), wat);
            // An assumption says why, not just that it is one.
            if (bereik.Bron.Contains("modelaanname", StringComparison.OrdinalIgnoreCase))
                Assert.True(bereik.Bron.Length + (bereik.Toelichting?.Length ?? 0) > 40, $"{wat}: '{bereik.Bron}' zegt niet waarom");
        }
        Assert.All(bestand.Ijkpunten, i => Assert.False(string.IsNullOrWhiteSpace(i.Bron)));
    }

    [Fact]
    public void The_baseline_reproduces_the_MPP_of_26_September_2025_without_levers()
    {
        var basis = Lees("basis-2026.yaml").Scenario;

        Assert.Equal(new DateOnly(2025, 10, 1), basis.Startdatum);
        Assert.Equal(36, basis.Maanden);
        Assert.Equal(new DateOnly(2027, 1, 1), basis.BehoeftePeildatum);
        Assert.Equal(88000, basis.Doel!.Behoefte);
        Assert.Equal(500, basis.Doel.Marge);
        Assert.Contains("7183203", basis.Doel.Bron);
        Assert.Equal(new ScenarioVerdeling(2026, "inwoners", new DateOnly(2023, 1, 1)), basis.Verdeling);
        Assert.Empty(basis.Hefbomen);
        Assert.All(basis.Parameters.Values, b => Assert.True(b.IsOnzeker));
        Assert.Contains("KALIBRATIE", basis.Parameters[ModelParameters.ProcedureDuurMaanden].Bron);
        Assert.All(new[] { ModelParameters.StartInProcedure, ModelParameters.StartStatushouders, ModelParameters.StartNareizigers, ModelParameters.StartAfgewezen },
            p => Assert.StartsWith("Kalibratie", basis.Parameters[p].Bron));
    }

    /// <summary>
    /// A closed-form check of the documented calibration, not of the engine: with constant flows every stock is
    /// inflow x duration, and the baseline's start stocks are those values, so its need is 88,000 within the margin.
    /// </summary>
    [Fact]
    public void The_baseline_starts_in_the_steady_state_documented_in_LEESMIJ()
    {
        var basis = Lees("basis-2026.yaml").Scenario;
        double W(string p) => basis.Parameters[p].Waarde;
        var doelbezetting = (double)RegelsLoader.Bundled(2026).Prognose!.Doelbezetting.Waarde;
        var aanvragen = (W(ModelParameters.EersteAanvragenPerJaar) + W(ModelParameters.HerhaaldeAanvragenPerJaar)) / 12;
        var nareis = W(ModelParameters.NareisPerJaar) / 12 * W(ModelParameters.NareisAandeelInOpvang);
        var inwilliging = W(ModelParameters.Inwilligingspercentage);
        var evenwicht = new Dictionary<string, double>
        {
            [ModelParameters.StartInProcedure] = aanvragen * W(ModelParameters.ProcedureDuurMaanden),
            [ModelParameters.StartStatushouders] = aanvragen * inwilliging * W(ModelParameters.StatushoudersWachttijdMaanden),
            [ModelParameters.StartNareizigers] = nareis * W(ModelParameters.NareizigersVerblijfMaanden),
            [ModelParameters.StartAfgewezen] = aanvragen * (1 - inwilliging) * W(ModelParameters.AfgewezenVertrekMaanden),
        };
        var behoefte = evenwicht.Values.Sum() / doelbezetting;

        Assert.Equal(0.91, doelbezetting);
        foreach (var (start, waarde) in evenwicht)
            Assert.InRange(W(start) - waarde, -50, 50);
        Assert.InRange(behoefte, basis.Doel!.Behoefte - basis.Doel.Marge, basis.Doel.Behoefte + basis.Doel.Marge);

        var leesmij = Leesmij();
        foreach (var waarde in evenwicht.Values.Append(evenwicht.Values.Sum()).Append(behoefte))
            Assert.Contains(Math.Round(waarde).ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'), leesmij);
        Assert.Contains("87.997", leesmij); // the need on the peildatum along the path (hand calculation in LEESMIJ)
    }

    [Theory]
    [InlineData("hefboom-uitstroom.yaml", HefboomTypen.ExtraUitstroomStatushouders, "2026-05-01")]
    [InlineData("hefboom-nareis.yaml", HefboomTypen.NareisBeperkingSubsidiair, "2026-07-01")]
    [InlineData("hefboom-instroom.yaml", HefboomTypen.InstroomBeperking, "2026-07-01")]
    public void Each_lever_scenario_is_the_baseline_plus_one_lever(string naam, string type, string start)
    {
        var basis = Lees("basis-2026.yaml").Scenario;
        var bestand = Lees(naam);
        var s = bestand.Scenario;

        Assert.Equal(["basis-2026.yaml"], bestand.ErftVan);
        Assert.Null(s.Doel);
        Assert.Equal(basis.Parameters, s.Parameters);
        Assert.Equal((basis.Startdatum, basis.Maanden, basis.BehoeftePeildatum, basis.Verdeling), (s.Startdatum, s.Maanden, s.BehoeftePeildatum, s.Verdeling));
        var hefboom = Assert.Single(s.Hefbomen);
        Assert.Equal(type, hefboom.Type);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), hefboom.Start);
        Assert.True(hefboom.Effect.IsOnzeker);
    }

    [Fact]
    public void The_letter_scenario_has_exactly_the_three_single_levers()
    {
        var los = new[] { "hefboom-uitstroom.yaml", "hefboom-nareis.yaml", "hefboom-instroom.yaml" }
            .Select(n => Assert.Single(Lees(n).Scenario.Hefbomen));
        var brief = Lees("brief-2026.yaml");

        Assert.Equal(los, brief.Scenario.Hefbomen);
        Assert.Equal(Lees("basis-2026.yaml").Scenario.Parameters, brief.Scenario.Parameters);
        Assert.Null(brief.Scenario.Doel);
    }

    [Fact]
    public void The_back_test_runs_2024_with_the_baselines_assumptions_and_known_figures()
    {
        var basis = Lees("basis-2026.yaml").Scenario;
        var bestand = Lees("backtest-2024.yaml");
        var s = bestand.Scenario;

        Assert.Equal(new DateOnly(2024, 1, 1), s.Startdatum);
        Assert.Equal(new DateOnly(2025, 1, 1), s.BehoeftePeildatum);
        Assert.Equal(2024, s.Verdeling.Cyclus);
        Assert.Null(s.Doel);
        Assert.Empty(s.Hefbomen);
        // The back-test tests the baseline's assumptions: every parameter but the start state and the (known) inflow is the same.
        foreach (var p in ModelParameters.Alle.Where(p => !p.StartsWith("start.", StringComparison.Ordinal) && !p.StartsWith("instroom.", StringComparison.Ordinal)))
            Assert.Equal((basis.Parameters[p].Waarde, basis.Parameters[p].Min, basis.Parameters[p].Max), (s.Parameters[p].Waarde, s.Parameters[p].Min, s.Parameters[p].Max));
        foreach (var p in ModelParameters.Alle.Where(p => p.StartsWith("instroom.", StringComparison.Ordinal)))
        {
            Assert.Equal(basis.Parameters[p].Waarde, s.Parameters[p].Waarde);
            Assert.False(s.Parameters[p].IsOnzeker, $"{p} is gerealiseerd en heeft geen bereik");
        }
        Assert.Equal(
            [(new DateOnly(2025, 1, 1), "uitstroom_totaal", 44280.0), (new DateOnly(2025, 1, 1), "uitstroom_afgewezen", 44280.0 - 30210), (new DateOnly(2025, 1, 1), "behoefte", 96000.0)],
            bestand.Ijkpunten.Select(i => (i.Datum, i.Grootheid, i.Bekend)));
        Assert.StartsWith("PROGNOSE", bestand.Ijkpunten[2].Bron);
        Assert.StartsWith("Realisatie", bestand.Ijkpunten[0].Bron);
    }

    [Fact]
    public void LEESMIJ_documents_every_key_parameter_lever_type_quantity_and_file()
    {
        var leesmij = Leesmij();
        var sleutels = ScenarioLoader.Sleutels
            .Concat(ScenarioLezer.BereikSleutels).Concat(ScenarioLezer.DoelSleutels).Concat(ScenarioLezer.VerdelingSleutels)
            .Concat(ScenarioLezer.HefboomSleutels).Concat(ScenarioLezer.IjkpuntSleutels);
        foreach (var naam in sleutels.Concat(ModelParameters.Alle).Concat(HefboomTypen.Alle).Concat(Grootheden.Alle).Concat(Bestanden))
            Assert.Contains($"`{naam}`", leesmij);
        Assert.Contains("| `naam` | ja |", leesmij);
        Assert.Contains("| `erft_van` | nee |", leesmij);
    }
}
