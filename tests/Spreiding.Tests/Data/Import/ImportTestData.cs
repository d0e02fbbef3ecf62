using System.Globalization;
using System.Text;
using Spreiding.Core.Indeling;
using Spreiding.Data.Referentie;

namespace Spreiding.Tests.Data.Import;

/// <summary>Shared helpers: the bundled 2023 division, fixture paths, and files written to a temp folder.</summary>
internal static class ImportTestData
{
    public static readonly DateOnly Peildatum = new(2023, 1, 1);

    private static readonly Lazy<GemeentelijkeIndeling> LazyIndeling = new(IndelingLoader.Bundled);

    public static GemeentelijkeIndeling Indeling => LazyIndeling.Value;

    public static IReadOnlyList<Gemeente> Gemeenten => Indeling.OpDatum(Peildatum);

    public static Gemeente Gemeente(string code) => Gemeenten.Single(g => g.Code == GemeenteCode.Parse(code));

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);

    /// <summary>Writes <paramref name="content"/> to a new temp folder as <paramref name="fileName"/> (UTF-8, optionally with BOM).</summary>
    public static string WriteTemp(string fileName, string content, bool bom = false)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spreiding-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        return path;
    }

    /// <summary>A deterministic made-up number of inhabitants for a municipality: 1000 + its code number.</summary>
    public static int Inwoners(Gemeente g) => 1000 + g.Code.Number;

    /// <summary>
    /// The lines of a plain population file for all 342 municipalities (header first), values from
    /// <see cref="Inwoners"/>; <paramref name="code"/> formats the code column.
    /// </summary>
    public static List<string> PlainPopulationLines(string delimiter = ";", Func<Gemeente, string>? code = null)
    {
        code ??= g => g.Code.ToString();
        var lines = new List<string> { "gemeentecode" + delimiter + "inwoners" };
        lines.AddRange(Gemeenten.Select(g => code(g) + delimiter + Inwoners(g).ToString(CultureInfo.InvariantCulture)));
        return lines;
    }

    public static string Join(IEnumerable<string> lines, string newline = "\n") => string.Join(newline, lines) + newline;

    /// <summary>
    /// A file laid out like a CBS StatLine CSV download of 03759ned: semicolons, every field quoted and padded,
    /// dimension columns first, the region as CBS name; rows for Nederland, a landsdeel, a province and a COROP
    /// area come first.
    /// </summary>
    public static List<string> StatLinePopulationLines(string periode = "2023", Func<Gemeente, string>? regio = null)
    {
        regio ??= g => g.CbsRegionaam;
        static string Q(string s) => "\"" + s + "\"";
        string Row(string r, string v) => string.Join(";", Q("Totaal mannen en vrouwen"), Q("Totaal"), Q("Totaal burgerlijke staat"),
            Q(periode), Q(r), Q(v.PadLeft(9)), Q("       ."));
        var lines = new List<string>
        {
            string.Join(";", Q("Geslacht"), Q("Leeftijd"), Q("Burgerlijke staat"), Q("Perioden"), Q("Regio's"),
                Q("Bevolking op 1 januari (aantal)"), Q("Gemiddelde bevolking (aantal)")),
            Row("Nederland", "17811291"),
            Row("Noord-Nederland (LD)", "1767437"),
            Row("Groningen (PV)", "590170"),
            Row("Oost-Groningen (CR)", "111000"),
        };
        lines.AddRange(Gemeenten.Select(g => Row(regio(g), Inwoners(g).ToString(CultureInfo.InvariantCulture))));
        return lines;
    }

    /// <summary>A file laid out like a CSV export of the OData TypedDataSet of 70072ned (padded RegioS codes, 2023JJ00).</summary>
    public static List<string> ODataPopulationLines()
    {
        var lines = new List<string> { "ID,RegioS,Perioden,TotaleBevolking_1,Bevolkingsdichtheid_57" };
        var id = 0;
        lines.Add($"{id++},\"NL01      \",2023JJ00,17811291,528");
        lines.Add($"{id++},\"LD01      \",2023JJ00,1767437,209");
        lines.Add($"{id++},\"PV27      \",2023JJ00,2952622,1105");
        foreach (var g in Gemeenten)
            lines.Add($"{id++},\"{g.Code,-10}\",2023JJ00,{Inwoners(g).ToString(CultureInfo.InvariantCulture)},500");
        return lines;
    }
}
