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
        _opDatum.GetOrAdd(datum, static (d, alle) => alle.Where(g => g.BestaatOp(d)).ToList().AsReadOnly(), _alle);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, IndexedDivision> _indexed = new();

    /// <summary><see cref="OpDatum"/> with lookups by position, computed once per date (the division is immutable).</summary>
    internal IndexedDivision Indexed(DateOnly datum) =>
        _indexed.GetOrAdd(datum, static (d, self) => new IndexedDivision(self.OpDatum(d), self.Provincies), this);

    public Provincie Provincie(ProvincieCode code) =>
        Provincies.FirstOrDefault(p => p.Code == code) ?? throw new InvalidInputException($"Onbekende provincie {code}.");
}

/// <summary>
/// The municipalities of one date (<see cref="GemeentelijkeIndeling.OpDatum"/>) by position: their code
/// strings and the position of their province in <see cref="GemeentelijkeIndeling.Provincies"/>.
/// Codes are unique, since a municipality has one version on a date.
/// </summary>
internal sealed class IndexedDivision
{
    public IndexedDivision(IReadOnlyList<Gemeente> gemeenten, IReadOnlyList<Provincie> provincies)
    {
        Gemeenten = gemeenten;
        Provincies = provincies;
        ProvinceArray = [.. provincies];
        Items = [.. gemeenten];
        Codes = new string[gemeenten.Count];
        ProvinceIndex = new int[gemeenten.Count];
        ProvinceNames = new string[gemeenten.Count];
        var index = new Dictionary<ProvincieCode, int>(provincies.Count);
        for (var p = 0; p < provincies.Count; p++) index[provincies[p].Code] = p;
        for (var i = 0; i < gemeenten.Count; i++)
        {
            Codes[i] = gemeenten[i].Code.ToString();
            ProvinceIndex[i] = index[gemeenten[i].Provincie];
            ProvinceNames[i] = provincies[ProvinceIndex[i]].Naam;
        }
    }

    /// <summary>The list <see cref="GemeentelijkeIndeling.OpDatum"/> returns for the date.</summary>
    public IReadOnlyList<Gemeente> Gemeenten { get; }

    /// <summary><see cref="Gemeenten"/> as an array.</summary>
    public Gemeente[] Items { get; }

    public IReadOnlyList<Provincie> Provincies { get; }

    /// <summary><see cref="Provincies"/> as an array.</summary>
    public Provincie[] ProvinceArray { get; }

    public int Count => Items.Length;

    /// <summary><see cref="GemeenteCode.ToString"/> of each municipality.</summary>
    public string[] Codes { get; }

    /// <summary>Position of each municipality's province in <see cref="Provincies"/>.</summary>
    public int[] ProvinceIndex { get; }

    /// <summary>The name of each municipality's province.</summary>
    public string[] ProvinceNames { get; }
}
