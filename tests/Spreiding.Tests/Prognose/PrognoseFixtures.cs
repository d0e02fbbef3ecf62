using Spreiding.Core.Apportionment;
using Spreiding.Core.Prognose;
using Spreiding.Core.Raming;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Prognose;

/// <summary>
/// FIXTURE scenarios for the forecast tests. The inflows are the 2024 actuals quoted in the brief; the start state,
/// durations and shares are made up for the tests (plausible orders of magnitude, not a calibrated MPP).
/// </summary>
internal static class PrognoseFixtures
{
    public const double Doelbezetting = 0.91;
    public static readonly DateOnly Start = new(2026, 1, 1);
    public static readonly DateOnly Peildatum = new(2027, 1, 1);

    private const string Fixture = "testfixture";

    public static Dictionary<string, Bereik> Parameters(bool onzeker = true)
    {
        Bereik B(double w, double min, double max) => onzeker ? new Bereik(w, min, max, Fixture) : new Bereik(w, null, null, Fixture);
        return new Dictionary<string, Bereik>
        {
            [ModelParameters.StartInProcedure] = B(38_000, 34_000, 42_000),
            [ModelParameters.StartStatushouders] = B(20_000, 18_000, 23_000),
            [ModelParameters.StartNareizigers] = B(5_000, 4_000, 6_500),
            [ModelParameters.StartAfgewezen] = B(9_000, 7_500, 10_000),
            [ModelParameters.EersteAanvragenPerJaar] = B(32_180, 25_000, 40_000),
            [ModelParameters.HerhaaldeAanvragenPerJaar] = B(1_590, 1_200, 2_000),
            [ModelParameters.NareisPerJaar] = B(11_880, 9_000, 14_000),
            [ModelParameters.NareisAandeelInOpvang] = B(0.6, 0.45, 0.75),
            [ModelParameters.NareisAandeelSubsidiair] = B(0.5, 0.4, 0.6),
            [ModelParameters.ProcedureDuurMaanden] = B(10, 7, 14),
            [ModelParameters.Inwilligingspercentage] = B(0.7, 0.6, 0.8),
            [ModelParameters.StatushoudersWachttijdMaanden] = B(9, 6, 12),
            [ModelParameters.NareizigersVerblijfMaanden] = B(4, 3, 6),
            [ModelParameters.AfgewezenVertrekMaanden] = B(12, 8, 18),
        };
    }

    public static Hefboom ExtraUitstroom(DateOnly? start = null, double effect = 1_000) =>
        new("doorstroomlocaties", HefboomTypen.ExtraUitstroomStatushouders, start ?? new DateOnly(2026, 4, 1),
            new Bereik(effect, effect * 0.5, effect * 1.5, Fixture));

    public static Hefboom NareisBeperking(DateOnly? start = null, double effect = 0.5) =>
        new("nareis subsidiair", HefboomTypen.NareisBeperkingSubsidiair, start ?? new DateOnly(2026, 4, 1),
            new Bereik(effect, effect * 0.5, Math.Min(1, effect * 1.5), Fixture));

    public static Hefboom InstroomBeperking(DateOnly? start = null, double effect = 0.2) =>
        new("migratiepact", HefboomTypen.InstroomBeperking, start ?? new DateOnly(2026, 6, 12),
            new Bereik(effect, effect * 0.5, effect * 1.5, Fixture));

    public static Hefboom SnellereProcedure(DateOnly? start = null, double factor = 0.8) =>
        new("snellere procedure", HefboomTypen.Parameter, start ?? new DateOnly(2026, 3, 1),
            new Bereik(factor, factor - 0.1, Math.Min(1, factor + 0.1), Fixture), ModelParameters.ProcedureDuurMaanden);

    public static Scenario Basis(bool onzeker = true, int maanden = 36, DateOnly? peildatum = null) =>
        new("basis", "fixture-basis.yaml", "FIXTURE: basispad zonder nieuw beleid", Start, maanden, peildatum ?? Peildatum,
            Parameters(onzeker), [], new ScenarioVerdeling(2026, "inwoners", null), null);

    public static Scenario MetHefbomen(params Hefboom[] hefbomen) =>
        Basis() with { Naam = "beleid", Bestand = "fixture-beleid.yaml", Hefbomen = hefbomen };

    public static Scenario AlleHefbomen() =>
        MetHefbomen(ExtraUitstroom(), NareisBeperking(), InstroomBeperking(), SnellereProcedure());

    /// <summary>The 2024 raming on bundled data, population-only key, with the given method.</summary>
    public static Capaciteitsraming Raming2024(ApportionmentMethod methode = ApportionmentMethod.LargestRemainder) =>
        Ramingen.GetOrAdd(methode, m => RamingEngine.Bereken(new RamingInvoer(RegelsLoader.Bundled(2024), TestData.Indeling,
            TestData.Bevolking2023, null, new RamingOpties(Methode: m, Sleuteltype: "inwoners"))));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ApportionmentMethod, Capaciteitsraming> Ramingen = new();
}
