using Spreiding.Data.Regels;
using Xunit.Abstractions;

namespace Spreiding.E2E;

/// <summary>Every page in <see cref="Paginas"/>: axe-core finds nothing serious, and a full-page screenshot is kept.</summary>
[Collection(E2ECollectie.Naam)]
public sealed class PaginaTests(E2EOmgeving omgeving, ITestOutputHelper uitvoer)
{
    [SkippableTheory]
    [MemberData(nameof(Paginas.Ids), MemberType = typeof(Paginas))]
    public async Task Elke_pagina_is_toegankelijk_en_wordt_gefotografeerd(string id)
    {
        var pagina = Paginas.Zoek(id);
        await using var bezoeker = await omgeving.NieuweBezoekerAsync();
        var page = await bezoeker.OpenAsync(pagina.Pad, pagina.Status);
        Assert.Contains(pagina.Tekst, await page.Locator("main").InnerTextAsync());
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));

        await bezoeker.VastleggenAsync(id, uitvoer);
    }

    [Fact]
    public void De_paginalijst_heeft_het_dashboard_van_elke_cyclus()
    {
        foreach (var cyclus in RegelsLoader.BundledCycles())
            Assert.Contains(Paginas.Alle, p => p.Pad == $"/?cyclus={cyclus}");
        Assert.Equal(Paginas.Alle.Count, Paginas.Alle.Select(p => p.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>Guards the guard: on a real page (with the app's CSP) axe runs and an injected fault fails the check.</summary>
    [SkippableFact]
    public async Task De_scan_vindt_een_ingevoegde_overtreding()
    {
        await using var bezoeker = await omgeving.NieuweBezoekerAsync();
        var page = await bezoeker.OpenAsync("/data");
        await page.EvaluateAsync("""
            () => {
                const main = document.querySelector('main');
                const img = document.createElement('img');
                img.id = 'zonder-alt';
                img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                main.prepend(img);
                const p = document.createElement('p');
                p.textContent = 'Onleesbaar';
                p.style.color = '#ddd';
                main.prepend(p);
            }
            """);
        var blokkerend = Toegankelijkheid.Blokkerende(await bezoeker.ScanAsync());
        Assert.Contains(blokkerend, o => o.Id == "image-alt" && o.Impact == "critical");
        Assert.Contains(blokkerend, o => o.Id == "color-contrast" && o.Impact == "serious");
        var melding = await Assert.ThrowsAnyAsync<Exception>(bezoeker.AssertToegankelijkAsync);
        uitvoer.WriteLine(melding.Message);
        Assert.Contains("image-alt (critical)", melding.Message);
        Assert.Contains("Images must have alternative text", melding.Message);
        Assert.Contains("#zonder-alt", melding.Message);
    }
}
