using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Scenarios;

/// <summary>
/// Computes a scenario as <c>spreiding scenario run</c> and <c>scenario vergelijk</c> do (<see cref="ScenarioDoorrekening"/>):
/// the Monte Carlo runs, every run distributed over the municipalities, the comparison with its baseline (same runs and
/// seed, runs paired) with the revision check, and the tornado. The outcome is kept compact (percentiles, not runs) and
/// cached per scenario, chosen values and state of the data, within <see cref="RamingDienst.MaximumVarianten"/>.
/// </summary>
public static class ScenarioBerekening
{
    /// <summary>The baseline of a scenario: the root of its <c>erft_van</c> chain, when that is another bundled scenario.</summary>
    public static string? Basis(string naam, ScenarioBestand bestand)
    {
        if (bestand.ErftVan.Count == 0) return null;
        var wortel = Path.GetFileNameWithoutExtension(bestand.ErftVan[^1]);
        return wortel != naam && ScenarioInvoer.Namen.Contains(wortel, StringComparer.Ordinal) ? wortel : null;
    }

    public static ScenarioDetailModel Uitkomst(ScenarioInvoer invoer, RamingDienst dienst) =>
        dienst.OnthoudVariant($"scenario:{invoer.Sleutel}", () => Bereken(invoer, dienst));

    private static ScenarioDetailModel Bereken(ScenarioInvoer invoer, RamingDienst dienst)
    {
        var scenario = invoer.Scenario();
        var register = dienst.Register();
        var bronnen = dienst.Bronnen;
        Doorrekening Reken(Scenario s)
        {
            try
            {
                return ScenarioDoorrekening.Reken(s, invoer.Runs, invoer.Zaad, bronnen, register);
            }
            catch (InvalidInputException e)
            {
                throw new WebFout(StatusCodes.Status409Conflict, "Scenario niet te berekenen", e.Message);
            }
        }

        var d = Reken(scenario);
        var mc = d.MonteCarlo;
        var basisNaam = Basis(invoer.Naam, invoer.Bestand);
        Vergelijkingsresultaat? v = null;
        Doorrekening? b = null;
        string? ontbreekt;
        if (basisNaam is null)
            ontbreekt = "Dit scenario erft van geen ander scenario: het is zelf een basis, dus er is geen basis om het mee te vergelijken.";
        else
        {
            b = Reken(ScenarioLoader.Meegeleverd(basisNaam).Scenario);
            try
            {
                if (b.Regels.Cyclus != d.Regels.Cyclus)
                    throw new InvalidInputException($"De basis verdeelt volgens cyclus {b.Regels.Cyclus}, dit scenario volgens cyclus {d.Regels.Cyclus}.");
                v = Vergelijking.Vergelijk(b.MonteCarlo, mc, b.Prognoseregels, b.Verdeling, d.Verdeling);
                ontbreekt = null;
            }
            catch (InvalidInputException e)
            {
                ontbreekt = $"De vergelijking met de basis '{basisNaam}' kan niet worden gemaakt: {e.Message}";
            }
        }

        var centraal = MonteCarloResultaat.AfrondenHalfOmhoog(mc.CentraleBehoefte);
        var tornado = Gevoeligheid.Tornado(scenario, mc.Doelbezetting);
        var perProvincie = v?.Provincies.ToDictionary(p => p.Provincie.Code);
        return new ScenarioDetailModel(
            invoer.Naam,
            scenario.Naam,
            scenario.Omschrijving,
            scenario.Bestand,
            invoer.Bestand.ErftVan,
            scenario.Startdatum,
            scenario.Maanden,
            scenario.BehoeftePeildatum,
            mc.Runs,
            mc.Zaad,
            d.Regels.Cyclus,
            d.Raming.IsWettelijk,
            d.Raming.Afwijkingen,
            centraal,
            Model(mc.Landelijk),
            scenario.Doel is { } doel ? new ScenarioDoelModel(doel.Behoefte, doel.Marge, doel.Bron, Math.Abs(centraal - doel.Behoefte) <= doel.Marge) : null,
            invoer.Hefbomen.Select(h => new ScenarioHefboomModel(h.Queryparameter, h.Hefboom.Naam, h.Hefboom.Type, h.Hefboom.Parameter, h.Hefboom.Start, h.Eenheid,
                h.Waarde, h.Hefboom.Effect.Waarde, h.Hefboom.Effect.Min, h.Hefboom.Effect.Max, h.Aanpasbaar, h.Hefboom.Effect.Bron, h.Hefboom.Effect.Toelichting)).ToList(),
            ModelParameters.Alle.Select(p => (Naam: p, Bereik: scenario.Parameters[p]))
                .Select(p => new ScenarioParameterModel(p.Naam, p.Bereik.Waarde, p.Bereik.Min, p.Bereik.Max, p.Bereik.Bron, p.Bereik.Toelichting)).ToList(),
            mc.Datums.Select((datum, i) => new BehoefteMaandModel(datum, MonteCarloResultaat.AfrondenHalfOmhoog(mc.CentraalPad.Behoefte[i]),
                MonteCarloResultaat.AfrondenHalfOmhoog(mc.PerMaand[i].P10), MonteCarloResultaat.AfrondenHalfOmhoog(mc.PerMaand[i].P50),
                MonteCarloResultaat.AfrondenHalfOmhoog(mc.PerMaand[i].P90))).ToList(),
            d.Verdeling.Provincies.Select(p => perProvincie?.GetValueOrDefault(p.Provincie.Code) is { } pv
                ? new ScenarioProvincieModel(p.Provincie.Code.ToString(), p.Provincie.Naam, p.Geteld, Model(p.Plaatsen), Model(p.TeRealiseren),
                    pv.BasisP50, pv.VerschilP50, Model(pv.VerschilPerRun))
                : new ScenarioProvincieModel(p.Provincie.Code.ToString(), p.Provincie.Naam, p.Geteld, Model(p.Plaatsen), Model(p.TeRealiseren))).ToList(),
            v is null || b is null ? null : VergelijkingModel(v, b, basisNaam!),
            ontbreekt,
            tornado.Balken.Select(t => new TornadoModel(t.Naam, t.Soort == GrootheidSoort.Parameter ? "parameter" : "hefboom", t.Min, t.Centraal, t.Max,
                MonteCarloResultaat.AfrondenHalfOmhoog(t.BehoefteBijMin), MonteCarloResultaat.AfrondenHalfOmhoog(t.BehoefteBijMax), t.Bron)).ToList());
    }

    private static ScenarioVergelijkingModel VergelijkingModel(Vergelijkingsresultaat v, Doorrekening basis, string basisNaam)
    {
        var h = v.Herziening;
        var drempel = basis.Prognoseregels.HerzieningsDrempel;
        return new ScenarioVergelijkingModel(basisNaam, v.Basis, Model(v.Landelijk.Basis), Verschil(v.Landelijk.Verschil),
            new HerzieningModel(h.Gemarkeerd, double.IsFinite(h.RelatiefVerschil) ? h.RelatiefVerschil : null, drempel.Waarde, drempel.Bron, basis.Regels.Bestand, h.Zin));
    }

    /// <summary>A need is never negative: half up, as the command line rounds it.</summary>
    private static PercentielModel Model(Percentielen p) =>
        new(MonteCarloResultaat.AfrondenHalfOmhoog(p.P10), MonteCarloResultaat.AfrondenHalfOmhoog(p.P50), MonteCarloResultaat.AfrondenHalfOmhoog(p.P90));

    /// <summary>A difference may be negative: half away from zero.</summary>
    private static PercentielModel Verschil(Percentielen p) => new(Rond(p.P10), Rond(p.P50), Rond(p.P90));

    private static int Rond(double x) => (int)Math.Round(x, MidpointRounding.AwayFromZero);

    private static PercentielModel Model(GeheelPercentielen p) => new(p.P10, p.P50, p.P90);
}
