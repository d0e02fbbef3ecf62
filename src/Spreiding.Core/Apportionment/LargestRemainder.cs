using Spreiding.Core.Arithmetic;
namespace Spreiding.Core.Apportionment;

/// <summary>
/// Hamilton / Hare-Niemeyer: everyone gets the floor of the quota, the remaining units go to the
/// largest fractional remainders. Bounds are handled by fixing violators at their bound and
/// recomputing the quotas of the others (see <see cref="FixBounds"/>).
/// </summary>
internal static class LargestRemainder
{
    public static Outcome Run(PreparedRequest p, TieRule ties)
    {
        var outcome = new Outcome(p.Count);
        var free = new List<int>(p.Count);
        long freeTotal = p.Total;
        for (var i = 0; i < p.Count; i++)
        {
            if (p.Weights[i] == UInt128.Zero)
            {
                outcome.Seats[i] = p.Minimums[i];
                outcome.Bounded[i] = p.Minimums[i] > 0;
                freeTotal -= p.Minimums[i];
            }
            else free.Add(i);
        }
        if (p.AnyBoundOnPositiveWeight) free = FixBounds(p, free, outcome, ref freeTotal);
        if (free.Count == 0) return outcome;

        var freeWeight = UInt128.Zero;
        foreach (var i in free) freeWeight += p.Weights[i];

        var remainders = new UInt128[free.Count];
        var order = new int[free.Count];
        var left = freeTotal;
        for (var k = 0; k < free.Count; k++)
        {
            var i = free[k];
            var numerator = (UInt128)freeTotal * p.Weights[i];
            var floor = ExactMath.DivFloor(numerator, freeWeight);
            outcome.Seats[i] = (long)floor;
            remainders[k] = numerator - floor * freeWeight;
            order[k] = i;
            left -= (long)floor;
        }
        if (left == 0) return outcome;

        // Remainders share the denominator freeWeight, so comparing numerators is exact.
        Array.Sort(remainders, order);
        Array.Reverse(remainders);
        Array.Reverse(order);
        var cut = remainders[left - 1];
        var above = 0;
        while (remainders[above] > cut) above++;
        var tied = new List<int>();
        for (var k = above; k < remainders.Length && remainders[k] == cut; k++) tied.Add(order[k]);
        for (var k = 0; k < above; k++) outcome.Seats[order[k]]++;
        var contested = (int)(left - above);
        if (contested == tied.Count)
        {
            foreach (var i in tied) outcome.Seats[i]++;
        }
        else
        {
            foreach (var i in TieBreaking.Decide(p.Claimants, tied, contested, ApportionmentMethod.LargestRemainder, ties, outcome.Lots))
                outcome.Seats[i]++;
        }
        return outcome;
    }

    /// <summary>
    /// Finds the fixed point of "fix everyone whose quota within the free set lies below their minimum
    /// (above their maximum) at that bound and recompute": a multiplier L with
    /// sum_i clamp(L x w_i, min_i, max_i) = total. That sum is continuous and non-decreasing in L and
    /// piecewise linear with breakpoints min_i/w_i and max_i/w_i, so a scan over the sorted breakpoints
    /// finds L exactly. Fixing violators one round at a time can overshoot when both kinds exist at
    /// once; the scan cannot. Claimants strictly outside their bounds at L are fixed; the others stay free
    /// and their quota over the free set is exactly L x w_i.
    /// </summary>
    private static List<int> FixBounds(PreparedRequest p, List<int> candidates, Outcome outcome, ref long freeTotal)
    {
        var w = p.Weights;
        var events = new List<(int Index, long Bound, bool Upper)>(2 * candidates.Count);
        long constant = 0;
        foreach (var i in candidates)
        {
            constant += p.Minimums[i];
            events.Add((i, p.Minimums[i], false));
            if (p.Maximums[i] != PreparedRequest.NoMaximum) events.Add((i, p.Maximums[i], true));
        }
        events.Sort((a, b) =>
        {
            var c = ExactMath.CompareProducts((UInt128)a.Bound, w[b.Index], (UInt128)b.Bound, w[a.Index]);
            return c != 0 ? c : a.Upper.CompareTo(b.Upper);
        });

        // L = numerator / denominator. The sum is constant + L x slope between breakpoints.
        var target = freeTotal;
        UInt128 numerator = 0, denominator = 1;
        var found = constant >= target;
        UInt128 slope = 0;
        foreach (var (index, bound, upper) in events)
        {
            if (found) break;
            // Does the sum reach the target by L = bound / w[index]?
            if (slope != UInt128.Zero)
            {
                var need = target - constant;
                if (need <= 0 || ExactMath.CompareProducts((UInt128)need, w[index], (UInt128)bound, slope) <= 0)
                {
                    numerator = (UInt128)Math.Max(need, 0);
                    denominator = slope;
                    found = true;
                    break;
                }
            }
            if (upper) { slope -= w[index]; constant += bound; }
            else { slope += w[index]; constant -= bound; }
        }
        if (!found)
        {
            // Feasibility was checked, so the last segment must rise to the target.
            if (slope == UInt128.Zero) throw new InvalidOperationException("Bounded largest remainder found no multiplier.");
            numerator = (UInt128)(target - constant);
            denominator = slope;
        }

        var free = new List<int>(candidates.Count);
        foreach (var i in candidates)
        {
            var value = numerator * w[i];
            if (value < (UInt128)p.Minimums[i] * denominator)
            {
                Fix(i, p.Minimums[i]);
            }
            else if (p.Maximums[i] != PreparedRequest.NoMaximum && value > (UInt128)p.Maximums[i] * denominator)
            {
                Fix(i, p.Maximums[i]);
            }
            else free.Add(i);
        }
        freeTotal = target;
        return free;

        void Fix(int i, long seats)
        {
            outcome.Seats[i] = seats;
            outcome.Bounded[i] = true;
            target -= seats;
        }
    }
}
