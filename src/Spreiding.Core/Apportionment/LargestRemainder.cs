using System.Buffers;
using System.Numerics;
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
        long freeTotal = p.Total;
        int[]? free = null; // the claimants sharing freeTotal by their weights; null: all of them
        var freeWeight = p.WeightSum;
        if (p.AnyZeroWeight || p.AnyBoundOnPositiveWeight)
        {
            var candidates = new List<int>(p.Count);
            for (var i = 0; i < p.Count; i++)
            {
                if (p.Weights[i] == UInt128.Zero)
                {
                    outcome.Seats[i] = p.Minimums[i];
                    outcome.Bounded[i] = p.Minimums[i] > 0;
                    freeTotal -= p.Minimums[i];
                }
                else candidates.Add(i);
            }
            if (p.AnyBoundOnPositiveWeight) candidates = FixBounds(p, candidates, outcome, ref freeTotal);
            if (candidates.Count == 0) return outcome;
            free = [.. candidates];
            freeWeight = UInt128.Zero;
            foreach (var i in free) freeWeight += p.Weights[i];
        }

        if (freeWeight <= ulong.MaxValue) ShareOut<ulong>(p, free, freeTotal, freeWeight, outcome, ties);
        else ShareOut<UInt128>(p, free, freeTotal, freeWeight, outcome, ties);
        return outcome;
    }

    /// <summary>
    /// Floors of the quotas freeTotal x w / freeWeight, then one more unit for the largest remainders. The
    /// remainders are below freeWeight, so <typeparamref name="T"/> (64 bits where freeWeight fits) holds them.
    /// </summary>
    private static void ShareOut<T>(PreparedRequest p, int[]? free, long freeTotal, UInt128 freeWeight, Outcome outcome, TieRule ties)
        where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        var divisor = new FixedDivisor(freeWeight);
        var count = free?.Length ?? p.Count;
        // Scratch from the shared pool: the remainders, then a copy for the selection to reorder.
        var rented = ArrayPool<T>.Shared.Rent(2 * count);
        var remainders = rented.AsSpan(0, count);
        var left = freeTotal;
        for (var k = 0; k < remainders.Length; k++)
        {
            var i = free is null ? k : free[k];
            var floor = divisor.DivRem(ExactMath.Product((ulong)freeTotal, p.Weights[i]), out var remainder);
            remainders[k] = T.CreateTruncating(remainder);
            outcome.Seats[i] = (long)floor;
            left -= (long)floor;
        }
        if (left == 0)
        {
            ArrayPool<T>.Shared.Return(rented);
            return;
        }

        // Remainders share the denominator freeWeight, so comparing numerators is exact. The left-th
        // largest is the cut: everyone above it gets one more unit, the ones at it share what is left.
        var scratch = rented.AsSpan(count, count);
        remainders.CopyTo(scratch);
        var cut = KthLargest(scratch, (int)left, T.CreateTruncating(freeWeight));
        var above = 0;
        var tied = new List<int>();
        for (var k = 0; k < remainders.Length; k++)
        {
            if (remainders[k] > cut)
            {
                outcome.Seats[free is null ? k : free[k]]++;
                above++;
            }
            else if (remainders[k] == cut) tied.Add(free is null ? k : free[k]);
        }
        ArrayPool<T>.Shared.Return(rented);
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
    }

    /// <summary>
    /// The k-th largest of <paramref name="values"/> (k from 1), all below <paramref name="bound"/>, by radix
    /// selection: count the values per leading byte, keep the byte the k-th largest has, repeat on the next
    /// byte of the ones kept. Few branches to mispredict; reorders <paramref name="values"/>.
    /// </summary>
    internal static T KthLargest<T>(Span<T> values, int k, T bound)
        where T : struct, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        const int Bits = 8;
        Span<int> counts = stackalloc int[1 << Bits];
        var mask = T.CreateTruncating((1 << Bits) - 1);
        var shift = Math.Max(0, (bound == T.Zero ? 0 : int.CreateTruncating(T.Log2(bound)) + 1) - Bits);
        while (true)
        {
            if (values.Length <= 16)
            {
                values.Sort();
                return values[^k];
            }
            counts.Clear();
            foreach (var v in values) counts[int.CreateTruncating((v >> shift) & mask)]++;
            var bucket = counts.Length - 1;
            for (; counts[bucket] < k; bucket--) k -= counts[bucket];
            // Keep the values in that bucket; the k-th largest is the k-th largest among them. They agree on
            // every bit from the shift up, so at shift 0 they are all equal.
            var kept = 0;
            var wanted = T.CreateTruncating(bucket);
            foreach (var v in values)
                if (((v >> shift) & mask) == wanted) values[kept++] = v;
            if (shift == 0) return values[0];
            values = values[..kept];
            shift = Math.Max(0, shift - Bits);
        }
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
