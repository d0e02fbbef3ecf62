using Spreiding.Core.Apportionment;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;

namespace Spreiding.Core.Prognose;

/// <summary>One municipality over the runs: places and the remaining task max(0, places - counted).</summary>
/// <param name="Geteld">Counted places (from the register; 0 when none were given).</param>
public sealed record GemeentePrognose(Gemeente Gemeente, string ProvincieNaam, int Geteld, GeheelPercentielen Plaatsen, GeheelPercentielen Resterend);

/// <summary>One province over the runs: its opgave (the sum of its municipalities in each run) and what is to realise.</summary>
/// <param name="TeRealiseren">Per run max(0, opgave - counted) over the province as a whole (municipalities may swap within
/// the province, as in <see cref="Opgave.ProvincieOpgave.TeRealiseren"/>), then percentiles.</param>
public sealed record ProvinciePrognose(Provincie Provincie, int Geteld, GeheelPercentielen Plaatsen, GeheelPercentielen TeRealiseren);

/// <summary>
/// Every run's national total shared out with the raming's own key and method: per run the places per municipality,
/// and their percentiles per municipality, per province and nationally.
/// </summary>
public sealed class PrognoseVerdelingResultaat
{
    private readonly int[] _totalen;
    private readonly int[] _rij;
    private readonly int[] _tabel;
    private readonly int[] _provincieTabel;
    private readonly int[] _provincieIndex;
    private readonly int[] _geteld;
    private readonly int[] _provincieGeteld;

    internal PrognoseVerdelingResultaat(
        Capaciteitsraming raming, ulong lotingszaad, int[] totalen, int[] rij, int[] tabel, int[] provincieTabel, int[] provincieIndex,
        int[] geteld, int[] provincieGeteld, int runsMetLoting,
        IReadOnlyList<GemeentePrognose> gemeenten, IReadOnlyList<ProvinciePrognose> provincies,
        GeheelPercentielen landelijkToegekend, GeheelPercentielen landelijkTeRealiseren)
    {
        Raming = raming;
        Lotingszaad = lotingszaad;
        _totalen = totalen;
        _rij = rij;
        _tabel = tabel;
        _provincieTabel = provincieTabel;
        _provincieIndex = provincieIndex;
        _geteld = geteld;
        _provincieGeteld = provincieGeteld;
        RunsMetLoting = runsMetLoting;
        Gemeenten = gemeenten;
        Provincies = provincies;
        LandelijkToegekend = landelijkToegekend;
        LandelijkTeRealiseren = landelijkTeRealiseren;
    }

    /// <summary>The raming whose key, method and municipalities were used (its <see cref="Capaciteitsraming.Afwijkingen"/> still apply).</summary>
    public Capaciteitsraming Raming { get; }
    public ApportionmentMethod Methode => Raming.Methode;
    /// <summary>The seed of the lot that decides ties at the margin (recorded, as any lot must be).</summary>
    public ulong Lotingszaad { get; }
    public int Runs => _totalen.Length;
    /// <summary>Per run the national total that was shared out.</summary>
    public IReadOnlyList<int> Totalen => _totalen;
    /// <summary>How many runs had a tie at the margin that the lot decided.</summary>
    public int RunsMetLoting { get; }

    /// <summary>In the order of the raming's municipalities.</summary>
    public IReadOnlyList<GemeentePrognose> Gemeenten { get; }
    /// <summary>In the order of the raming's provinces.</summary>
    public IReadOnlyList<ProvinciePrognose> Provincies { get; }
    /// <summary>The sum of the municipalities per run (equals the total for every method but the published one).</summary>
    public GeheelPercentielen LandelijkToegekend { get; }
    /// <summary>Per run max(0, places given - all counted places), then percentiles.</summary>
    public GeheelPercentielen LandelijkTeRealiseren { get; }

    /// <summary>Run <paramref name="run"/>'s places per municipality, in the order of the raming's municipalities.</summary>
    public ReadOnlySpan<int> PlaatsenInRun(int run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        var n = Gemeenten.Count;
        return _tabel.AsSpan(_rij[run] * n, n);
    }

    /// <summary>Run <paramref name="run"/>'s places per province, in the order of the raming's provinces.</summary>
    public ReadOnlySpan<int> ProvinciesInRun(int run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        var n = Provincies.Count;
        return _provincieTabel.AsSpan(_rij[run] * n, n);
    }

    internal int Plaatsen(int run, int gemeente) => _tabel[_rij[run] * Gemeenten.Count + gemeente];
    internal int ProvinciePlaatsen(int run, int provincie) => _provincieTabel[_rij[run] * Provincies.Count + provincie];
    internal int Geteld(int gemeente) => _geteld[gemeente];
    internal int ProvincieGeteld(int provincie) => _provincieGeteld[provincie];
    internal int ProvincieVan(int gemeente) => _provincieIndex[gemeente];
}

/// <summary>
/// Shares out the national need of every Monte Carlo run with the cycle's key and method. Independent of
/// <see cref="ScenarioVerdeling"/>: the caller computes the <see cref="Capaciteitsraming"/> (loading rules and data),
/// this takes its municipalities, weights and method. Each distinct total is apportioned once, exactly, by
/// <see cref="Apportioner.Apportion(ApportionmentRequest, IReadOnlyList{int})"/> (weights checked and scaled once per
/// block of totals), with ties decided by <see cref="TieRule.Lot"/>(<c>lotingszaad</c>) so that no run fails on a tie.
/// A total's result does not depend on which other totals there are, so the blocks may run in parallel.
/// </summary>
public static class PrognoseVerdeling
{
    private const int Blok = 32;

    /// <param name="raming">The raming whose key and method apply (its own total is not used).</param>
    /// <param name="totalen">Per run the national total, e.g. <see cref="MonteCarloResultaat.Totalen"/>.</param>
    /// <param name="lotingszaad">Seed of the lot for ties at the margin.</param>
    /// <param name="geteld">Counted places per municipality; may be empty (then the remaining task equals the places).</param>
    /// <param name="minimum">A minimum per municipality, when the raming was computed with one (the raming does not keep it).</param>
    /// <param name="maximum">A maximum per municipality, likewise.</param>
    public static PrognoseVerdelingResultaat Verdeel(
        Capaciteitsraming raming, IReadOnlyList<int> totalen, ulong lotingszaad,
        IReadOnlyDictionary<GemeenteCode, int>? geteld = null, int? minimum = null, int? maximum = null, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(raming);
        ArgumentNullException.ThrowIfNull(totalen);
        if (totalen.Count == 0) throw new InvalidInputException("Er zijn geen runs om te verdelen.");
        geteld ??= new Dictionary<GemeenteCode, int>();
        var gemeenten = raming.Gemeenten;
        var n = gemeenten.Count;
        var runs = totalen.Count;

        var provincieIndexVan = new Dictionary<ProvincieCode, int>();
        for (var p = 0; p < raming.Provincies.Count; p++) provincieIndexVan[raming.Provincies[p].Provincie.Code] = p;
        var aantalProvincies = raming.Provincies.Count;
        var provincieIndex = new int[n];
        var index = new Dictionary<GemeenteCode, int>(n);
        var claimants = new Claimant[n];
        for (var g = 0; g < n; g++)
        {
            var gr = gemeenten[g];
            index[gr.Gemeente.Code] = g;
            claimants[g] = new Claimant(gr.Gemeente.Code.ToString(), gr.Gewicht, minimum, maximum);
            provincieIndex[g] = provincieIndexVan.TryGetValue(gr.Gemeente.Provincie, out var pi)
                ? pi
                : throw new InvalidInputException($"Gemeente {gr.Gemeente.Code} hoort bij provincie {gr.Gemeente.Provincie}, die niet in de raming staat.");
        }

        var getelde = new int[n];
        var onbekend = new List<GemeenteCode>();
        foreach (var (code, aantal) in geteld)
        {
            if (!index.TryGetValue(code, out var g)) { onbekend.Add(code); continue; }
            if (aantal < 0) throw new InvalidInputException($"Het getelde aantal plaatsen van {code} is negatief ({aantal}).");
            getelde[g] = aantal;
        }
        if (onbekend.Count > 0)
            throw new InvalidInputException(
                $"Getelde plaatsen voor gemeenten die niet in de indeling van de raming voorkomen: {string.Join(", ", onbekend.Order())}. " +
                "Werk de gemeentecodes bij naar de indeling van deze cyclus.");
        var provincieGeteld = new int[aantalProvincies];
        long totaalGeteld = 0;
        for (var g = 0; g < n; g++)
        {
            provincieGeteld[provincieIndex[g]] += getelde[g];
            totaalGeteld += getelde[g];
        }

        // Distinct totals, ascending; each run points at its total's row.
        var kopie = totalen.ToArray();
        foreach (var t in kopie)
            if (t < 0) throw new InvalidInputException($"Een run heeft een negatief totaal ({t}); er valt niets te verdelen.");
        var uniek = kopie.Distinct().Order().ToArray();
        var rij = new int[runs];
        for (var r = 0; r < runs; r++) rij[r] = Array.BinarySearch(uniek, kopie[r]);

        var tabel = new int[(long)uniek.Length * n];
        var provincieTabel = new int[(long)uniek.Length * aantalProvincies];
        var toegekend = new int[uniek.Length];
        var metLoting = new bool[uniek.Length];
        var verzoek = new ApportionmentRequest(claimants, 0, raming.Methode, new TieRule.Lot(lotingszaad));
        var blokken = (uniek.Length + Blok - 1) / Blok;

        void VerdeelBlok(int b)
        {
            var begin = b * Blok;
            var eind = Math.Min(uniek.Length, begin + Blok);
            var verder = uniek[(begin + 1)..eind];
            var uitkomsten = Apportioner.Apportion(verzoek with { Total = uniek[begin] }, verder);
            for (var k = 0; k < uitkomsten.Count; k++)
            {
                var u = begin + k;
                var uitkomst = uitkomsten[k];
                var regel = tabel.AsSpan(u * n, n);
                var provincieRegel = provincieTabel.AsSpan(u * aantalProvincies, aantalProvincies);
                for (var g = 0; g < n; g++)
                {
                    var plaatsen = uitkomst.Allotments[g].Seats;
                    regel[g] = plaatsen;
                    provincieRegel[provincieIndex[g]] += plaatsen;
                }
                toegekend[u] = uitkomst.Assigned;
                metLoting[u] = uitkomst.Lots.Count > 0;
            }
        }

        if (parallel && blokken > 1 && Environment.ProcessorCount > 1)
            Parallel.For(0, blokken, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) }, VerdeelBlok);
        else
            for (var b = 0; b < blokken; b++) VerdeelBlok(b);

        var runsMetLoting = 0;
        for (var r = 0; r < runs; r++) if (metLoting[rij[r]]) runsMetLoting++;

        var werk = new int[runs];
        var werkRest = new int[runs];
        var gemeentePrognoses = new GemeentePrognose[n];
        for (var g = 0; g < n; g++)
        {
            var geteldG = getelde[g];
            for (var r = 0; r < runs; r++)
            {
                var v = tabel[rij[r] * n + g];
                werk[r] = v;
                werkRest[r] = Math.Max(0, v - geteldG);
            }
            gemeentePrognoses[g] = new GemeentePrognose(
                gemeenten[g].Gemeente, gemeenten[g].ProvincieNaam, geteldG, Percentiel.VanInPlaats(werk), Percentiel.VanInPlaats(werkRest));
        }
        var provinciePrognoses = new ProvinciePrognose[aantalProvincies];
        for (var p = 0; p < aantalProvincies; p++)
        {
            var geteldP = provincieGeteld[p];
            for (var r = 0; r < runs; r++)
            {
                var v = provincieTabel[rij[r] * aantalProvincies + p];
                werk[r] = v;
                werkRest[r] = Math.Max(0, v - geteldP);
            }
            provinciePrognoses[p] = new ProvinciePrognose(
                raming.Provincies[p].Provincie, geteldP, Percentiel.VanInPlaats(werk), Percentiel.VanInPlaats(werkRest));
        }
        for (var r = 0; r < runs; r++)
        {
            var v = toegekend[rij[r]];
            werk[r] = v;
            werkRest[r] = (int)Math.Max(0, v - totaalGeteld);
        }
        var landelijk = Percentiel.VanInPlaats(werk);
        var landelijkRest = Percentiel.VanInPlaats(werkRest);

        return new PrognoseVerdelingResultaat(
            raming, lotingszaad, kopie, rij, tabel, provincieTabel, provincieIndex, getelde, provincieGeteld, runsMetLoting,
            gemeentePrognoses, provinciePrognoses, landelijk, landelijkRest);
    }
}
