using System.Text;
using ClosedXML.Excel;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Data.Import;
using Spreiding.Data.Locaties;
using Spreiding.Data.Referentie;

namespace Spreiding.Tests.Data.Locaties;

/// <summary>Shared helpers: the bundled division on 2024-01-01, files in a temp folder, made-up locations.</summary>
internal static class LocatieTestData
{
    public static readonly DateOnly Op = new(2024, 1, 1);

    private static readonly Lazy<GemeentelijkeIndeling> LazyIndeling = new(IndelingLoader.Bundled);

    public static GemeentelijkeIndeling Indeling => LazyIndeling.Value;

    public const string Kop = "id,naam,gemeentecode,plaatsen,amv_plaatsen,soort,fase,begindatum,einddatum,bo_getekend,bo_datum,bo_einddatum,bron,opmerkingen";

    public static GemeenteCode Code(string code) => GemeenteCode.Parse(code);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "locaties", name);

    public static string TempPath(string fileName)
    {
        var dir = Path.Combine(Path.GetTempPath(), "spreiding-locaties-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }

    /// <summary>Writes <paramref name="content"/> (UTF-8, optionally with BOM) to a new temp folder.</summary>
    public static string WriteTemp(string fileName, string content, bool bom = false)
    {
        var path = TempPath(fileName);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));
        return path;
    }

    /// <summary>A CSV text from lines, <c>\n</c> after each.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    public static IReadOnlyList<Locatie> Lees(string path) => LocatieBestand.Lees(path, Indeling, Op);

    public static IReadOnlyList<Locatie> LeesCsv(params string[] lines) => Lees(WriteTemp("locaties.csv", Lines(lines)));

    /// <summary>Reading must fail; returns the refusal.</summary>
    public static ImportException Geweigerd(string path)
    {
        IReadOnlyList<Locatie>? gelezen = null;
        var ex = Assert.Throws<ImportException>(() => gelezen = Lees(path));
        Assert.Null(gelezen);
        return ex;
    }

    public static ImportException GeweigerdCsv(params string[] lines) => Geweigerd(WriteTemp("locaties.csv", Lines(lines)));

    /// <summary>The single issue of a refusal.</summary>
    public static ImportIssue Enige(ImportException ex) => Assert.Single(ex.Issues);

    /// <summary>Asserts where an issue is and what value it names.</summary>
    public static void Plek(ImportIssue issue, int regel, int kolom, string kolomnaam, string waarde)
    {
        Assert.Equal(regel, issue.Line);
        Assert.Equal(kolom, issue.Column);
        Assert.Equal(kolomnaam, issue.ColumnName);
        Assert.Equal(waarde, issue.Value);
    }

    /// <summary>A valid CSV data row for the canonical header <see cref="Kop"/>, with overrides by column name.</summary>
    public static string Rij(string id = "L1", params (string Kolom, string Waarde)[] anders)
    {
        var waarden = new Dictionary<string, string>
        {
            ["id"] = id,
            ["naam"] = "Locatie " + id,
            ["gemeentecode"] = "GM0363",
            ["plaatsen"] = "100",
            ["amv_plaatsen"] = "10",
            ["soort"] = "regulier",
            ["fase"] = "in-gebruik",
            ["begindatum"] = "2024-03-01",
            ["einddatum"] = "",
            ["bo_getekend"] = "ja",
            ["bo_datum"] = "2024-01-15",
            ["bo_einddatum"] = "",
            ["bron"] = "",
            ["opmerkingen"] = "",
        };
        foreach (var (k, v) in anders) waarden[k] = v;
        return string.Join(",", LocatieKolommen.Namen.Select(n => waarden[n]));
    }

    /// <summary>Made-up locations that use every field, including text that needs quoting in CSV.</summary>
    public static IReadOnlyList<Locatie> Voorbeeld() =>
    [
        new("COA-001", "AZC Voorbeeldstad Stationsweg", Code("GM0363"), 400, 40, LocatieSoort.Regulier, LocatieFase.InGebruik,
            new DateOnly(2024, 3, 1), new DateOnly(2029, 2, 28), new Bestuursovereenkomst(true, new DateOnly(2024, 1, 15), new DateOnly(2034, 1, 14)),
            "COA-overzicht mei 2024", null),
        new("007", "Paviljoen \"De Brug\", tijdelijk; fase 2", Code("GM0344"), 1200, 0, LocatieSoort.BijzondereAard, LocatieFase.InRealisatie,
            new DateOnly(2024, 7, 1), null, Bestuursovereenkomst.Geen, null, "regel één\nregel twee, met komma"),
        new("GEM-014-1", "Noodopvang Sporthal Zuidérpark", Code("GM0014"), 60, 0, LocatieSoort.Noodopvang, LocatieFase.InPlanvorming,
            null, null, new Bestuursovereenkomst(false, null, null), "gemeente Groningen", "=SOM(A1:A2) is geen formule"),
        new("AMV-9", "Kleinschalige amv-opvang", Code("GM0014"), 24, 24, LocatieSoort.Amv, LocatieFase.Gesloten,
            new DateOnly(2020, 1, 1), new DateOnly(2023, 12, 31), new Bestuursovereenkomst(true, new DateOnly(2019, 11, 1), null), null, null),
    ];

    /// <summary>
    /// Writes an XLSX file with ClosedXML: <paramref name="kop"/> in row <paramref name="kopRij"/> and the rows under it; a value is
    /// set with its own type (string stays text, double is a number, DateTime a date cell, bool a logical cell); a string starting
    /// with '=' is written as a formula.
    /// </summary>
    public static string WriteXlsx(string fileName, IReadOnlyList<string> kop, IEnumerable<object?[]> rijen, int kopRij = 1, string werkblad = "Locaties",
        Action<XLWorkbook>? extra = null)
    {
        var path = TempPath(fileName);
        using (var wb = new XLWorkbook())
        {
            extra?.Invoke(wb);
            var ws = wb.Worksheets.Add(werkblad);
            for (var k = 0; k < kop.Count; k++) ws.Cell(kopRij, k + 1).SetValue(kop[k]);
            var r = kopRij;
            foreach (var rij in rijen)
            {
                r++;
                for (var k = 0; k < rij.Length; k++)
                {
                    var cel = ws.Cell(r, k + 1);
                    switch (rij[k])
                    {
                        case null: break;
                        case string s when s.StartsWith('='): cel.FormulaA1 = s; break;
                        case string s: cel.SetValue(s); break;
                        case double d: cel.SetValue(d); break;
                        case int i: cel.SetValue((double)i); break;
                        case DateTime dt: cel.SetValue(dt); cel.Style.DateFormat.Format = "d-m-yyyy"; break;
                        case bool b: cel.SetValue(b); break;
                        default: throw new ArgumentException(rij[k]!.GetType().Name);
                    }
                }
            }
            wb.SaveAs(path);
        }
        return path;
    }
}
