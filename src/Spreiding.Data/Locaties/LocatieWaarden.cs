using System.Globalization;
using System.Text.RegularExpressions;
using Spreiding.Core.Locaties;

namespace Spreiding.Data.Locaties;

/// <summary>How the text of a cell is read as a date, yes/no, kind or phase (and how such values are written).</summary>
public static partial class LocatieWaarden
{
    /// <summary>
    /// <c>JJJJ-MM-DD</c> or Dutch <c>DD-MM-JJJJ</c> (day and month may have one digit, as Dutch Excel writes
    /// <c>1-3-2024</c>); a real calendar date. Other notations (slashes, two-digit years) are refused.
    /// </summary>
    public static bool TryParseDatum(string tekst, out DateOnly datum)
    {
        datum = default;
        var s = tekst.Trim();
        int jaar, maand, dag;
        if (Iso().Match(s) is { Success: true } iso)
        {
            jaar = Getal(iso.Groups["j"]);
            maand = Getal(iso.Groups["m"]);
            dag = Getal(iso.Groups["d"]);
        }
        else if (Nederlands().Match(s) is { Success: true } nl)
        {
            jaar = Getal(nl.Groups["j"]);
            maand = Getal(nl.Groups["m"]);
            dag = Getal(nl.Groups["d"]);
        }
        else return false;
        if (jaar < 1 || maand is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(jaar, maand)) return false;
        datum = new DateOnly(jaar, maand, dag);
        return true;
    }

    /// <summary><c>ja/nee</c>, <c>true/false</c>, <c>1/0</c>, and <c>waar/onwaar</c> as Dutch Excel writes a logical cell to CSV (any case).</summary>
    public static bool TryParseJaNee(string tekst, out bool waarde)
    {
        switch (tekst.Trim().ToLowerInvariant())
        {
            case "ja" or "true" or "1" or "waar":
                waarde = true;
                return true;
            case "nee" or "false" or "0" or "onwaar":
                waarde = false;
                return true;
            default:
                waarde = false;
                return false;
        }
    }

    /// <summary>A name from <see cref="LocatieNamen.Soorten"/>; case-insensitive, spaces or underscores for hyphens (<c>Bijzondere aard</c>).</summary>
    public static bool TryParseSoort(string tekst, out LocatieSoort soort) => LocatieNamen.Soorten.TryGetValue(Normaliseer(tekst), out soort);

    /// <summary>A name from <see cref="LocatieNamen.Fasen"/>; case-insensitive, spaces or underscores for hyphens (<c>In gebruik</c>).</summary>
    public static bool TryParseFase(string tekst, out LocatieFase fase) => LocatieNamen.Fasen.TryGetValue(Normaliseer(tekst), out fase);

    public static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Datum(DateOnly? datum) => datum is { } d ? Datum(d) : "";

    public static string JaNee(bool waarde) => waarde ? "ja" : "nee";

    private static string Normaliseer(string tekst) => Scheiding().Replace(tekst.Trim().ToLowerInvariant(), "-");

    private static int Getal(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<j>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<j>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Nederlands();

    [GeneratedRegex(@"[\s_\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Scheiding();
}
