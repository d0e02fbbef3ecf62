using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Spreiding.E2E;

/// <summary>
/// Where the browser tests leave files for a person to look at: <c>$SPREIDING_ARTEFACTEN</c> when set (scripts/test sets
/// it inside its results directory), else <c>artefacten/</c> in the test output directory. Screenshots go to
/// <c>screenshots/</c> below it.
/// </summary>
public static partial class Artefacten
{
    public static string Map { get; } = Environment.GetEnvironmentVariable("SPREIDING_ARTEFACTEN") is { Length: > 0 } map
        ? Path.GetFullPath(map)
        : Path.Combine(AppContext.BaseDirectory, "artefacten");

    public static string Screenshots => Path.Combine(Map, "screenshots");

    /// <summary>Saves a full-page PNG of <paramref name="page"/> as <c>screenshots/ID.png</c> and returns its path.</summary>
    /// <param name="id">The page id from <see cref="Paginas"/>, or another name of letters, digits and hyphens.</param>
    public static async Task<string> ScreenshotAsync(IPage page, string id)
    {
        if (!Bestandsnaam().IsMatch(id))
            throw new ArgumentException($"'{id}' is not usable as a file name: use letters, digits and hyphens.", nameof(id));
        Directory.CreateDirectory(Screenshots);
        var pad = Path.Combine(Screenshots, id + ".png");
        await page.ScreenshotAsync(new() { Path = pad, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return pad;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex Bestandsnaam();
}
