using Spreiding.Core.Arithmetic;

namespace Spreiding.Core.Apportionment;

/// <summary>The apportionment methods. The CLI names are given in <see cref="ApportionmentMethods"/>.</summary>
public enum ApportionmentMethod
{
    /// <summary>Each claimant's quota rounded on its own, half up; the parts need not sum to the total
    /// (the method of the 2024 capaciteitsraming, whose provinces add up to 96,002).</summary>
    Published,
    /// <summary>Largest remainder: Hamilton / Hare-Niemeyer.</summary>
    LargestRemainder,
    /// <summary>Divisor method with standard rounding: Sainte-Lague / Webster.</summary>
    SainteLague,
    /// <summary>Divisor method rounding down: D'Hondt / Jefferson.</summary>
    DHondt,
    /// <summary>Divisor method rounding at the geometric mean: Huntington-Hill.</summary>
    HuntingtonHill,
}

/// <summary>One party to an apportionment: a municipality, a province, anything with a weight.</summary>
/// <param name="Name">Unique within a request; ties are decided on names, never on input order.</param>
/// <param name="Weight">Non-negative, exact decimal.</param>
/// <param name="Minimum">Optional lower bound on the seats/places given.</param>
/// <param name="Maximum">Optional upper bound on the seats/places given.</param>
public readonly record struct Claimant(string Name, decimal Weight, int? Minimum = null, int? Maximum = null);

/// <summary>How a tie at the margin is decided. Never by input or storage order.</summary>
public abstract record TieRule
{
    private TieRule() { }

    /// <summary>Refuse: throw <see cref="TieException"/> naming the tied claimants.</summary>
    public sealed record Refuse : TieRule;

    /// <summary>Decide by a seeded, reproducible lot; the drawing is recorded in the result.</summary>
    public sealed record Lot(ulong Seed) : TieRule;
}

public sealed record ApportionmentRequest(
    IReadOnlyList<Claimant> Claimants,
    int Total,
    ApportionmentMethod Method,
    TieRule Ties);

/// <summary>What one claimant got, with the exact quota it was measured against.</summary>
/// <param name="Quota">Total x weight / sum of weights, exact.</param>
/// <param name="Bounded">True when the minimum or maximum decided this claimant's number.</param>
public readonly record struct Allotment(string Name, decimal Weight, Fraction Quota, int Seats, bool Bounded);

/// <summary>A tie decided by lot: who was tied, how many of them got the contested unit, who won.</summary>
public sealed record LotDrawing(ulong Seed, IReadOnlyList<string> Tied, int Contested, IReadOnlyList<string> Winners);

/// <summary>The outcome, allotments in the order of the request.</summary>
/// <param name="Assigned">Sum of all seats given; equals Total for every method but Published.</param>
/// <param name="Divisor">For divisor methods: a divisor that produces this result, exact.</param>
public sealed record ApportionmentResult(
    ApportionmentMethod Method,
    int Total,
    IReadOnlyList<Allotment> Allotments,
    int Assigned,
    Fraction? Divisor,
    IReadOnlyList<LotDrawing> Lots)
{
    /// <summary>Assigned minus Total: 0 except for the Published method.</summary>
    public int Difference => Assigned - Total;
}

/// <summary>Claimants are tied at the margin and the request says to refuse ties.</summary>
public sealed class TieException(IReadOnlyList<string> tied, int contested, string message) : InvalidInputException(message)
{
    public IReadOnlyList<string> Tied { get; } = tied;
    public int Contested { get; } = contested;
}

public static class ApportionmentMethods
{
    /// <summary>The Dutch CLI and rules-file names of the methods.</summary>
    public static readonly IReadOnlyDictionary<string, ApportionmentMethod> ByName =
        new Dictionary<string, ApportionmentMethod>(StringComparer.OrdinalIgnoreCase)
        {
            ["gepubliceerd"] = ApportionmentMethod.Published,
            ["grootste-overschot"] = ApportionmentMethod.LargestRemainder,
            ["sainte-lague"] = ApportionmentMethod.SainteLague,
            ["dhondt"] = ApportionmentMethod.DHondt,
            ["huntington-hill"] = ApportionmentMethod.HuntingtonHill,
        };

    private static readonly ApportionmentMethod[] Defined = Enum.GetValues<ApportionmentMethod>();

    /// <summary><see cref="Enum.IsDefined{TEnum}(TEnum)"/> without its reflection.</summary>
    internal static bool IsDefined(ApportionmentMethod method) => Array.IndexOf(Defined, method) >= 0;

    public static string Name(this ApportionmentMethod method) =>
        ByName.First(kv => kv.Value == method).Key;

    public static ApportionmentMethod Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var m)
            ? m
            : throw new InvalidInputException(
                $"Onbekende verdeelmethode '{name}'. Kies uit: {string.Join(", ", ByName.Keys)}.");

    /// <summary>A Dutch description for explanations and table titles.</summary>
    public static string Description(this ApportionmentMethod method) => method switch
    {
        ApportionmentMethod.Published => "elke gemeente afzonderlijk afgerond (half naar boven), zoals gepubliceerd",
        ApportionmentMethod.LargestRemainder => "grootste overschotten (Hamilton / Hare-Niemeyer)",
        ApportionmentMethod.SainteLague => "Sainte-Laguë / Webster (delersmethode, standaardafronding)",
        ApportionmentMethod.DHondt => "D'Hondt / Jefferson (delersmethode, afronding naar beneden)",
        ApportionmentMethod.HuntingtonHill => "Huntington-Hill (delersmethode, meetkundig gemiddelde)",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
