using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Spreiding.Core.Apportionment;

namespace Spreiding.Tests.Core.Apportionment;

internal static class Support
{
    public static readonly ApportionmentMethod[] AllMethods = Enum.GetValues<ApportionmentMethod>();

    public static readonly ApportionmentMethod[] DivisorMethods =
        [ApportionmentMethod.SainteLague, ApportionmentMethod.DHondt, ApportionmentMethod.HuntingtonHill];

    public static string NameOf(int index) => $"G{index:00}";

    public static Claimant[] Claimants(params decimal[] weights) =>
        weights.Select((w, i) => new Claimant(NameOf(i), w)).ToArray();

    public static Claimant[] Named(params (string Name, decimal Weight)[] weights) =>
        weights.Select(w => new Claimant(w.Name, w.Weight)).ToArray();

    public static ApportionmentResult Apportion(
        IReadOnlyList<Claimant> claimants, int total, ApportionmentMethod method, TieRule? ties = null) =>
        Apportioner.Apportion(new ApportionmentRequest(claimants, total, method, ties ?? new TieRule.Refuse()));

    public static int[] Seats(this ApportionmentResult result) => result.Allotments.Select(a => a.Seats).ToArray();

    public static Dictionary<string, int> SeatsByName(this ApportionmentResult result) =>
        result.Allotments.ToDictionary(a => a.Name, a => a.Seats);
}

/// <summary>A random problem: 1-40 claimants with small integer weights (some zero), total 0-500.</summary>
public sealed record Case(int[] Weights, int Total)
{
    public Claimant[] Claimants() => Weights.Select((w, i) => new Claimant(Support.NameOf(i), w)).ToArray();

    public override string ToString() => $"Case(total {Total}, weights [{string.Join(", ", Weights)}])";
}

/// <summary>A random problem with optional bounds per claimant (possibly infeasible).</summary>
public sealed record BoundedCase(int[] Weights, int?[] Minimums, int?[] Maximums, int Total)
{
    public Claimant[] Claimants() =>
        Weights.Select((w, i) => new Claimant(Support.NameOf(i), w, Minimums[i], Maximums[i])).ToArray();

    public bool Feasible()
    {
        long minimums = Minimums.Sum(m => (long)(m ?? 0));
        var unlimited = false;
        long capacity = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            if (Weights[i] == 0) capacity += Minimums[i] ?? 0;
            else if (Maximums[i] is { } max) capacity += max;
            else unlimited = true;
        }
        return minimums <= Total && (unlimited || capacity >= Total);
    }

    public override string ToString() =>
        $"BoundedCase(total {Total}, " +
        string.Join(", ", Weights.Select((w, i) => $"{w}[{Minimums[i]?.ToString() ?? "-"}..{Maximums[i]?.ToString() ?? "-"}]")) + ")";
}

public sealed record ShuffledCase(Case Case, int[] Permutation, ulong Seed)
{
    public override string ToString() => $"{Case}, permutation [{string.Join(", ", Permutation)}], seed {Seed}";
}

public static class Generators
{
    private static Gen<int> Weight(int max) =>
        Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, max)));

    private static Gen<int[]> Weights(int max) =>
        Gen.Choose(1, 40)
            .SelectMany(n => Weight(max).ArrayOf(n))
            .Select(ws => ws.Any(w => w > 0) ? ws : [.. ws[..^1], 1]);

    public static Arbitrary<Case> Cases() =>
        Weights(1000).SelectMany(ws => Gen.Choose(0, 500).Select(t => new Case(ws, t))).ToArbitrary();

    public static Arbitrary<BoundedCase> BoundedCases() =>
        Weights(200)
            .SelectMany(ws => Gen.Choose(0, 150).SelectMany(total =>
                Bound(total, ws.Length).ArrayOf(ws.Length).SelectMany(lows =>
                    Bound(total, ws.Length).ArrayOf(ws.Length).Select(highs =>
                    {
                        // Keep min <= max so most cases pass validation and reach the algorithm.
                        var mins = new int?[ws.Length];
                        var maxs = new int?[ws.Length];
                        for (var i = 0; i < ws.Length; i++)
                        {
                            mins[i] = lows[i];
                            maxs[i] = highs[i] is { } h && lows[i] is { } l ? Math.Max(h, l) : highs[i];
                        }
                        return new BoundedCase(ws, mins, maxs, total);
                    }))))
            .ToArbitrary();

    private static Gen<int?> Bound(int total, int count) =>
        Gen.Frequency(
            (3, Gen.Constant<int?>(null)),
            (1, Gen.Choose(0, Math.Max(1, 2 * total / count + 2)).Select(v => (int?)v)));

    public static Arbitrary<ShuffledCase> ShuffledCases() =>
        Cases().Generator.SelectMany(c =>
            Gen.Shuffle(Enumerable.Range(0, c.Weights.Length).ToArray()).SelectMany(perm =>
                Gen.Choose(0, int.MaxValue).Select(seed => new ShuffledCase(c, perm, (ulong)seed))))
        .ToArbitrary();
}

/// <summary>
/// Naive highest-averages reference: hands out units one at a time from the minimums, comparing
/// claims as exact BigInteger fractions. Written independently of the library's heap and rules.
/// </summary>
internal static class NaiveDivisor
{
    public sealed record Result(long[] Seats, bool Tie, string[] Tied);

    public static Result Run(ApportionmentMethod method, IReadOnlyList<Claimant> claimants, int total)
    {
        var n = claimants.Count;
        var w = claimants.Select(c => (BigInteger)c.Weight).ToArray(); // integer weights in these tests
        var lo = claimants.Select(c => (long)(c.Minimum ?? 0)).ToArray();
        var hi = claimants.Select(c => c.Weight == 0 ? c.Minimum ?? 0 : c.Maximum ?? long.MaxValue).ToArray();
        var s = (long[])lo.Clone();
        var left = total - s.Sum();
        (int Index, long Units)? lastGiven = null;
        for (; left > 0; left--)
        {
            var best = -1;
            for (var i = 0; i < n; i++)
                if (s[i] < hi[i] && (best < 0 || Compare(method, w[i], s[i], w[best], s[best]) > 0)) best = i;
            lastGiven = (best, s[best]);
            s[best]++;
        }

        // A tie: the weakest unit given equals the strongest unit left out.
        var strongestLeft = -1;
        for (var i = 0; i < n; i++)
            if (s[i] < hi[i] && (strongestLeft < 0 || Compare(method, w[i], s[i], w[strongestLeft], s[strongestLeft]) > 0))
                strongestLeft = i;
        if (lastGiven is not { } g || strongestLeft < 0 ||
            Compare(method, w[g.Index], g.Units, w[strongestLeft], s[strongestLeft]) != 0)
            return new Result(s, false, []);

        var tied = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var holds = s[i] > lo[i] && Compare(method, w[i], s[i] - 1, w[g.Index], g.Units) == 0;
            var wants = s[i] < hi[i] && Compare(method, w[i], s[i], w[g.Index], g.Units) == 0;
            if (holds || wants) tied.Add(claimants[i].Name);
        }
        return new Result(s, true, tied.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Claim of a on unit na+1 against claim of b on unit nb+1.</summary>
    private static int Compare(ApportionmentMethod method, BigInteger wa, long na, BigInteger wb, long nb)
    {
        if (wa.IsZero || wb.IsZero) return wa.CompareTo(wb) != 0 ? wa.CompareTo(wb) : 0;
        switch (method)
        {
            case ApportionmentMethod.DHondt: // w / (n + 1)
                return (wa * (nb + 1)).CompareTo(wb * (na + 1));
            case ApportionmentMethod.SainteLague: // w / (n + 1/2)
                return (wa * (2 * nb + 1)).CompareTo(wb * (2 * na + 1));
            case ApportionmentMethod.HuntingtonHill: // w / sqrt(n (n + 1)), infinite for n = 0
                if (na == 0 && nb == 0) return wa.CompareTo(wb);
                if (na == 0) return 1;
                if (nb == 0) return -1;
                return (wa * wa * nb * (nb + 1)).CompareTo(wb * wb * na * (na + 1));
            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }
    }
}
