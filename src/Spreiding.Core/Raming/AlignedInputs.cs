using System.Runtime.CompilerServices;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;

namespace Spreiding.Core.Raming;

/// <summary>
/// The population and the SES-WOA scores laid out by position in a division of one date, so that a raming
/// reads arrays instead of looking every municipality up. A pure function of the immutable inputs, kept
/// with them (the last division asked for); nothing of a raming's result is kept.
/// </summary>
internal static class AlignedInputs
{
    private sealed record Entry<T>(IndexedDivision Division, T Value);

    private static readonly ConditionalWeakTable<Bevolking, Entry<int[]?>> Populations = new();
    private static readonly ConditionalWeakTable<SesWoa, Entry<AlignedScores>> Scores = new();

    /// <summary>Inhabitants of each municipality of the division, or null when the population lacks one.</summary>
    public static int[]? Inhabitants(Bevolking bevolking, IndexedDivision division)
    {
        if (Populations.TryGetValue(bevolking, out var entry) && ReferenceEquals(entry.Division, division)) return entry.Value;
        var values = new int[division.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!bevolking.Inwoners.TryGetValue(division.Gemeenten[i].Code, out values[i]))
            {
                values = null;
                break;
            }
        }
        Populations.AddOrUpdate(bevolking, new Entry<int[]?>(division, values));
        return values;
    }

    public static AlignedScores ScoresOf(SesWoa sesWoa, IndexedDivision division)
    {
        if (Scores.TryGetValue(sesWoa, out var entry) && ReferenceEquals(entry.Division, division)) return entry.Value;
        var scores = new AlignedScores(sesWoa, division);
        Scores.AddOrUpdate(sesWoa, new Entry<AlignedScores>(division, scores));
        return scores;
    }
}

/// <summary>The SES-WOA score of each municipality of a division, as given and as mantissa and scale.</summary>
internal sealed class AlignedScores
{
    public AlignedScores(SesWoa sesWoa, IndexedDivision division)
    {
        var n = division.Count;
        Values = new decimal?[n];
        Mantissas = new long[n];
        Scales = new byte[n];
        Complete = true;
        Split = true;
        for (var i = 0; i < n; i++)
        {
            if (!sesWoa.Scores.TryGetValue(division.Gemeenten[i].Code, out var score))
            {
                Complete = false;
                continue;
            }
            Values[i] = score;
            if (DecimalParts.TrySplit(score, out Mantissas[i], out var scale)) Scales[i] = (byte)scale;
            else Split = false;
        }
    }

    /// <summary>The score as given, null where the table has none.</summary>
    public decimal?[] Values { get; }

    /// <summary>Score = mantissa x 10^-scale, where <see cref="Split"/>.</summary>
    public long[] Mantissas { get; }

    public byte[] Scales { get; }

    /// <summary>Every municipality has a score.</summary>
    public bool Complete { get; }

    /// <summary>Every score's mantissa fits in 63 bits.</summary>
    public bool Split { get; }
}
