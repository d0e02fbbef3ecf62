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
    public static IReadOnlyList<ApportionmentResult> Apportion(ApportionmentRequest request, IReadOnlyList<int> furtherTotals)
    {
        var p = PreparedRequest.Create(request);
        var results = new ApportionmentResult[furtherTotals.Count + 1];
        results[0] = Run(p, request.Method, request.Ties);
        for (var i = 0; i < furtherTotals.Count; i++)
            results[i + 1] = Run(p.WithTotal(furtherTotals[i], request.Method), request.Method, request.Ties);
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

        var allotments = new Allotment[p.Count];
        long assigned = 0;
        var total = (Int128)p.Total;
        var sum = (Int128)p.WeightSum;
        for (var i = 0; i < p.Count; i++)
        {
            var quota = sum == Int128.Zero ? Fraction.FromInteger(0) : new Fraction(total * (Int128)p.Weights[i], sum);
            var seats = outcome.Seats[i];
            assigned += seats;
            allotments[i] = new Allotment(p.Claimants[i].Name, p.Claimants[i].Weight, quota, (int)seats, outcome.Bounded[i]);
        }
        if (assigned > int.MaxValue)
            throw new InvalidInputException(
                $"Samen krijgen de deelnemers {assigned} plaatsen, meer dan er in een verdeling passen; verlaag de minima.");
        return new ApportionmentResult(
            method, p.Total, allotments, (int)assigned, outcome.Divisor, outcome.Lots.ToArray());
    }

    /// <summary>Each quota rounded half up on its own, then clamped; the parts need not add up.</summary>
    private static Outcome Published(PreparedRequest p)
    {
        var outcome = new Outcome(p.Count);
        var total = (Int128)p.Total;
        var sum = (Int128)p.WeightSum;
        for (var i = 0; i < p.Count; i++)
        {
            var rounded = sum == Int128.Zero ? 0L : (long)new Fraction(total * (Int128)p.Weights[i], sum).RoundHalfUp();
            var clamped = Math.Clamp(rounded, p.Minimums[i], p.Maximums[i]);
            outcome.Seats[i] = clamped;
            outcome.Bounded[i] = clamped != rounded;
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
