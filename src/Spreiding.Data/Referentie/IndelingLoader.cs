using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Referentie;

/// <summary>
/// Reads the versioned municipal division (<c>data/referentie/gemeentelijke_indeling.csv</c>,
/// <c>provincies.csv</c>): one row per municipality version with geldig_vanaf / geldig_tot, so that
/// later divisions and mergers are added as rows, not as code.
/// </summary>
public static class IndelingLoader
{
    public static GemeentelijkeIndeling Bundled() =>
        Read(EmbeddedFiles.ReadText("data/gemeentelijke_indeling.csv"), EmbeddedFiles.ReadText("data/provincies.csv"));

    public static GemeentelijkeIndeling Read(string gemeentenCsv, string provinciesCsv)
    {
        var provincies = ReadRows(provinciesCsv, r => new Provincie(ProvincieCode.Parse(r["provinciecode"]), r["provincienaam"]));
        var gemeenten = ReadRows(gemeentenCsv, r => new Gemeente(
            GemeenteCode.Parse(r["gemeentecode"]),
            r["gemeentenaam"],
            r["cbs_regionaam"],
            ProvincieCode.Parse(r["provinciecode"]),
            DateOnly.ParseExact(r["geldig_vanaf"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(r["geldig_tot"]) ? null : DateOnly.ParseExact(r["geldig_tot"], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return new GemeentelijkeIndeling(gemeenten, provincies);
    }

    private static List<T> ReadRows<T>(string csv, Func<Dictionary<string, string>, T> map)
    {
        using var reader = new StringReader(csv);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        parser.Read();
        parser.ReadHeader();
        var header = parser.HeaderRecord!;
        var rows = new List<T>();
        while (parser.Read())
            rows.Add(map(header.ToDictionary(h => h, h => parser.GetField(h) ?? "")));
        return rows;
    }
}
