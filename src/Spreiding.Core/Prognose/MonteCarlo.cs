namespace Spreiding.Core.Prognose;

/// <summary>
/// Monte Carlo over a scenario's uncertain figures. Run r draws every figure with a range from
/// triangular(min, mode = <see cref="Bereik.Waarde"/>, max) by the inverse CDF of one uniform number from its own
/// stream (<see cref="Toeval.Stroom"/>: seed, run index, figure name); figures without a range stay central. The
/// result of run r therefore depends only on (scenario, seed, r): the same whether the runs are executed in
/// parallel or one after another, in any order.
/// </summary>
public static class MonteCarlo
{
    /// <summary>From this many runs on, the runs are shared over (at most) two cores.</summary>
    public const int ParallelVanaf = 1000;

    /// <summary>The most runs one call accepts (the need paths are kept: runs x (months + 1) doubles).</summary>
    public const int MaximumRuns = 1_000_000;

    private const int Blok = 250;

    /// <summary>Runs the scenario <paramref name="runs"/> times.</summary>
    /// <param name="voortgang">Called with (runs done, runs in all) after each block of runs, serialised and with
    /// increasing counts, possibly from a worker thread; the last call is (runs, runs).</param>
    /// <param name="parallel">False forces one thread (the results are the same).</param>
    public static MonteCarloResultaat Draai(
        Scenario scenario, double doelbezetting, int runs, ulong seed, Action<int, int>? voortgang = null, bool parallel = true)
    {
        var model = Prognosemodel.Bereid(scenario);
        return Draai(model, doelbezetting, runs, seed, voortgang, parallel);
    }

    /// <summary>As <see cref="Draai(Scenario, double, int, ulong, Action{int, int}?, bool)"/> on a prepared scenario.</summary>
    public static MonteCarloResultaat Draai(
        VoorbereidScenario model, double doelbezetting, int runs, ulong seed, Action<int, int>? voortgang = null, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        Prognosemodel.ControleerDoelbezetting(doelbezetting);
        if (runs is < 1 or > MaximumRuns)
            throw new InvalidInputException($"Het aantal runs moet tussen 1 en {MaximumRuns} liggen (gegeven {runs}).");
        var punten = model.Maanden + 1;
        var behoefte = new double[runs];
        var paden = new double[(long)runs * punten];
        var blokken = (runs + Blok - 1) / Blok;
        var klaar = 0;
        var slot = new object();

        void DraaiBlok(int b)
        {
            var p = model.CentraleParameterwaarden.ToArray();
            var e = model.CentraleEffecten.ToArray();
            var eind = Math.Min(runs, (b + 1) * Blok);
            for (var r = b * Blok; r < eind; r++)
            {
                Trek(model, seed, r, p, e);
                behoefte[r] = model.Simuleer(p, e, doelbezetting, paden.AsSpan(r * punten, punten), null);
            }
            if (voortgang is not null)
                lock (slot)
                {
                    klaar += eind - b * Blok;
                    voortgang(klaar, runs);
                }
        }

        if (parallel && runs >= ParallelVanaf && Environment.ProcessorCount > 1)
            Parallel.For(0, blokken, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) }, DraaiBlok);
        else
            for (var b = 0; b < blokken; b++) DraaiBlok(b);

        var landelijk = Percentiel.Van(behoefte);
        var perMaand = new Percentielen[punten];
        void Maanden(int deel, int delen)
        {
            var kolom = new double[runs];
            for (var t = deel; t < punten; t += delen)
            {
                for (var r = 0; r < runs; r++) kolom[r] = paden[(long)r * punten + t];
                perMaand[t] = Percentiel.VanInPlaats(kolom);
            }
        }
        if (parallel && runs >= ParallelVanaf && Environment.ProcessorCount > 1)
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, deel => Maanden(deel, 2));
        else
            Maanden(0, 1);
        var centraal = model.Pad(model.CentraleParameterwaarden, model.CentraleEffecten, doelbezetting);
        return new MonteCarloResultaat(model, doelbezetting, runs, seed, behoefte, paden, landelijk, perMaand, centraal);
    }

    /// <summary>Draws run <paramref name="run"/>'s values of every uncertain figure into <paramref name="p"/> and <paramref name="e"/>.</summary>
    internal static void Trek(VoorbereidScenario model, ulong seed, int run, Span<double> p, Span<double> e)
    {
        var trekking = model.Trekking;
        var runZaad = SplitMix64.Mix(SplitMix64.Mix(seed) ^ (ulong)(uint)run);
        for (var k = 0; k < trekking.Length; k++)
        {
            ref readonly var o = ref trekking[k];
            // Toeval.Stroom(seed, run, o.Sleutel).NextDouble(), with the seed-and-run part computed once per run.
            var u = new SplitMix64(SplitMix64.Mix(runZaad ^ o.Sleutel)).NextDouble();
            var x = Toeval.Driehoek(u, o.Min, o.Modus, o.Max);
            if (o.IsParameter) p[o.Index] = x;
            else e[o.Index] = x;
        }
    }
}

/// <summary>
/// The outcome of <see cref="MonteCarlo.Draai(Scenario, double, int, ulong, Action{int, int}?, bool)"/>: per run the need on the
/// peildatum and at every month point; percentiles (nearest rank, see <see cref="Percentiel"/>) nationally and per month;
/// and the central path (no sampling).
/// </summary>
public sealed class MonteCarloResultaat
{
    private readonly double[] _behoefte;
    private readonly double[] _paden;
    private readonly Percentielen[] _perMaand;

    internal MonteCarloResultaat(
        VoorbereidScenario model, double doelbezetting, int runs, ulong zaad,
        double[] behoefte, double[] paden, Percentielen landelijk, Percentielen[] perMaand, Prognosepad centraal)
    {
        Model = model;
        Doelbezetting = doelbezetting;
        Runs = runs;
        Zaad = zaad;
        _behoefte = behoefte;
        _paden = paden;
        Landelijk = landelijk;
        _perMaand = perMaand;
        CentraalPad = centraal;
    }

    public VoorbereidScenario Model { get; }
    public Scenario Scenario => Model.Scenario;
    public double Doelbezetting { get; }
    public int Runs { get; }
    public ulong Zaad { get; }
    public DateOnly Peildatum => Model.Scenario.BehoeftePeildatum;
    public IReadOnlyList<DateOnly> Datums => Model.Datums;

    /// <summary>The figures that were sampled.</summary>
    public IReadOnlyList<OnzekereGrootheid> Onzeker => Model.Onzeker;

    /// <summary>Per run (index = run) the national need on the peildatum, unrounded.</summary>
    public IReadOnlyList<double> BehoeftePerRun => _behoefte;

    /// <summary>P10/P50/P90 of the national need on the peildatum over the runs.</summary>
    public Percentielen Landelijk { get; }

    /// <summary>Per month point: P10/P50/P90 of the need over the runs (a band for a plot; each month's percentiles on their own).</summary>
    public IReadOnlyList<Percentielen> PerMaand => _perMaand;

    /// <summary>Every figure at its central value.</summary>
    public Prognosepad CentraalPad { get; }

    public double CentraleBehoefte => CentraalPad.BehoefteOpPeildatum;

    /// <summary>Run <paramref name="run"/>'s need at month point <paramref name="maand"/>.</summary>
    public double BehoefteInMaand(int run, int maand)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        ArgumentOutOfRangeException.ThrowIfNegative(maand);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maand, Model.Maanden);
        return _paden[(long)run * (Model.Maanden + 1) + maand];
    }

    /// <summary>Run <paramref name="run"/>'s need at every month point.</summary>
    public ReadOnlySpan<double> Behoeftepad(int run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        var punten = Model.Maanden + 1;
        return _paden.AsSpan(run * punten, punten);
    }

    /// <summary>Per run the national total to distribute: the need on the peildatum rounded half up to whole places.</summary>
    public int[] Totalen()
    {
        var totalen = new int[Runs];
        for (var r = 0; r < Runs; r++) totalen[r] = AfrondenHalfOmhoog(_behoefte[r]);
        return totalen;
    }

    /// <summary>Half up to a whole number of places (the need is never negative).</summary>
    public static int AfrondenHalfOmhoog(double behoefte)
    {
        if (!double.IsFinite(behoefte) || behoefte < 0 || behoefte > int.MaxValue)
            throw new InvalidInputException($"Een behoefte van {behoefte} plaatsen kan niet worden verdeeld.");
        return (int)Math.Round(behoefte, MidpointRounding.AwayFromZero);
    }
}
