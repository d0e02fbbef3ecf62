using System.Globalization;
using System.Text.RegularExpressions;

namespace Spreiding.Data.Import;

/// <summary>
/// How CBS names its columns. Checked against real downloads (see the tests' fixtures README):
/// <list type="bullet">
/// <item>StatLine CSV downloads (opendata.cbs.nl, "CSV" and "CSV met statistische symbolen"): semicolons, every
/// field quoted; dimension columns first (<c>Perioden</c>, <c>Regio's</c>, <c>Wijken en buurten</c>, and for
/// 03759ned also <c>Geslacht</c>, <c>Leeftijd</c>, <c>Burgerlijke staat</c>), then one column per topic,
/// named by its path in the topic tree and its unit: <c>Bevolking op 1 januari (aantal)</c> (03759ned),
/// <c>Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)</c> (70072ned),
/// <c>Regiocode (gemeente, wijk, buurt) (code)</c> and <c>SES-WOA/Totaalscore/Gemiddelde score (Getal)</c>
/// (85163NED, 85900NED, 86092NED). Periods are written <c>2019</c>, provisional ones <c>2022*</c>.</item>
/// <item>OData (TypedDataSet / UntypedDataSet) exports: identifiers as headers, <c>ID</c>, <c>RegioS</c> or
/// <c>WijkenEnBuurten</c> with padded codes (<c>"GM0363    "</c>), <c>Perioden</c> as <c>2023JJ00</c>, topics
/// <c>BevolkingOp1Januari_1</c> (03759ned), <c>TotaleBevolking_1</c> (70072ned), <c>GemiddeldeScore_29</c>
/// (SES-WOA total score in 85163NED, 86092NED).</item>
/// </list>
/// </summary>
internal static partial class CbsKolommen
{
    /// <summary>A column whose values are region codes (possibly names in exports that replaced the codes).</summary>
    public static bool IsRegioCode(string header)
    {
        var h = header.Trim();
        return h.Equals("RegioS", StringComparison.OrdinalIgnoreCase)
            || h.Equals("WijkenEnBuurten", StringComparison.OrdinalIgnoreCase)
            || h.Equals("Codering_3", StringComparison.OrdinalIgnoreCase)
            || h.StartsWith("RegiocodeGemeenteWijkBuurt", StringComparison.OrdinalIgnoreCase)
            || h.StartsWith("Regiocode", StringComparison.OrdinalIgnoreCase)
            || (h.StartsWith("Regio", StringComparison.OrdinalIgnoreCase) && h.EndsWith("(code)", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A StatLine column with region names.</summary>
    public static bool IsRegioNaam(string header)
    {
        var h = header.Trim();
        return h.Equals("Regio's", StringComparison.OrdinalIgnoreCase)
            || h.Equals("Regio\u2019s", StringComparison.OrdinalIgnoreCase)
            || h.Equals("Regio", StringComparison.OrdinalIgnoreCase)
            || h.Equals("Regio's (naam)", StringComparison.OrdinalIgnoreCase)
            || h.Equals("Wijken en buurten", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsPeriode(string header) =>
        header.Trim().Equals("Perioden", StringComparison.OrdinalIgnoreCase)
        || header.Trim().Equals("Periode", StringComparison.OrdinalIgnoreCase);

    /// <summary>An OData identifier (no spaces, no slashes), as opposed to a StatLine title.</summary>
    public static bool IsODataIdentifier(string header) => ODataIdentifier().IsMatch(header.Trim());

    /// <summary>The long layout of the CBS open-data ZIP packages (<c>Observations.csv</c>: one row per value).</summary>
    public static bool IsLangeVorm(IReadOnlyList<string> header) =>
        header.Any(h => h.Trim().Equals("Measure", StringComparison.OrdinalIgnoreCase))
        && header.Any(h => h.Trim().Equals("Value", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The population topic: StatLine <c>Bevolking op 1 januari</c> or <c>Totale bevolking</c> (last segment of the
    /// topic path, with its unit in parentheses), or OData <c>BevolkingOp1Januari_n</c> / <c>TotaleBevolking_n</c>.
    /// <paramref name="eenheid"/> is the unit ("aantal", "x 1 000", ...), null when none is written.
    /// </summary>
    public static bool IsBevolking(string header, out string? eenheid)
    {
        eenheid = null;
        var h = header.Trim();
        if (BevolkingOData().IsMatch(h)) return true;
        var last = h[(h.LastIndexOf('/') + 1)..].Trim();
        var m = BevolkingStatLine().Match(last);
        if (!m.Success) return false;
        if (m.Groups["unit"].Success) eenheid = m.Groups["unit"].Value.Trim();
        return true;
    }

    public static bool IsAantal(string? eenheid) =>
        eenheid is null || eenheid.Equals("aantal", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SES-WOA total score: StatLine <c>SES-WOA/Totaalscore/Gemiddelde score (Getal)</c>, OData <c>GemiddeldeScore_29</c>.</summary>
    public static bool IsSesWoaTotaalscore(string header)
    {
        var h = header.Trim();
        if (h.Equals("GemiddeldeScore_29", StringComparison.OrdinalIgnoreCase)) return true;
        return h.Contains("SES-WOA", StringComparison.OrdinalIgnoreCase)
            && h.Contains("Totaalscore", StringComparison.OrdinalIgnoreCase)
            && h.Contains("Gemiddelde", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"2023JJ00" becomes "2023", a trailing '*' (provisional, '**' further provisional) is stripped.</summary>
    public static (string Periode, bool Voorlopig) NormaliseerPeriode(string cell)
    {
        var p = cell.Trim();
        var voorlopig = false;
        while (p.EndsWith('*'))
        {
            voorlopig = true;
            p = p[..^1].TrimEnd();
        }
        var m = ODataJaar().Match(p);
        if (m.Success) p = m.Groups["jaar"].Value;
        return (p, voorlopig);
    }

    public static int? Jaar(string periode) =>
        periode.Length == 4 && int.TryParse(periode, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>A CBS table identifier in a file name, e.g. "85163NED" in "85163NED_statline_amsterdam_2019.csv".</summary>
    public static string? TabelUitBestandsnaam(string fileName)
    {
        var m = TableId().Match(fileName);
        return m.Success ? m.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ODataIdentifier();

    [GeneratedRegex(@"^(BevolkingOp1Januari|TotaleBevolking)_[0-9]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BevolkingOData();

    [GeneratedRegex(@"^(Bevolking op 1 januari|Totale bevolking)\s*(\((?<unit>[^)]*)\))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BevolkingStatLine();

    [GeneratedRegex(@"^(?<jaar>[0-9]{4})JJ00$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ODataJaar();

    [GeneratedRegex(@"(?<![0-9])[0-9]{5}(NED|ENG)(?![A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TableId();
}
