using System.Numerics;

namespace Spreiding.Tests.Support;

/// <summary>
/// Textbook apportionment written independently of the product code, for cross-checks: Hamilton by
/// sorting exact remainders, divisor methods by handing out seats one at a time to the highest
/// average (exact BigInteger comparisons), "published" by rounding each quota half up.
/// Weights are non-negative integers. Ties at the margin are reported, not decided.
/// </summary>
public static class ReferenceApportionment
{
    public static int[] Published(IReadOnlyList<BigInteger> w, int total)
    {
        var sum = w.Aggregate(BigInteger.Zero, (a, b) => a + b);
        return w.Select(x => (int)((2 * total * x + sum) / (2 * sum))).ToArray();
    }

    public static int[] Hamilton(IReadOnlyList<BigInteger> w, int total)
    {
        var sum = w.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var seats = w.Select(x => (int)(total * x / sum)).ToArray();
        var left = total - seats.Sum();
        var order = Enumerable.Range(0, w.Count).OrderByDescending(i => total * w[i] % sum).ToArray();
        if (left > 0 && left < order.Length && total * w[order[left - 1]] % sum == total * w[order[left]] % sum)
            throw new InvalidOperationException("tie at the margin");
        for (var i = 0; i < left; i++) seats[order[i]]++;
        return seats;
    }

    /// <summary>Priority of the next seat as a fraction num/den; den 0 means infinite. Checked Int128 (fast enough for 96,000 seats).</summary>
    public delegate (Int128 Num, Int128 Den) Priority(Int128 weight, int seats);

    public static readonly Priority SainteLague = (w, s) => (checked(2 * w), 2 * s + 1);
    public static readonly Priority DHondt = (w, s) => (w, s + 1);
    /// <summary>Compared as squares: w^2 / (s(s+1)); s = 0 is infinite, ranked by weight.</summary>
    public static readonly Priority HuntingtonHill = (w, s) => s == 0 ? (w, 0) : (checked(w * w), (Int128)s * (s + 1));

    public static int[] HighestAverages(IReadOnlyList<BigInteger> weights, int total, Priority priority)
    {
        var w = weights.Select(x => (Int128)x).ToArray();
        var seats = new int[w.Length];
        for (var seat = 0; seat < total; seat++)
        {
            var best = -1;
            var tied = false;
            for (var i = 0; i < w.Length; i++)
            {
                if (w[i] == 0) continue;
                if (best < 0) { best = i; tied = false; continue; }
                var c = Compare(priority(w[i], seats[i]), priority(w[best], seats[best]));
                if (c > 0) { best = i; tied = false; }
                else if (c == 0) tied = true;
            }
            if (tied && IsMargin(w, seats, priority, best, total - seat))
                throw new InvalidOperationException("tie at the margin");
            seats[best]++;
        }
        return seats;
    }

    // A tie only matters when fewer seats remain than claimants sharing the best priority.
    private static bool IsMargin(Int128[] w, int[] seats, Priority priority, int best, int remaining)
    {
        var p = priority(w[best], seats[best]);
        var count = Enumerable.Range(0, w.Length).Count(i => w[i] != 0 && Compare(priority(w[i], seats[i]), p) == 0);
        return count > remaining;
    }

    private static int Compare((Int128 Num, Int128 Den) a, (Int128 Num, Int128 Den) b)
    {
        if (a.Den == 0 || b.Den == 0)
            return a.Den == 0 && b.Den == 0 ? a.Num.CompareTo(b.Num) : a.Den == 0 ? 1 : -1;
        return checked(a.Num * b.Den).CompareTo(checked(b.Num * a.Den));
    }
}
