using System.Globalization;
using System.Text;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Data.Referentie;

namespace Spreiding.Tests.Support;

/// <summary>Shared inputs for tests: the bundled division and population, and fixtures made from them.</summary>
public static class TestData
{
    public static readonly GemeentelijkeIndeling Indeling = IndelingLoader.Bundled();

    public static readonly Bevolking Bevolking2023 = BundledData.Bevolking2023(Indeling);

    public static IReadOnlyList<Gemeente> Gemeenten2024 => Indeling.OpDatum(new DateOnly(2024, 1, 1));

    /// <summary>
    /// FIXTURE, not CBS data: a complete SES-WOA table with a deterministic spread of made-up scores over
    /// [-0.400, 0.400] for every municipality, except the four real CBS scores, which are kept.
    /// </summary>
    public static SesWoa FixtureSesWoaComplete()
    {
        var real = BundledData.SesWoaVerzameld().Scores;
        var scores = Gemeenten2024.ToDictionary(
            g => g.Code,
            g => real.TryGetValue(g.Code, out var s) ? s : FixtureScore(g.Code));
        return new SesWoa("fixture", new Bron("testfixture (verzonnen scores, plus de 4 echte)", "fixture"), scores);
    }

    public static decimal FixtureScore(GemeenteCode code) => (code.Number * 37 % 801 - 400) / 1000m;

    /// <summary>Writes the complete fixture SES-WOA as a plain <c>gemeentecode;ses_woa</c> file with decimal commas.</summary>
    public static string WriteFixtureSesFile(string directory)
    {
        var sb = new StringBuilder("gemeentecode;ses_woa\n");
        foreach (var (code, score) in FixtureSesWoaComplete().Scores.OrderBy(kv => kv.Key))
            sb.Append(code).Append(';').Append(score.ToString(CultureInfo.InvariantCulture).Replace('.', ',')).Append('\n');
        var path = Path.Combine(directory, "fixture_ses_woa_volledig.csv");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
        return path;
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "spreiding-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
