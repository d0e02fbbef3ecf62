using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// Divisor methods by jump-and-step (as in BAZI): round every weight at an estimated divisor, which
/// is a valid divisor-method result for some house size, then move unit by unit to the target house
/// size, always adding to the highest next claim (or taking from the lowest held claim) through a
/// binary heap. With bounds the claimants start at their minimum and stop at their maximum, which is
/// exactly clamp(round(w / D), min, max). A tie is when the weakest held claim equals the strongest
/// claim left out.
/// </summary>
internal static class DivisorMethod
{
    private const int MaxJumps = 4;

    public static Outcome Run<TRule>(PreparedRequest p, ApportionmentMethod method, TieRule ties)
        where TRule : struct, IDivisorRule
    {
        var outcome = new Outcome(p.Count);
        long target = p.Total;
        var zeros = 0;
        for (var i = 0; p.AnyZeroWeight && i < p.Count; i++)
        {
            if (p.Weights[i] != UInt128.Zero) continue;
            // Nothing to be proportional to: the minimum, outside the divisor computation.
            outcome.Seats[i] = p.Minimums[i];
            outcome.Bounded[i] = p.Minimums[i] > 0;
            target -= p.Minimums[i];
            zeros++;
        }
        var m = p.Count - zeros;
        if (m == 0) return outcome;

        // Work on the positive weights only; without zero weights the request's arrays serve as they are.
        UInt128[] w;
        long[] lo, hi, s;
        int[]? map = null;
        var weightSum = p.WeightSum;
        if (zeros == 0)
        {
            (w, lo, hi, s) = (p.Weights, p.Minimums, p.Maximums, outcome.Seats);
        }
        else
        {
            (w, lo, hi, s, map) = (new UInt128[m], new long[m], new long[m], new long[m], new int[m]);
            for (int i = 0, k = 0; i < p.Count; i++)
            {
                if (p.Weights[i] == UInt128.Zero) continue;
                (map[k], w[k], lo[k], hi[k]) = (i, p.Weights[i], p.Minimums[i], p.Maximums[i]);
                k++;
            }
        }

        Jump<TRule>(w, lo, hi, s, target, weightSum, p.MaxWeight, p.AnyBoundOnPositiveWeight);
        long assigned = 0;
        for (var k = 0; k < m; k++) assigned += s[k];

        // last: the weakest claim held above a minimum; next: the strongest claim left out below a maximum.
        // Stepping ends on one of them and leaves the other on top of its heap.
        int last, next;
        if (assigned < target) AddUnits<TRule>(w, s, hi, target - assigned, out last, out next);
        else if (assigned > target) RemoveUnits<TRule>(w, s, lo, assigned - target, out last, out next);
        else
        {
            last = next = -1;
            for (var k = 0; k < m; k++)
            {
                if (s[k] > lo[k] && (last < 0 || TRule.Compare(w[k], s[k] - 1, w[last], s[last] - 1) < 0)) last = k;
                if (s[k] < hi[k] && (next < 0 || TRule.Compare(w[k], s[k], w[next], s[next]) > 0)) next = k;
            }
        }

        BigInteger[]? divisor = null; // [numerator, denominator] in scaled weight units
        (UInt128 X, UInt128 Y)? narrowDivisor = null; // the same in 128 bits, where it was found so
        (UInt128 W, long N) reference = default;
        var haveReference = false;
        var tie = last >= 0 && next >= 0 && TRule.Compare(w[last], s[last] - 1, w[next], s[next]) == 0;
        if (tie)
        {
            reference = (w[last], s[last] - 1);
            haveReference = true;
            var given = 0;
            var tied = new List<int>(); // indices of the request
            var freeIndex = new Dictionary<int, int>();
            for (var k = 0; k < m; k++)
            {
                var holds = s[k] > lo[k] && TRule.Compare(w[k], s[k] - 1, reference.W, reference.N) == 0;
                if (holds) s[k]--; // hand the contested units back; the lot gives them out again
                if (holds || (s[k] < hi[k] && TRule.Compare(w[k], s[k], reference.W, reference.N) == 0))
                {
                    var i = map?[k] ?? k;
                    tied.Add(i);
                    freeIndex[i] = k;
                    if (holds) given++;
                }
            }
            foreach (var i in TieBreaking.Decide(p.Names, tied, given, method, ties, outcome.Lots)) s[freeIndex[i]]++;
            // Only the tied claim itself separates the winners from the losers.
            if (!TRule.Squared)
            {
                var (num, den) = TRule.Claim(reference.W, reference.N);
                divisor = [num, den];
            }
        }
        else
        {
            (UInt128, UInt128) lower128 = default, upper128 = default;
            if ((next < 0 || TRule.TryClaim(w[next], s[next], out lower128)) &&
                (last < 0 || TRule.TryClaim(w[last], s[last] - 1, out upper128)) &&
                DivisorChoice.TryBetween(TRule.Squared, next >= 0 ? lower128 : null, last >= 0 ? upper128 : null, out narrowDivisor))
            {
                if (narrowDivisor is { } d && (map is not null || p.AnyBoundOnPositiveWeight)) divisor = [d.X, d.Y];
            }
            else
            {
                (BigInteger, BigInteger)? lower = next >= 0 ? TRule.Claim(w[next], s[next]) : null;
                (BigInteger, BigInteger)? upper = last >= 0 ? TRule.Claim(w[last], s[last] - 1) : null;
                divisor = DivisorChoice.Between(TRule.Squared, lower, upper);
            }
            if (divisor is null && narrowDivisor is null)
            {
                // Huntington-Hill with first units left out: no finite divisor, judge against that claim.
                var r = next >= 0 ? next : last;
                if (r >= 0)
                {
                    reference = r == next ? (w[next], s[next]) : (w[last], s[last] - 1);
                    haveReference = true;
                }
            }
        }

        // Without zero weights s is outcome.Seats; without bounds nobody is bounded.
        for (var k = 0; (map is not null || p.AnyBoundOnPositiveWeight) && k < m; k++)
        {
            var i = map?[k] ?? k;
            outcome.Seats[i] = s[k];
            var atMinimum = s[k] == lo[k] && lo[k] > 0;
            var atMaximum = s[k] == hi[k];
            if (!atMinimum && !atMaximum) continue;
            // Bounded when the bound, not the divisor, decided: the minimum's last unit was not earned,
            // or the unit above the maximum would have been.
            if (atMinimum && IsBelowCutoff<TRule>(w[k], lo[k] - 1, divisor, haveReference, reference)) outcome.Bounded[i] = true;
            if (atMaximum && IsAboveCutoff<TRule>(w[k], hi[k], divisor, haveReference, reference)) outcome.Bounded[i] = true;
        }

        if (narrowDivisor is { } nd) outcome.Divisor = ToFraction(nd.X, nd.Y, p.Scale);
        else if (divisor is not null) outcome.Divisor = ToFraction(divisor[0], divisor[1] * ExactMath.Pow10(p.Scale));
        return outcome;
    }

    private static bool IsBelowCutoff<TRule>(UInt128 w, long n, BigInteger[]? divisor, bool haveReference, (UInt128 W, long N) reference)
        where TRule : struct, IDivisorRule
    {
        if (divisor is not null) return DivisorChoice.CompareClaim(TRule.Squared, TRule.Claim(w, n), divisor[0], divisor[1]) < 0;
        return haveReference && TRule.Compare(w, n, reference.W, reference.N) < 0;
    }

    private static bool IsAboveCutoff<TRule>(UInt128 w, long n, BigInteger[]? divisor, bool haveReference, (UInt128 W, long N) reference)
        where TRule : struct, IDivisorRule
    {
        if (divisor is not null) return DivisorChoice.CompareClaim(TRule.Squared, TRule.Claim(w, n), divisor[0], divisor[1]) > 0;
        return haveReference && TRule.Compare(w, n, reference.W, reference.N) > 0;
    }

    /// <summary>
    /// Rounds all weights at an estimated multiplier. With bounds the estimate is refined a few times
    /// over the claimants the bounds did not catch; every candidate is a consistent state, the one
    /// nearest the target is kept.
    /// </summary>
    private static void Jump<TRule>(
        UInt128[] w, long[] lo, long[] hi, long[] s, long target, UInt128 weightSum, UInt128 maxWeight, bool bounded)
        where TRule : struct, IDivisorRule
    {
        var m = s.Length;
        long[]? best = null;
        var bestGap = long.MaxValue;
        var (a, b) = TRule.Estimate(target, m, weightSum);
        for (var jump = 0; jump < MaxJumps; jump++)
        {
            long assigned = 0, clampedUnits = 0;
            var freeWeight = UInt128.Zero;
            var freeCount = 0;
            var fits64 = 2 * a * maxWeight + 2 * b <= ulong.MaxValue;
            var d = new FixedDivisor(TRule.RoundingDivisor(b));
            if (!bounded && fits64)
            {
                // Minimums 0 and no maximums: nothing to clamp, one jump, 64-bit arithmetic.
                var (a64, b64) = ((ulong)a, (ulong)b);
                for (var k = 0; k < m; k++) assigned += s[k] = TRule.Round64((ulong)w[k], a64, b64, d);
                break;
            }
            for (var k = 0; k < m; k++)
            {
                var raw = fits64 ? TRule.Round64((ulong)w[k], (ulong)a, (ulong)b, d) : TRule.Round(w[k], a, b, d);
                if (raw < lo[k]) { s[k] = lo[k]; clampedUnits += lo[k]; }
                else if (raw > hi[k]) { s[k] = hi[k]; clampedUnits += hi[k]; }
                else { s[k] = raw; freeWeight += w[k]; freeCount++; }
                assigned += s[k];
            }
            var gap = Math.Abs(target - assigned);
            var rest = target - clampedUnits;
            var again = bounded && gap > 1 && freeCount > 0 && rest > 0 && jump + 1 < MaxJumps;
            if (gap < bestGap)
            {
                bestGap = gap;
                if (again) Array.Copy(s, best ??= new long[m], m);
                else best = null; // s itself is the best
            }
            if (!again) break;
            (a, b) = TRule.Estimate(rest, freeCount, freeWeight);
        }
        if (best is not null) Array.Copy(best, s, m);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // a method of its own: far fewer spills than inlined into Run
    private static void AddUnits<TRule>(UInt128[] w, long[] s, long[] hi, long count, out int last, out int next)
        where TRule : struct, IDivisorRule
    {
        var heap = ArrayPool<int>.Shared.Rent(s.Length); // heap[0..size) only; returned below
        var size = 0;
        for (var k = 0; k < s.Length; k++) if (s[k] < hi[k]) heap[size++] = k;
        var order = new StrongestNextClaim<TRule>(w, s);
        var reverse = new WeakestNextClaim<TRule>(w, s);
        size = Narrow(heap, size, count, ref order, ref reverse);
        last = -1;
        for (; count > 0; count--)
        {
            if (size == 0) throw new InvalidOperationException("No claimant can take another unit.");
            last = heap[0];
            s[last]++;
            if (s[last] == hi[last]) heap[0] = heap[--size];
            SiftDown(heap, size, 0, ref order);
        }
        next = size > 0 ? heap[0] : -1;
        ArrayPool<int>.Shared.Return(heap);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // a method of its own: far fewer spills than inlined into Run
    private static void RemoveUnits<TRule>(UInt128[] w, long[] s, long[] lo, long count, out int last, out int next)
        where TRule : struct, IDivisorRule
    {
        var heap = ArrayPool<int>.Shared.Rent(s.Length); // heap[0..size) only; returned below
        var size = 0;
        for (var k = 0; k < s.Length; k++) if (s[k] > lo[k]) heap[size++] = k;
        var order = new WeakestHeldClaim<TRule>(w, s);
        var reverse = new StrongestHeldClaim<TRule>(w, s);
        size = Narrow(heap, size, count, ref order, ref reverse);
        next = -1;
        for (; count > 0; count--)
        {
            if (size == 0) throw new InvalidOperationException("No claimant can give up a unit.");
            next = heap[0];
            s[next]--;
            if (s[next] == lo[next]) heap[0] = heap[--size];
            SiftDown(heap, size, 0, ref order);
        }
        last = size > 0 ? heap[0] : -1;
        ArrayPool<int>.Shared.Return(heap);
    }

    /// <summary>
    /// Turns heap[0..size) into a heap by <paramref name="order"/>, keeping only the count + 1 claimants
    /// first in that order when that is much fewer. Exact: in count steps at least one kept claimant is
    /// never touched, and everyone left out comes after it, so nobody left out could have been chosen
    /// (equal claims are settled afterwards by the tie check, which compares values and scans everyone).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // keeps its scan in registers
    private static int Narrow<TOrder, TReverse>(int[] heap, int size, long count, ref TOrder order, ref TReverse reverse)
        where TOrder : struct, IHeapOrder
        where TReverse : struct, IHeapOrder
    {
        if (count + 1 > size / 8)
        {
            for (var i = size / 2 - 1; i >= 0; i--) SiftDown(heap, size, i, ref order);
            return size;
        }
        var keep = (int)count + 1;
        // The kept ones as a reverse heap: the one to drop first sits on top.
        for (var i = keep / 2 - 1; i >= 0; i--) SiftDown(heap, keep, i, ref reverse);
        var top = order.ClaimOf(heap[0]);
        for (var j = keep; j < size; j++)
        {
            if (!order.Before(heap[j], top)) continue;
            heap[0] = heap[j];
            SiftDown(heap, keep, 0, ref reverse);
            top = order.ClaimOf(heap[0]);
        }
        for (var i = keep / 2 - 1; i >= 0; i--) SiftDown(heap, keep, i, ref order);
        return keep;
    }

    private interface IHeapOrder
    {
        bool Before(int x, int y);

        /// <summary>The claim claimant y is ordered by, as weight and units held before it.</summary>
        (UInt128 W, long N) ClaimOf(int y);

        /// <summary><see cref="Before(int, int)"/> against a claim taken once (<see cref="ClaimOf"/>).</summary>
        bool Before(int x, (UInt128 W, long N) y);
    }

    private readonly struct StrongestNextClaim<TRule>(UInt128[] w, long[] s) : IHeapOrder
        where TRule : struct, IDivisorRule
    {
        public bool Before(int x, int y) => Before(x, ClaimOf(y));
        public (UInt128 W, long N) ClaimOf(int y) => (w[y], s[y]);
        public bool Before(int x, (UInt128 W, long N) y) => TRule.Compare(w[x], s[x], y.W, y.N) > 0;
    }

    private readonly struct WeakestNextClaim<TRule>(UInt128[] w, long[] s) : IHeapOrder
        where TRule : struct, IDivisorRule
    {
        public bool Before(int x, int y) => Before(x, ClaimOf(y));
        public (UInt128 W, long N) ClaimOf(int y) => (w[y], s[y]);
        public bool Before(int x, (UInt128 W, long N) y) => TRule.Compare(w[x], s[x], y.W, y.N) < 0;
    }

    private readonly struct StrongestHeldClaim<TRule>(UInt128[] w, long[] s) : IHeapOrder
        where TRule : struct, IDivisorRule
    {
        public bool Before(int x, int y) => Before(x, ClaimOf(y));
        public (UInt128 W, long N) ClaimOf(int y) => (w[y], s[y] - 1);
        public bool Before(int x, (UInt128 W, long N) y) => TRule.Compare(w[x], s[x] - 1, y.W, y.N) > 0;
    }

    private readonly struct WeakestHeldClaim<TRule>(UInt128[] w, long[] s) : IHeapOrder
        where TRule : struct, IDivisorRule
    {
        public bool Before(int x, int y) => Before(x, ClaimOf(y));
        public (UInt128 W, long N) ClaimOf(int y) => (w[y], s[y] - 1);
        public bool Before(int x, (UInt128 W, long N) y) => TRule.Compare(w[x], s[x] - 1, y.W, y.N) < 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // called now and then; inlined it would crowd the scans
    private static void SiftDown<TOrder>(int[] heap, int size, int i, ref TOrder order)
        where TOrder : struct, IHeapOrder
    {
        if (i >= size) return;
        var item = heap[i];
        var claim = order.ClaimOf(item);
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && order.Before(heap[child + 1], heap[child])) child++;
            if (!order.Before(heap[child], claim)) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = item;
    }

    /// <summary>x / (y x 10^scale) in lowest terms, in 128 bits where y x 10^scale fits.</summary>
    private static Fraction? ToFraction(UInt128 x, UInt128 y, int scale)
    {
        if (UInt128.BigMul(y, DecimalParts.Pow10(scale), out var denominator) != UInt128.Zero)
            return ToFraction((BigInteger)x, (BigInteger)y * ExactMath.Pow10(scale));
        var g = ExactMath.Gcd(x, denominator);
        if (g > UInt128.One)
        {
            x /= g;
            denominator /= g;
        }
        var max = (UInt128)Int128.MaxValue;
        return x > max || denominator > max ? null : new Fraction((Int128)x, (Int128)denominator);
    }

    private static Fraction? ToFraction(BigInteger numerator, BigInteger denominator)
    {
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsZero && !g.IsOne)
        {
            numerator /= g;
            denominator /= g;
        }
        var max = (BigInteger)Int128.MaxValue;
        return numerator > max || denominator > max ? null : new Fraction((Int128)numerator, (Int128)denominator);
    }
}
