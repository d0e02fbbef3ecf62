using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Spreiding.E2E;

/// <summary>axe-core (Deque.AxeCore.Playwright, axe 4.x bundled in the package) against WCAG 2.1 level A and AA.</summary>
public static class Toegankelijkheid
{
    /// <summary>The rules that are run: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static IReadOnlyList<string> Tags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The impacts that fail a test; "moderate" and "minor" are reported but do not fail.</summary>
    public static IReadOnlyList<string> Blokkerend { get; } = ["serious", "critical"];

    /// <summary>
    /// Every violation of the <see cref="Tags"/> rules on the page as it is now. axe is injected with Playwright's
    /// evaluate (the DevTools protocol), which the app's CSP (<c>script-src 'none'</c>) does not block.
    /// </summary>
    public static async Task<IReadOnlyList<AxeResultItem>> ScanAsync(IPage page)
    {
        var resultaat = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            ResultTypes = [ResultType.Violations],
        });
        return resultaat.Violations;
    }

    /// <summary>The violations that fail a test (impact serious or critical).</summary>
    public static IReadOnlyList<AxeResultItem> Blokkerende(IEnumerable<AxeResultItem> overtredingen) =>
        overtredingen.Where(o => Blokkerend.Contains(o.Impact)).ToList();

    public static async Task AssertToegankelijkAsync(IPage page)
    {
        var blokkerend = Blokkerende(await ScanAsync(page));
        Assert.True(blokkerend.Count == 0, Beschrijf(page.Url, blokkerend));
    }

    /// <summary>Rule id, impact, help, help URL and the target selectors of each violation, for a failure message.</summary>
    public static string Beschrijf(string url, IEnumerable<AxeResultItem> overtredingen)
    {
        var tekst = new StringBuilder($"Accessibility violations on {url}:");
        foreach (var o in overtredingen)
        {
            tekst.Append($"\n- {o.Id} ({o.Impact}): {o.Help} <{o.HelpUrl}>");
            foreach (var node in o.Nodes.Take(10))
                tekst.Append($"\n    {node.Target}");
            if (o.Nodes.Length > 10)
                tekst.Append($"\n    ... and {o.Nodes.Length - 10} more");
        }
        return tekst.ToString();
    }
}
