using System.Text;

namespace Spreiding.Core.Prognose;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014; the reference code of Vigna): a 64-bit counter advanced by the
/// golden gamma 0x9E3779B97F4A7C15 and put through a fixed finaliser. Implemented here rather than
/// <see cref="System.Random"/> because its sequence is fixed by this code alone, on every platform and runtime
/// version, so a published Monte Carlo result can be recomputed years later. From seed 0 the first outputs are
/// 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F (a test fixes them).
/// </summary>
public struct SplitMix64(ulong state)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;

    public ulong NextUInt64()
    {
        unchecked
        {
            _state += Gamma;
            return Finalise(_state);
        }
    }

    /// <summary>A double in [0, 1): the top 53 bits of the next output times 2^-53.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>One SplitMix64 step from <paramref name="x"/>: add the gamma, then finalise (a bijection of 64 bits).</summary>
    public static ulong Mix(ulong x)
    {
        unchecked { return Finalise(x + Gamma); }
    }

    private static ulong Finalise(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <summary>
/// The random numbers of the Monte Carlo runs. Every uncertain figure has its own stream per run:
/// <c>stream(seed, run, key) = SplitMix64(Mix(Mix(Mix(seed) ^ run) ^ key))</c>, where key is FNV-1a 64 over the
/// UTF-8 bytes of <c>"parameter:" + name</c> or <c>"hefboom:" + lever name</c>. A run's draws therefore depend
/// only on the seed, the run index and the figure's name: not on thread, order of execution, or which other
/// figures the scenario has. A baseline and a scenario run with the same seed draw the same value for every
/// parameter they share (common random numbers), so their per-run difference is the effect of the levers alone.
/// </summary>
public static class Toeval
{
    /// <summary>The stream key of a model parameter.</summary>
    public static ulong ParameterSleutel(string naam) => Fnv1a("parameter:" + naam);

    /// <summary>The stream key of a lever's effect.</summary>
    public static ulong HefboomSleutel(string naam) => Fnv1a("hefboom:" + naam);

    /// <summary>The generator for one figure in one run.</summary>
    public static SplitMix64 Stroom(ulong zaad, int run, ulong sleutel) =>
        new(SplitMix64.Mix(SplitMix64.Mix(SplitMix64.Mix(zaad) ^ (ulong)(uint)run) ^ sleutel));

    /// <summary>
    /// The inverse of the triangular distribution's CDF at <paramref name="u"/> in [0, 1):
    /// F(c) = (c - a)/(b - a); x = a + sqrt(u (b - a)(c - a)) below it, else b - sqrt((1 - u)(b - a)(b - c)).
    /// </summary>
    public static double Driehoek(double u, double min, double modus, double max)
    {
        var breedte = max - min;
        if (breedte <= 0) return modus;
        var fc = (modus - min) / breedte;
        return u < fc
            ? min + Math.Sqrt(u * breedte * (modus - min))
            : max - Math.Sqrt((1 - u) * breedte * (max - modus));
    }

    internal static ulong Fnv1a(string tekst)
    {
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(tekst))
        {
            hash ^= b;
            unchecked { hash *= prime; }
        }
        return hash;
    }
}
