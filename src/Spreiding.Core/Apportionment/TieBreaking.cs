using System.Text;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// Decides ties at the margin: refuse with a Dutch explanation, or draw a reproducible lot. The lot
/// orders the tied names by a keyed hash of (seed, name), so it depends on the names only, never on
/// input order, process, platform or runtime version.
/// </summary>
internal static class TieBreaking
{
    /// <summary>
    /// Returns the indices (into <paramref name="names"/>, the claimants' names) of the
    /// <paramref name="contested"/> winners among <paramref name="tied"/>, or throws
    /// <see cref="TieException"/> when the rule is Refuse.
    /// </summary>
    public static int[] Decide(
        string[] names, IReadOnlyList<int> tied, int contested,
        ApportionmentMethod method, TieRule rule, List<LotDrawing> lots)
    {
        var tiedNames = tied.Select(i => names[i]).Order(StringComparer.Ordinal).ToArray();
        switch (rule)
        {
            case TieRule.Lot lot:
                var ranked = tied
                    .Select(i => (Index: i, Key: LotKey(lot.Seed, names[i])))
                    .OrderBy(t => t.Key)
                    .ThenBy(t => names[t.Index], StringComparer.Ordinal)
                    .Take(contested)
                    .Select(t => t.Index)
                    .ToArray();
                var winners = ranked.Select(i => names[i]).Order(StringComparer.Ordinal).ToArray();
                lots.Add(new LotDrawing(lot.Seed, tiedNames, contested, winners));
                return ranked;
            case TieRule.Refuse:
                throw new TieException(tiedNames, contested, RefusalMessage(tiedNames, contested, method));
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown tie rule.");
        }
    }

    private static string RefusalMessage(IReadOnlyList<string> tied, int contested, ApportionmentMethod method)
    {
        var units = contested == 1 ? "er is 1 plaats" : $"er zijn {contested} plaatsen";
        return $"Gelijke stand bij de verdeling volgens {method.Description()}: {DutchList(tied)} " +
               $"hebben precies dezelfde aanspraak, maar {units} te vergeven voor deze {tied.Count} gegadigden. " +
               "Geef een lotingszaad op (bijvoorbeeld --loting 2024) om de gelijke stand door loting te beslissen.";
    }

    internal static string DutchList(IReadOnlyList<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToArray();
        return quoted.Length <= 1
            ? string.Concat(quoted)
            : string.Join(", ", quoted[..^1]) + " en " + quoted[^1];
    }

    /// <summary>FNV-1a 64 over the UTF-8 name, keyed with the seed through SplitMix64 finalisers.</summary>
    internal static ulong LotKey(ulong seed, string name)
    {
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash ^= b;
            hash *= prime;
        }
        return SplitMix64(SplitMix64(seed) ^ hash);
    }

    internal static ulong SplitMix64(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
