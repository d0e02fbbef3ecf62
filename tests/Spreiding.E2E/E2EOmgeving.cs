using Microsoft.Playwright;

namespace Spreiding.E2E;

/// <summary>All browser tests share one server and one browser: they are in this collection.</summary>
[CollectionDefinition(Naam)]
public sealed class E2ECollectie : ICollectionFixture<E2EOmgeving>
{
    public const string Naam = "e2e";
}

/// <summary>
/// The server (<see cref="SpreidingServer"/>) and Debian's Chromium driven by Playwright, once per test collection.
/// Playwright's .NET driver (the node in the package's <c>.playwright</c> folder) runs offline; no browser is downloaded.
/// </summary>
/// <remarks>
/// Without Chromium every test is skipped, except with <c>CI=true</c>, where it fails (the convention of the PDF test
/// in tests/Spreiding.Tests). <c>SPREIDING_CHROMIUM</c> names another Chromium executable.
/// </remarks>
public sealed class E2EOmgeving : IAsyncLifetime
{
    public static string ChromiumPad { get; } =
        Environment.GetEnvironmentVariable("SPREIDING_CHROMIUM") is { Length: > 0 } pad ? pad : "/usr/bin/chromium";

    private static bool Ci => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>How long an action or a retrying assertion (<see cref="Assertions"/>) waits, in ms.</summary>
    public const float Wachttijd = 30_000;

    private SpreidingServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The application's address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Adres => (_server ?? throw new InvalidOperationException("The server has not started.")).Adres;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPad))
            return; // every test skips, or fails with CI=true, in VereisChromium
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(Wachttijd);
        _server = new SpreidingServer();
        _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPad,
            Headless = true,
            // Root (CI and the dev machines) needs --no-sandbox; /dev/shm is small in containers.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--disable-extensions"],
        });
    }

    /// <summary>Skips the test without Chromium, or fails it when CI=true.</summary>
    public static void VereisChromium()
    {
        if (File.Exists(ChromiumPad)) return;
        if (Ci)
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPad} while CI=true: the browser tests must run in CI (apt-get install chromium; scripts/test does this as root).");
        Skip.If(true, $"Chromium is niet geïnstalleerd ({ChromiumPad}; apt-get install chromium).");
    }

    /// <summary>
    /// A new visitor: a browser context of its own (cookies, storage), so that two users in one test
    /// (a province user and the ministry) do not share a session. Call <c>await using</c>.
    /// </summary>
    /// <param name="server">Another server than the shared one, such as one a test started for itself.</param>
    public async Task<Bezoeker> NieuweBezoekerAsync(int breedte = 1280, int hoogte = 900, SpreidingServer? server = null)
    {
        VereisChromium();
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = (server?.Adres ?? Adres).ToString(),
            ViewportSize = new() { Width = breedte, Height = hoogte },
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
        });
        context.SetDefaultTimeout(Wachttijd); // generous: CI runs the other test projects on the same 2 cores
        return new Bezoeker(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
