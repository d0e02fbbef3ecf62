using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Spreiding.E2E;

/// <summary>
/// One visitor of the site: a browser context of its own with one tab. The helpers a flow test needs:
/// open a page, scan it, take a screenshot; <see cref="Pagina"/> is the Playwright page for clicks and form fields.
/// </summary>
public sealed class Bezoeker : IAsyncDisposable
{
    private readonly List<string> _problemen = [];

    public Bezoeker(IBrowserContext context, IPage pagina)
    {
        Context = context;
        Pagina = pagina;
        // What a user would not see but a developer must: script errors, CSP refusals, failed sub-resources.
        // Chromium also logs every 4xx response as "Failed to load resource"; the page's own status is checked by
        // OpenAsync and sub-resources by the Response handler, so those lines are left out here.
        pagina.Console += (_, bericht) =>
        {
            if (bericht.Type == "error" && !bericht.Text.StartsWith("Failed to load resource:", StringComparison.Ordinal))
                _problemen.Add($"console: {bericht.Text}");
        };
        pagina.PageError += (_, fout) => _problemen.Add($"script: {fout}");
        pagina.Response += (_, antwoord) =>
        {
            if (antwoord.Status >= 400 && antwoord.Request.ResourceType != "document")
                _problemen.Add($"{antwoord.Status} for {antwoord.Request.ResourceType} {antwoord.Url}");
        };
        pagina.RequestFailed += (_, verzoek) => _problemen.Add($"failed: {verzoek.ResourceType} {verzoek.Url} ({verzoek.Failure})");
    }

    public IBrowserContext Context { get; }

    public IPage Pagina { get; }

    /// <summary>Console errors, CSP refusals and failed sub-resources seen so far (not the status of the page itself).</summary>
    public IReadOnlyList<string> Problemen => _problemen;

    /// <summary>Opens <paramref name="pad"/> (relative to the server) and checks the HTTP status of the page.</summary>
    public async Task<IPage> OpenAsync(string pad, int status = 200)
    {
        var antwoord = await Pagina.GotoAsync(pad, new() { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"No response for {pad}.");
        Assert.True(antwoord.Status == status, $"GET {pad} answered {antwoord.Status}, expected {status}.");
        return Pagina;
    }

    /// <summary>
    /// Clicks <paramref name="knop"/> (a form's submit button) and waits for the document the server answers with: after
    /// post/redirect/get the page the 302 leads to, otherwise the POST's own answer (a 401, 409 or 422 page), loaded.
    /// </summary>
    /// <returns>That document's response: its status and URL.</returns>
    public async Task<IResponse> VerstuurAsync(ILocator knop)
    {
        var antwoord = await Pagina.RunAndWaitForResponseAsync(() => knop.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Frame == Pagina.MainFrame && r.Status is < 300 or >= 400);
        await Pagina.WaitForLoadStateAsync(LoadState.Load);
        return antwoord;
    }

    /// <summary>
    /// One state of a flow: a full-page screenshot <c>ID.png</c> first (so that a failure leaves the picture), then the
    /// axe scan (no serious or critical violation; the others go to <paramref name="uitvoer"/>) and no browser problem.
    /// </summary>
    public async Task VastleggenAsync(string id, Xunit.Abstractions.ITestOutputHelper? uitvoer = null)
    {
        await Pagina.WaitForLoadStateAsync(LoadState.Load); // the style sheets too: axe measures contrast on the styled page
        var pad = await ScreenshotAsync(id);
        uitvoer?.WriteLine($"screenshot: {pad}");
        var overtredingen = await ScanAsync();
        var blokkerend = Toegankelijkheid.Blokkerende(overtredingen);
        foreach (var o in overtredingen.Except(blokkerend))
            uitvoer?.WriteLine($"{id}, not blocking: {o.Id} ({o.Impact}): {o.Help}, {o.Nodes.Length}x");
        Assert.True(blokkerend.Count == 0, Toegankelijkheid.Beschrijf(Pagina.Url, blokkerend));
        AssertGeenProblemen();
    }

    /// <summary>axe-core on the page as it is now (<see cref="Toegankelijkheid.ScanAsync"/>).</summary>
    public Task<IReadOnlyList<AxeResultItem>> ScanAsync() => Toegankelijkheid.ScanAsync(Pagina);

    /// <summary>Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it is now.</summary>
    public Task AssertToegankelijkAsync() => Toegankelijkheid.AssertToegankelijkAsync(Pagina);

    /// <summary>A full-page PNG as a test artefact (<see cref="Artefacten.ScreenshotAsync"/>).</summary>
    public Task<string> ScreenshotAsync(string id) => Artefacten.ScreenshotAsync(Pagina, id);

    /// <summary>Fails when the browser reported a console error, CSP refusal or failed sub-resource.</summary>
    public void AssertGeenProblemen() =>
        Assert.True(_problemen.Count == 0, $"The browser reported on {Pagina.Url}:\n  " + string.Join("\n  ", _problemen));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
