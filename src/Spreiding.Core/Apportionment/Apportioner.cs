using System.Runtime.CompilerServices;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// Apportions an integer total over weighted claimants, exactly (integer and <see cref="Fraction"/>
/// arithmetic only). Results depend on names and weights, never on input order: ties at the margin
/// are refused or decided by a seeded lot, see <see cref="TieRule"/>.
/// </summary>
public static class Apportioner
{
    /// <summary>
    /// Apportions <see cref="ApportionmentRequest.Total"/> over the claimants with the requested method.
    /// Pure and deterministic: the same names, weights, bounds, method and tie rule always give the same
    /// result, whatever the order of the claimants.
    /// </summary>
    /// <exception cref="InvalidInputException">Invalid or infeasible request (Dutch message).</exception>
    /// <exception cref="TieException">A tie at the margin while <see cref="TieRule.Refuse"/> is asked.</exception>
    public static ApportionmentResult Apportion(ApportionmentRequest request) =>
        Run(PreparedRequest.Create(request), request.Method, request.Ties);

    /// <summary>
    /// Apportions the request's total and then each of <paramref name="furtherTotals"/> over the same
    /// claimants (the raming shares the national total and the amv places with one key), checking and
    /// scaling the weights once. Each result equals <see cref="Apportion"/> with that total.
    /// </summary>
    public static IReadOnlyList<ApportionmentResult> Apportion(ApportionmentRequest request, IReadOnlyList<int> furtherTotals) =>
        Apportion(PreparedRequest.Create(request), request.Method, request.Ties, furtherTotals);

    /// <summary>
    /// <see cref="Apportion(ApportionmentRequest, IReadOnlyList{int})"/> for claimants already checked and
    /// scaled (see <see cref="PreparedRequest.FromScaled"/>).
    /// </summary>
    internal static ApportionmentResult[] Apportion(
        PreparedRequest p, ApportionmentMethod method, TieRule ties, IReadOnlyList<int> furtherTotals)
    {
        var results = new ApportionmentResult[furtherTotals.Count + 1];
        results[0] = Run(p, method, ties);
        for (var i = 0; i < furtherTotals.Count; i++)
            results[i + 1] = Run(p.WithTotal(furtherTotals[i], method), method, ties);
        return results;
    }

    private static ApportionmentResult Run(PreparedRequest p, ApportionmentMethod method, TieRule ties)
    {
        var outcome = method switch
        {
            ApportionmentMethod.Published => Published(p),
            ApportionmentMethod.LargestRemainder => LargestRemainder.Run(p, ties),
            ApportionmentMethod.SainteLague => DivisorMethod.Run<SainteLagueRule>(p, method, ties),
            ApportionmentMethod.DHondt => DivisorMethod.Run<DHondtRule>(p, method, ties),
            ApportionmentMethod.HuntingtonHill => DivisorMethod.Run<HuntingtonHillRule>(p, method, ties),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown apportionment method."),
        };

        var allotments = Allotments(p, outcome, out var assigned);
        if (assigned > int.MaxValue)
            throw new InvalidInputException(
                $"Samen krijgen de deelnemers {assigned} plaatsen, meer dan er in een verdeling passen; verlaag de minima.");
        return new ApportionmentResult(
            method, p.Total, allotments, (int)assigned, outcome.Divisor, outcome.Lots.ToArray());
    }

    // A small method of its own, so that its loop keeps its values in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Allotment[] Allotments(PreparedRequest p, Outcome outcome, out long assigned)
    {
        var (names, decimalWeights, weights, seatsOf, bounded) = (p.Names, p.DecimalWeights, p.Weights, outcome.Seats, outcome.Bounded);
        var allotments = new Allotment[names.Length];
        var total = (ulong)p.Total;
        var sum = (Int128)p.WeightSum;
        long given = 0;
        for (var i = 0; i < allotments.Length; i++)
        {
            var quota = sum == Int128.Zero
                ? Fraction.FromInteger(0)
                : Fraction.OverPositive((Int128)ExactMath.Product(total, weights[i]), sum);
            var seats = seatsOf[i];
            given += seats;
            allotments[i] = new Allotment(names[i], decimalWeights[i], quota, (int)seats, bounded[i]);
        }
        assigned = given;
        return allotments;
    }

    /// <summary>Each quota rounded half up on its own, then clamped; the parts need not add up.</summary>
    private static Outcome Published(PreparedRequest p)
    {
        var outcome = new Outcome(p.Count);
        // round(total w / sum), half up, is floor((2 total w + sum) / (2 sum)).
        var twiceTotal = 2 * (ulong)p.Total;
        var sum = p.WeightSum;
        var divisor = sum == UInt128.Zero ? default : new FixedDivisor(2 * sum);
        // Every numerator below 2^64 (the common case): 64-bit arithmetic throughout.
        var narrow = divisor.Is64 && ExactMath.Product(twiceTotal, p.MaxWeight) + sum <= ulong.MaxValue;
        var (weights, minimums, maximums, seats, bounded) = (p.Weights, p.Minimums, p.Maximums, outcome.Seats, outcome.Bounded);
        for (var i = 0; i < seats.Length; i++)
        {
            var rounded = sum == UInt128.Zero ? 0L
                : narrow ? (long)divisor.Divide(twiceTotal * (ulong)weights[i] + (ulong)sum)
                : (long)divisor.Divide(ExactMath.Product(twiceTotal, weights[i]) + sum);
            var clamped = Math.Clamp(rounded, minimums[i], maximums[i]);
            seats[i] = clamped;
            bounded[i] = clamped != rounded;
        }
        return outcome;
    }
}

/// <summary>What a method computed, indexed like the request.</summary>
internal sealed class Outcome(int count)
{
    public long[] Seats { get; } = new long[count];
    public bool[] Bounded { get; } = new bool[count];
    public Fraction? Divisor { get; set; }
    public List<LotDrawing> Lots { get; } = [];
}
