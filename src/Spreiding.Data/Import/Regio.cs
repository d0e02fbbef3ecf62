using System.Text.RegularExpressions;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Import;

internal enum RegioSoort
{
    /// <summary>A municipality of the division on the peildatum.</summary>
    Gemeente,
    /// <summary>Not a municipality and not meant to be: Nederland, landsdeel, provincie, COROP, wijk, buurt, NL01, PV27 ...</summary>
    AndereRegio,
    /// <summary>A municipality code (GM.... or digits) that is not in the division on the peildatum.</summary>
    OnbekendeGemeentecode,
    /// <summary>A name that matches no municipality of the division.</summary>
    OnbekendeNaam,
    /// <summary>A name where only codes are allowed, or a code that is malformed.</summary>
    GeenCode,
    /// <summary>A name that matches more than one municipality.</summary>
    Dubbelzinnig,
    Leeg,
}

internal readonly record struct RegioUitkomst(RegioSoort Soort, Gemeente? Gemeente = null, GemeenteCode? Code = null);

/// <summary>
/// Recognises the region in a cell of a CBS file: a region code (<c>GM0363</c>, padded or not; <c>WK036300</c>,
/// <c>BU03630000</c>, <c>NL01</c>, <c>PV27</c>: only GM codes are municipalities), four digits, or a CBS
/// region name. Names are matched exactly but case-insensitively, first against <see cref="Gemeente.CbsRegionaam"/>
/// ("Groningen (gemeente)", "Hengelo (O.)"), then against <see cref="Gemeente.Naam"/>. A name that matches no
/// municipality is another region when it is "Nederland" or ends in an upper-case region-type suffix such as
/// " (LD)", " (PV)", " (CR)" (also " (GGD)", " (AR)" and the like); otherwise it is an error.
/// </summary>
internal sealed partial class GemeenteZoeker
{
    private readonly Dictionary<GemeenteCode, Gemeente> _opCode;
    private readonly Dictionary<string, Gemeente> _opCbsNaam;
    private readonly Dictionary<string, List<Gemeente>> _opNaam;

    public IReadOnlyList<Gemeente> Gemeenten { get; }
    public DateOnly Peildatum { get; }

    public GemeenteZoeker(GemeentelijkeIndeling indeling, DateOnly peildatum)
    {
        Peildatum = peildatum;
        Gemeenten = indeling.OpDatum(peildatum);
        _opCode = Gemeenten.ToDictionary(g => g.Code);
        _opCbsNaam = new Dictionary<string, Gemeente>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in Gemeenten) _opCbsNaam.TryAdd(g.CbsRegionaam.Trim(), g);
        _opNaam = Gemeenten.GroupBy(g => g.Naam.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(grp => grp.Key, grp => grp.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public Gemeente? OpCode(GemeenteCode code) => _opCode.GetValueOrDefault(code);

    /// <summary>Plain files: the cell must be a municipality code (<c>GM0363</c>, <c>0363</c>, <c>363</c>).</summary>
    public RegioUitkomst ZoekCode(string cell)
    {
        if (cell.Length == 0) return new(RegioSoort.Leeg);
        if (!GemeenteCode.TryParse(cell, out var code)) return new(RegioSoort.GeenCode);
        return OpCode(code) is { } g ? new(RegioSoort.Gemeente, g, code) : new(RegioSoort.OnbekendeGemeentecode, null, code);
    }

    /// <summary>CBS files: codes of any region level, and (if <paramref name="namenToegestaan"/>) CBS region names.</summary>
    public RegioUitkomst ZoekRegio(string cell, bool namenToegestaan)
    {
        if (cell.Length == 0) return new(RegioSoort.Leeg);
        if (RegionCode().IsMatch(cell))
        {
            if (!cell.StartsWith("GM", StringComparison.OrdinalIgnoreCase)) return new(RegioSoort.AndereRegio);
            return ZoekCode(cell);
        }
        if (OnlyDigits().IsMatch(cell)) return ZoekCode(cell);
        if (!namenToegestaan) return new(RegioSoort.GeenCode);
        if (_opCbsNaam.TryGetValue(cell, out var g)) return new(RegioSoort.Gemeente, g, g.Code);
        if (_opNaam.TryGetValue(cell, out var list))
            return list.Count == 1 ? new(RegioSoort.Gemeente, list[0], list[0].Code) : new(RegioSoort.Dubbelzinnig);
        if (string.Equals(cell, "Nederland", StringComparison.OrdinalIgnoreCase) || OtherRegionName().IsMatch(cell))
            return new(RegioSoort.AndereRegio);
        return new(RegioSoort.OnbekendeNaam);
    }

    [GeneratedRegex(@"^[A-Za-z]{2}[0-9][0-9A-Za-z]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionCode();

    [GeneratedRegex(@"^[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyDigits();

    [GeneratedRegex(@"\s\([A-Z]{2,6}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherRegionName();
}
