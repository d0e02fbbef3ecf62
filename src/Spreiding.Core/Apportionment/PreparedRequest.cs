using System.Globalization;
using Spreiding.Core.Arithmetic;

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

    /// <summary>The claimants' names in request order.</summary>
    public string[] Names { get; }
    /// <summary>The claimants' weights as given, in request order.</summary>
    public decimal[] DecimalWeights { get; }
    /// <summary>Weights times 10^<see cref="Scale"/>, exact.</summary>
    public UInt128[] Weights { get; }
    public int Scale { get; }
    public UInt128 WeightSum { get; }
    public UInt128 MaxWeight { get; }
    public long[] Minimums { get; }
    /// <summary><see cref="NoMaximum"/> where no maximum was given.</summary>
    public long[] Maximums { get; }
    /// <summary>True when some claimant with positive weight has a minimum or maximum.</summary>
    public bool AnyBoundOnPositiveWeight { get; }
    /// <summary>True when some weight is 0.</summary>
    public bool AnyZeroWeight { get; }
    /// <summary>True when no claimant has a minimum or maximum.</summary>
    public bool NoBounds { get; }
    public int Total { get; }
    public int Count => Names.Length;

    /// <summary>Checks that a method which must hit the total has room for it between the bounds.</summary>
    private PreparedRequest(
        string[] names, decimal[] decimalWeights, UInt128[] weights, int scale, UInt128 weightSum, UInt128 maxWeight,
        long[] minimums, long[] maximums, bool noBounds, bool anyBoundOnPositiveWeight, int total, ApportionmentMethod method)
    {
        Names = names;
        DecimalWeights = decimalWeights;
        Weights = weights;
        Scale = scale;
        WeightSum = weightSum;
        MaxWeight = maxWeight;
        Minimums = minimums;
        Maximums = maximums;
        NoBounds = noBounds;
        AnyBoundOnPositiveWeight = anyBoundOnPositiveWeight;
        AnyZeroWeight = Array.IndexOf(weights, UInt128.Zero) >= 0;
        Total = total;
        // Without bounds there is always room: a positive weight can take any number (all weights 0 with a
        // positive total is refused before).
        if (method != ApportionmentMethod.Published && !noBounds) CheckFeasible();
    }

    public static PreparedRequest Create(ApportionmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Claimants);
        ArgumentNullException.ThrowIfNull(request.Ties);
        if (!ApportionmentMethods.IsDefined(request.Method)) throw new ArgumentOutOfRangeException(nameof(request), request.Method, "Unknown apportionment method.");
        if (request.Total < 0)
            throw new InvalidInputException(
                $"Het te verdelen totaal is negatief ({request.Total}); geef een totaal van 0 of meer op.");

        var claimants = request.Claimants;
        var n = claimants.Count;
        var names = new string[n];
        var decimalWeights = new decimal[n];
        var weights = new UInt128[n];
        var minimums = new long[n];
        var maximums = new long[n];
        var scales = n <= 1024 ? stackalloc byte[n] : new byte[n];
        var seen = new HashSet<string>(n, StringComparer.Ordinal);
        var maxScale = 0;
        var anyBound = false;
        var noBounds = true;
        Span<int> bits = stackalloc int[4];

        for (var i = 0; i < n; i++)
        {
            var c = claimants[i];
            names[i] = c.Name;
            decimalWeights[i] = c.Weight;
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
            noBounds &= c.Minimum is null && c.Maximum is null;
            minimums[i] = c.Minimum ?? 0;
            maximums[i] = c.Maximum ?? NoMaximum;
        }

        var sum = UInt128.Zero;
        var maxWeight = UInt128.Zero;
        try
        {
            for (var i = 0; i < n; i++)
            {
                if (scales[i] != maxScale) weights[i] = checked(weights[i] * DecimalParts.Pow10(maxScale - scales[i]));
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

        return new PreparedRequest(
            names, decimalWeights, weights, maxScale, sum, maxWeight, minimums, maximums, noBounds, anyBound, request.Total, request.Method);
    }

    /// <summary>
    /// A request whose weights are already integers: <paramref name="weights"/>[i] is
    /// <paramref name="decimalWeights"/>[i] times 10^<paramref name="scale"/>, at the smallest such common
    /// scale (the one <see cref="Create"/> finds). The caller guarantees what <see cref="Create"/> would check,
    /// so that <see cref="Create"/> would accept the request: names non-empty and unique, no bounds, a
    /// non-negative total and a weight sum below <see cref="WeightLimit"/>. The result is the one
    /// <see cref="Create"/> gives for the same claimants. The arrays are kept, not copied.
    /// </summary>
    public static PreparedRequest FromScaled(
        string[] names, decimal[] decimalWeights, UInt128[] weights, int scale, int total, ApportionmentMethod method)
    {
        var n = names.Length;
        var sum = UInt128.Zero;
        var maxWeight = UInt128.Zero;
        foreach (var w in weights)
        {
            sum += w;
            if (w > maxWeight) maxWeight = w;
        }
        if (total < 0 || sum >= WeightLimit || (sum == UInt128.Zero && total > 0) || weights.Length != n || decimalWeights.Length != n)
            throw new ArgumentException("The scaled request is outside what its caller guarantees.", nameof(weights));

        var unbounded = Unbounded.For(n);
        return new PreparedRequest(
            names, decimalWeights, weights, scale, sum, maxWeight, unbounded.Minimums, unbounded.Maximums, true, false, total, method);
    }

    /// <summary>
    /// Minimums 0 and no maximums for n claimants, shared between requests of the same size: the methods
    /// read <see cref="Minimums"/> and <see cref="Maximums"/> and never write them.
    /// </summary>
    private sealed class Unbounded(long[] minimums, long[] maximums)
    {
        private static Unbounded _last = new([], []);

        public long[] Minimums { get; } = minimums;
        public long[] Maximums { get; } = maximums;

        public static Unbounded For(int n)
        {
            var last = Volatile.Read(ref _last);
            if (last.Minimums.Length == n) return last;
            var maximums = new long[n];
            Array.Fill(maximums, NoMaximum);
            var made = new Unbounded(new long[n], maximums);
            Volatile.Write(ref _last, made);
            return made;
        }
    }

    /// <summary>The same checked and scaled claimants with another total (validated like <see cref="Create"/>).</summary>
    public PreparedRequest WithTotal(int total, ApportionmentMethod method)
    {
        if (total < 0)
            throw new InvalidInputException($"Het te verdelen totaal is negatief ({total}); geef een totaal van 0 of meer op.");
        if (WeightSum == UInt128.Zero && total > 0)
            throw new InvalidInputException($"Alle gewichten zijn 0, dus er is geen verhouding om {total} plaatsen naar te verdelen.");
        return new PreparedRequest(
            Names, DecimalWeights, Weights, Scale, WeightSum, MaxWeight, Minimums, Maximums, NoBounds, AnyBoundOnPositiveWeight, total, method);
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
