namespace Spreiding.Core.Indeling;

/// <summary>
/// The municipal division over time: every municipality with its validity, and the provinces.
/// <see cref="OpDatum"/> gives the division in force on a date, ordered by code.
/// </summary>
public sealed class GemeentelijkeIndeling
{
    private readonly IReadOnlyList<Gemeente> _alle;

    public IReadOnlyList<Provincie> Provincies { get; }

    public GemeentelijkeIndeling(IEnumerable<Gemeente> gemeenten, IEnumerable<Provincie> provincies)
    {
        _alle = gemeenten.OrderBy(g => g.Code).ThenBy(g => g.GeldigVanaf).ToList();
        Provincies = provincies.OrderBy(p => p.Code).ToList();
        var bekend = Provincies.Select(p => p.Code).ToHashSet();
        foreach (var g in _alle)
        {
            if (!bekend.Contains(g.Provincie))
                throw new InvalidInputException($"Gemeente {g.Code} {g.Naam} hoort bij onbekende provincie {g.Provincie}.");
            if (g.GeldigTot is { } tot && tot <= g.GeldigVanaf)
                throw new InvalidInputException($"Gemeente {g.Code} {g.Naam}: einddatum {tot:yyyy-MM-dd} ligt niet na begindatum {g.GeldigVanaf:yyyy-MM-dd}.");
        }
        foreach (var groep in _alle.GroupBy(g => g.Code))
        {
            var versies = groep.ToList();
            for (var i = 1; i < versies.Count; i++)
                if (versies[i - 1].GeldigTot is not { } tot || tot > versies[i].GeldigVanaf)
                    throw new InvalidInputException($"Gemeente {groep.Key} heeft overlappende geldigheidsperiodes.");
        }
    }

    public IReadOnlyList<Gemeente> Alle => _alle;

    // The division is immutable, so each date's list is computed once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, IReadOnlyList<Gemeente>> _opDatum = new();

    /// <summary>The municipalities that exist on <paramref name="datum"/>, ordered by code.</summary>
    public IReadOnlyList<Gemeente> OpDatum(DateOnly datum) =>
        _opDatum.GetOrAdd(datum, d => _alle.Where(g => g.BestaatOp(d)).ToList().AsReadOnly());

    public Provincie Provincie(ProvincieCode code) =>
        Provincies.FirstOrDefault(p => p.Code == code) ?? throw new InvalidInputException($"Onbekende provincie {code}.");
}
