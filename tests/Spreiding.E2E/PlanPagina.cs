using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Spreiding.E2E;

/// <summary>
/// The plan page (<c>/plannen/PV26</c>) as a person reads it: the forms by the heading of their section, the tables by
/// their caption, the numbers as the page shows them (Dutch, with a thousands point).
/// </summary>
public sealed partial class PlanPagina(IPage page)
{
    public IPage Page => page;

    /// <summary>A <c>section</c> named by its heading (a region landmark).</summary>
    public ILocator Sectie(string kop) => page.GetByRole(AriaRole.Region, new() { Name = kop, Exact = true });

    public ILocator Toezegging => Sectie("Toezegging vastleggen");
    public ILocator Uitruil => Sectie("Uitruil vastleggen");
    public ILocator Indienen => Sectie("Plan indienen");
    public ILocator Voorstel => Sectie("Voorstel voor een verdeelbesluit");
    public ILocator Besluit => Sectie("Verdeelbesluit (vastgesteld)");

    /// <summary>The status in words ("Concept (PRT werkt eraan)", "Ingediend door de CdK", ...).</summary>
    public ILocator Status => page.Locator("#planstatus");

    /// <summary>The confirmation (role status) or refusal (role alert) at the top of the page.</summary>
    public ILocator Bevestiging => page.Locator("#melding").GetByRole(AriaRole.Status);
    public ILocator Weigering => page.Locator("#melding").GetByRole(AriaRole.Alert);

    public ILocator Tabel(string bijschrift) => page.GetByRole(AriaRole.Table, new() { Name = bijschrift, Exact = true });

    public ILocator Posities => Tabel("Taak na uitruil = indicatief + ontvangen − afgestaan; tekort = taak − toegezegd (niet onder 0)");
    public ILocator Grootboek => Tabel("Elke uitruil in de volgorde van vastleggen");
    public ILocator Toezeggingen => Tabel("Toegezegde plaatsen per gemeente en locatie");
    public ILocator Aanwijzingen => Tabel("Aangewezen gemeenten met hun grondslag");

    /// <summary>A key figure under the title ("Provinciale opgave", "Toegezegd", "Tekort van de provincie").</summary>
    public async Task<int> KerncijferAsync(string term)
    {
        var dt = page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") });
        return Getal(await page.Locator(".spreiding-kerncijfers div").Filter(new() { Has = dt }).GetByRole(AriaRole.Definition).InnerTextAsync());
    }

    /// <summary>The version the page shows ("Versie 3."), which its forms send along.</summary>
    public async Task<int> VersieAsync()
    {
        var tekst = await page.GetByRole(AriaRole.Main).InnerTextAsync();
        var m = VersieTekst().Match(tekst);
        Assert.True(m.Success, $"The page {page.Url} shows no version.");
        return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The body rows of <paramref name="tabel"/>, each the texts of its cells (row header first).</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> RijenAsync(ILocator tabel)
    {
        var rijen = new List<IReadOnlyList<string>>();
        foreach (var rij in await tabel.Locator("tbody").GetByRole(AriaRole.Row).AllAsync())
            rijen.Add([.. (await rij.Locator("th, td").AllInnerTextsAsync()).Select(t => t.Trim())]);
        return rijen;
    }

    /// <summary>The rows as lines, the cells joined by <c>" | "</c>: <c>1 | Amersfoort | Woerden | 50 | reden</c>.</summary>
    public static async Task<IReadOnlyList<string>> RegelsAsync(ILocator tabel) =>
        [.. (await RijenAsync(tabel)).Select(r => string.Join(" | ", r))];

    /// <summary>Column <paramref name="kolom"/> (by its header) as numbers, by the first cell of each row.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> KolomAsync(ILocator tabel, string kolom)
    {
        var koppen = (await tabel.Locator("thead").GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        var i = koppen.IndexOf(kolom);
        Assert.True(i >= 0, $"No column '{kolom}' in [{string.Join(", ", koppen)}].");
        return (await RijenAsync(tabel)).ToDictionary(r => r[0], r => Getal(r[i]));
    }

    /// <summary>The number in column <paramref name="kolom"/> of the row whose first cell is <paramref name="rij"/>.</summary>
    public static async Task<int> GetalAsync(ILocator tabel, string rij, string kolom) =>
        (await KolomAsync(tabel, kolom)).TryGetValue(rij, out var n) ? n : throw new Xunit.Sdk.XunitException($"No row '{rij}' in the table.");

    /// <summary>A number as the pages write it: <c>1.234</c>.</summary>
    public static int Getal(string tekst) =>
        int.Parse(tekst.Trim().Replace(".", "", StringComparison.Ordinal).Replace('\u2212', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Versie (\d+)\.")]
    private static partial Regex VersieTekst();
}
