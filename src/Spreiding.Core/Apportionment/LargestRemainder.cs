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

        var divisor = new FixedDivisor(freeWeight);
        var remainders = free.Count <= 512 ? stackalloc UInt128[free.Count] : new UInt128[free.Count];
        var left = freeTotal;
        for (var k = 0; k < free.Count; k++)
        {
            var i = free[k];
            var floor = divisor.DivRem(ExactMath.Product((ulong)freeTotal, p.Weights[i]), out remainders[k]);
            outcome.Seats[i] = (long)floor;
            left -= (long)floor;
        }
        if (left == 0) return outcome;

        // Remainders share the denominator freeWeight, so comparing numerators is exact. The left-th
        // largest is the cut: everyone above it gets one more unit, the ones at it share what is left.
        var scratch = remainders.Length <= 512 ? stackalloc UInt128[remainders.Length] : new UInt128[remainders.Length];
        remainders.CopyTo(scratch);
        var cut = KthLargest(scratch, (int)left);
        var above = 0;
        var tied = new List<int>();
        for (var k = 0; k < remainders.Length; k++)
        {
            if (remainders[k] > cut)
            {
                outcome.Seats[free[k]]++;
                above++;
            }
            else if (remainders[k] == cut) tied.Add(free[k]);
        }
        var contested = (int)(left - above);
        if (contested == tied.Count)
        {
            foreach (var i in tied) outcome.Seats[i]++;
        }
        else
        {
            foreach (var i in TieBreaking.Decide(p.Names, tied, contested, ApportionmentMethod.LargestRemainder, ties, outcome.Lots))
                outcome.Seats[i]++;
        }
        return outcome;
    }

    /// <summary>
    /// The k-th largest of <paramref name="values"/> (k from 1), by quickselect with a three-way partition
    /// (many equal values are one step); reorders <paramref name="values"/>.
    /// </summary>
    internal static UInt128 KthLargest(Span<UInt128> values, int k)
    {
        var target = k - 1; // its position in descending order
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            var pivot = MedianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            // [lo, lt) above the pivot, [lt, i) equal, (gt, hi] below.
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                var v = values[i];
                if (v > pivot)
                {
                    values[i++] = values[lt];
                    values[lt++] = v;
                }
                else if (v < pivot)
                {
                    values[i] = values[gt];
                    values[gt--] = v;
                }
                else i++;
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
        return values[lo];
    }

    private static UInt128 MedianOfThree(UInt128 a, UInt128 b, UInt128 c) =>
        a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);

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
