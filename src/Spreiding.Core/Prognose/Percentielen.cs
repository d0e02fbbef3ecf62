namespace Spreiding.Core.Prognose;

/// <summary>The 10th, 50th and 90th percentile of a quantity over the Monte Carlo runs.</summary>
public readonly record struct Percentielen(double P10, double P50, double P90);

/// <summary>The 10th, 50th and 90th percentile of a whole-number quantity (places) over the runs.</summary>
public readonly record struct GeheelPercentielen(int P10, int P50, int P90);

/// <summary>
/// Percentiles by the nearest-rank method: of n values sorted ascending x(1) &lt;= ... &lt;= x(n), the p-th
/// percentile is x(k) with k = ceil(p x n / 100), at least 1. The result is always one of the values (no
/// interpolation), so a percentile of whole places is a whole number of places, and P10 &lt;= P50 &lt;= P90 by
/// construction. k is computed in integers ((p x n + 99) / 100), so no rounding of floating point decides a rank.
/// With 10,000 runs P10 is the 1,000th smallest value, P50 the 5,000th, P90 the 9,000th.
/// </summary>
public static class Percentiel
{
    /// <summary>The 1-based nearest rank of percentile <paramref name="p"/> (1-100) among <paramref name="n"/> values.</summary>
    public static int Rang(int p, int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Percentiles need at least one value.");
        if (p is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile lies between 1 and 100.");
        var k = (int)(((long)p * n + 99) / 100);
        return Math.Max(1, k);
    }

    /// <summary>P10, P50 and P90 of <paramref name="waarden"/> (not changed).</summary>
    public static Percentielen Van(ReadOnlySpan<double> waarden)
    {
        var kopie = waarden.ToArray();
        return VanInPlaats(kopie);
    }

    /// <summary>
    /// P10, P50 and P90; reorders <paramref name="werk"/>. The three ranks are found by selection (Hoare/Wirth, median of
    /// three; O(n)), which gives exactly the values a full sort would put at those ranks.
    /// </summary>
    public static Percentielen VanInPlaats(Span<double> werk)
    {
        var n = werk.Length;
        var k90 = Rang(90, n) - 1;
        var k50 = Rang(50, n) - 1;
        var k10 = Rang(10, n) - 1;
        // After selecting rank k every value before k is <= the value at k, so the lower ranks are selected in the prefix.
        var p90 = Selecteer(werk, k90);
        var p50 = Selecteer(werk[..(k90 + 1)], k50);
        var p10 = Selecteer(werk[..(k50 + 1)], k10);
        return new Percentielen(p10, p50, p90);
    }

    /// <summary>The value of 0-based rank <paramref name="k"/> in ascending order; afterwards a[i] &lt;= a[k] &lt;= a[j] for i &lt; k &lt; j.</summary>
    internal static double Selecteer(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (hi > lo)
        {
            var mid = lo + (hi - lo) / 2;
            if (a[mid] < a[lo]) (a[mid], a[lo]) = (a[lo], a[mid]);
            if (a[hi] < a[lo]) (a[hi], a[lo]) = (a[lo], a[hi]);
            if (a[hi] < a[mid]) (a[hi], a[mid]) = (a[mid], a[hi]);
            var pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot) i++;
                while (pivot < a[j]) j--;
                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    /// <summary>P10, P50 and P90 of whole numbers (not changed).</summary>
    public static GeheelPercentielen Van(ReadOnlySpan<int> waarden)
    {
        var kopie = waarden.ToArray();
        return VanInPlaats(kopie);
    }

    /// <summary>
    /// P10, P50 and P90 of whole numbers; may reorder <paramref name="werk"/>. When the values span a small
    /// range (places of one municipality over the runs do), a counting pass replaces the sort.
    /// </summary>
    public static GeheelPercentielen VanInPlaats(Span<int> werk)
    {
        var n = werk.Length;
        var r10 = Rang(10, n);
        var r50 = Rang(50, n);
        var r90 = Rang(90, n);
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var v in werk)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
        var bereik = (long)max - min + 1;
        if (bereik > Math.Max(1024, 4L * n))
        {
            werk.Sort();
            return new GeheelPercentielen(werk[r10 - 1], werk[r50 - 1], werk[r90 - 1]);
        }
        var telling = new int[bereik];
        foreach (var v in werk) telling[v - min]++;
        int p10 = max, p50 = max, p90 = max;
        var cumulatief = 0;
        var gevonden = 0;
        for (var i = 0; i < telling.Length && gevonden < 3; i++)
        {
            if (telling[i] == 0) continue;
            cumulatief += telling[i];
            var waarde = min + i;
            if (gevonden == 0 && cumulatief >= r10) { p10 = waarde; gevonden = 1; }
            if (gevonden == 1 && cumulatief >= r50) { p50 = waarde; gevonden = 2; }
            if (gevonden == 2 && cumulatief >= r90) { p90 = waarde; gevonden = 3; }
        }
        return new GeheelPercentielen(p10, p50, p90);
    }
}
