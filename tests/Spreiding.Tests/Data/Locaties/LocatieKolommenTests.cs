using Spreiding.Data.Locaties;

namespace Spreiding.Tests.Data.Locaties;

public class LocatieKolommenTests
{
    private static string Documentatie()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spreiding.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, "docs", "locaties-kolommen.md"));
    }

    [Fact]
    public void The_columns_are_the_documented_file_format_in_order()
    {
        Assert.Equal(LocatieTestData.Kop.Split(','), LocatieKolommen.Namen);
        Assert.Equal(["id", "naam", "gemeentecode", "plaatsen", "soort", "fase"], LocatieKolommen.Alle.Where(k => k.Verplicht).Select(k => k.Naam));
    }

    [Fact]
    public void The_user_documentation_has_a_row_for_every_column_with_its_aliases()
    {
        var regels = Documentatie().Split('\n');

        foreach (var kolom in LocatieKolommen.Alle)
        {
            var rij = Assert.Single(regels, r => r.StartsWith($"| `{kolom.Naam}` |", StringComparison.Ordinal));
            Assert.Contains(kolom.Verplicht ? "| ja |" : "| nee |", rij);
            foreach (var alias in kolom.Aliassen) Assert.Contains($"`{alias}`", rij);
            Assert.Equal(kolom.Aliassen.Count, rij.Split('|')[^2].Split('`', StringSplitOptions.RemoveEmptyEntries).Count(s => s.Trim().Trim(',').Length > 0));
        }
    }

    [Fact]
    public void No_alias_is_also_the_name_or_alias_of_another_column()
    {
        var sleutels = LocatieKolommen.Alle.SelectMany(k => k.Aliassen.Prepend(k.Naam)).Select(LocatieKolommen.Sleutel).ToList();

        Assert.Equal(sleutels.Count, sleutels.Distinct().Count());
    }

    [Theory]
    [InlineData("AMV-plaatsen", "amvplaatsen")]
    [InlineData(" Bo Getekend ", "bogetekend")]
    [InlineData("locatie_id", "locatieid")]
    public void Header_keys_ignore_case_spaces_hyphens_and_underscores(string kop, string sleutel)
    {
        Assert.Equal(sleutel, LocatieKolommen.Sleutel(kop));
    }
}
