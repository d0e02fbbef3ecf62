using System.Globalization;

namespace Spreiding.Core.Apportionment;

/// <summary>
/// A validated request with the decimal weights turned into integers by one common power of ten, so
/// that every later step is exact integer arithmetic.
/// </summary>
internal sealed class PreparedRequest
{
    /// <summary>Sum of scaled weights must stay below 2^90: then Total x weight, weight x (2n+1) and
    /// bound x weight products all fit comfortably in 128 bits.</summary>
    internal static readonly UInt128 WeightLimit = UInt128.One << 90;

    /// <summary>Marks an absent maximum.</summary>
    internal const long NoMaximum = long.MaxValue;

    /// <summary>The claimants in request order (the caller's array when it is one, else a copy).</summary>
    public required Claimant[] Claimants { get; init; }
    /// <summary>Weights times 10^<see cref="Scale"/>, exact.</summary>
    public required UInt128[] Weights { get; init; }
    public required int Scale { get; init; }
    public required UInt128 WeightSum { get; init; }
    public required UInt128 MaxWeight { get; init; }
    public required long[] Minimums { get; init; }
    /// <summary><see cref="NoMaximum"/> where no maximum was given.</summary>
    public required long[] Maximums { get; init; }
    /// <summary>True when some claimant with positive weight has a minimum or maximum.</summary>
    public required bool AnyBoundOnPositiveWeight { get; init; }
    public required int Total { get; init; }
    public int Count => Claimants.Length;
    public string Name(int i) => Claimants[i].Name;

    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[29];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    public static PreparedRequest Create(ApportionmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Claimants);
        ArgumentNullException.ThrowIfNull(request.Ties);
        if (!Enum.IsDefined(request.Method)) throw new ArgumentOutOfRangeException(nameof(request), request.Method, "Unknown apportionment method.");
        if (request.Total < 0)
            throw new InvalidInputException(
                $"Het te verdelen totaal is negatief ({request.Total}); geef een totaal van 0 of meer op.");

        var claimants = request.Claimants as Claimant[] ?? [.. request.Claimants];
        var n = claimants.Length;
        var weights = new UInt128[n];
        var minimums = new long[n];
        var maximums = new long[n];
        var scales = n <= 1024 ? stackalloc byte[n] : new byte[n];
        var seen = new HashSet<string>(n, StringComparer.Ordinal);
        var maxScale = 0;
        var anyBound = false;
        Span<int> bits = stackalloc int[4];

        for (var i = 0; i < n; i++)
        {
            var c = claimants[i];
            if (string.IsNullOrWhiteSpace(c.Name))
                throw new InvalidInputException(
                    $"Deelnemer nummer {i + 1} in de verdeling heeft geen naam; elke deelnemer moet een unieke naam hebben.");
            if (!seen.Add(c.Name))
                throw new InvalidInputException(
                    $"De naam '{c.Name}' komt meer dan eens voor in de verdeling; elke deelnemer moet een unieke naam hebben.");

            decimal.GetBits(c.Weight, bits);
            var mantissa = ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (bits[3] < 0 && mantissa != UInt128.Zero)
                throw new InvalidInputException(
                    $"Het gewicht van '{c.Name}' is negatief ({Format(c.Weight)}); gewichten moeten 0 of groter zijn.");
            var scale = (bits[3] >> 16) & 0xFF;
            // Trailing zeros (1.50m) must not force a finer common scale than needed.
            while (scale > 0 && mantissa != UInt128.Zero && mantissa % 10 == UInt128.Zero)
            {
                mantissa /= 10;
                scale--;
            }
            if (mantissa == UInt128.Zero) scale = 0;
            weights[i] = mantissa;
            scales[i] = (byte)scale;
            if (scale > maxScale) maxScale = scale;

            if (c.Minimum is { } min)
            {
                if (min < 0)
                    throw new InvalidInputException(
                        $"Het minimum van '{c.Name}' is negatief ({min}); een minimum moet 0 of groter zijn.");
                anyBound |= mantissa != UInt128.Zero;
            }
            if (c.Maximum is { } max)
            {
                if (max < 0)
                    throw new InvalidInputException(
                        $"Het maximum van '{c.Name}' is negatief ({max}); een maximum moet 0 of groter zijn.");
                if (c.Minimum is { } lo && lo > max)
                    throw new InvalidInputException(
                        $"Voor '{c.Name}' is het minimum ({lo}) groter dan het maximum ({max}).");
                anyBound |= mantissa != UInt128.Zero;
            }
            minimums[i] = c.Minimum ?? 0;
            maximums[i] = c.Maximum ?? NoMaximum;
        }

        var sum = UInt128.Zero;
        var maxWeight = UInt128.Zero;
        try
        {
            for (var i = 0; i < n; i++)
            {
                if (scales[i] != maxScale) weights[i] = checked(weights[i] * PowersOfTen[maxScale - scales[i]]);
                sum = checked(sum + weights[i]);
                if (weights[i] > maxWeight) maxWeight = weights[i];
            }
        }
        catch (OverflowException)
        {
            sum = UInt128.MaxValue;
        }
        if (sum >= WeightLimit)
            throw new InvalidInputException(
                "De gewichten zijn te groot of te nauwkeurig om exact te verdelen: omgerekend naar gehele getallen " +
                $"(alle gewichten maal 10^{maxScale.ToString(CultureInfo.InvariantCulture)}) wordt hun som groter dan 2^90 (ongeveer 1,2 x 10^27). " +
                "Gebruik minder decimalen of een grotere eenheid (bijvoorbeeld duizenden in plaats van losse eenheden).");

        if (sum == UInt128.Zero && request.Total > 0)
            throw new InvalidInputException(
                n == 0
                    ? $"Er zijn geen deelnemers om {request.Total} plaatsen over te verdelen."
                    : $"Alle gewichten zijn 0, dus er is geen verhouding om {request.Total} plaatsen naar te verdelen.");

        var prepared = new PreparedRequest
        {
            Claimants = claimants,
            Weights = weights,
            Scale = maxScale,
            WeightSum = sum,
            MaxWeight = maxWeight,
            Minimums = minimums,
            Maximums = maximums,
            AnyBoundOnPositiveWeight = anyBound,
            Total = request.Total,
        };
        if (request.Method != ApportionmentMethod.Published) prepared.CheckFeasible();
        return prepared;
    }

    /// <summary>The same checked and scaled claimants with another total (validated like <see cref="Create"/>).</summary>
    public PreparedRequest WithTotal(int total, ApportionmentMethod method)
    {
        if (total < 0)
            throw new InvalidInputException($"Het te verdelen totaal is negatief ({total}); geef een totaal van 0 of meer op.");
        if (WeightSum == UInt128.Zero && total > 0)
            throw new InvalidInputException($"Alle gewichten zijn 0, dus er is geen verhouding om {total} plaatsen naar te verdelen.");
        var copy = new PreparedRequest
        {
            Claimants = Claimants,
            Weights = Weights,
            Scale = Scale,
            WeightSum = WeightSum,
            MaxWeight = MaxWeight,
            Minimums = Minimums,
            Maximums = Maximums,
            AnyBoundOnPositiveWeight = AnyBoundOnPositiveWeight,
            Total = total,
        };
        if (method != ApportionmentMethod.Published) copy.CheckFeasible();
        return copy;
    }

    /// <summary>Methods that must hit the total need room for it between the minimums and maximums.</summary>
    private void CheckFeasible()
    {
        long minimumSum = 0;
        long capacity = 0;
        var unlimited = false;
        var zeroWeightCapped = false;
        for (var i = 0; i < Count; i++)
        {
            minimumSum += Minimums[i];
            if (Weights[i] == UInt128.Zero)
            {
                // Nothing proportional to hand out to a zero weight: it can get its minimum only.
                capacity += Minimums[i];
                if (Maximums[i] != Minimums[i]) zeroWeightCapped = true;
            }
            else if (Maximums[i] == NoMaximum) unlimited = true;
            else capacity += Maximums[i];
        }
        if (minimumSum > Total)
            throw new InvalidInputException(
                $"De minima tellen samen op tot {minimumSum}, meer dan het te verdelen totaal van {Total}; " +
                "verlaag de minima of verhoog het totaal.");
        if (!unlimited && capacity < Total)
            throw new InvalidInputException(
                $"De maxima tellen samen op tot {capacity}, minder dan het te verdelen totaal van {Total}" +
                (zeroWeightCapped ? " (een deelnemer met gewicht 0 krijgt hooguit zijn minimum)" : "") +
                "; verhoog de maxima of verlaag het totaal.");
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
