using System.Text.Json;
using Microsoft.Playwright;
using Spreiding.Core;

namespace Spreiding.E2E;

/// <summary>What a person does: follow links from the dashboard, use the keyboard, read the page on a phone.</summary>
[Collection(E2ECollectie.Naam)]
public sealed class NavigatieTests(E2EOmgeving omgeving)
{
    [SkippableFact]
    public async Task Van_het_dashboard_via_een_provincie_naar_een_gemeente()
    {
        await using var bezoeker = await omgeving.NieuweBezoekerAsync();
        var page = await bezoeker.OpenAsync("/?cyclus=2024");

        await page.Locator("#tabel-provincies").GetByRole(AriaRole.Link, new() { Name = "Noord-Holland", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/provincies/PV27?cyclus=2024");
        Assert.Equal("Noord-Holland (PV27)", await page.Locator("h1").InnerTextAsync());

        await page.Locator("#tabel-provincie").GetByRole(AriaRole.Link, new() { Name = "Amsterdam", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/gemeenten/GM0363?cyclus=2024");
        Assert.Equal("Amsterdam (GM0363)", await page.Locator("h1").InnerTextAsync());

        // The page shows the municipality's number, the same as the API gives.
        var api = await bezoeker.Context.APIRequest.GetAsync("/api/v1/ramingen/2024/gemeenten/GM0363");
        Assert.Equal(200, api.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var plaatsen = json.RootElement.GetProperty("gemeente").GetProperty("plaatsen").GetInt32();
        Assert.True(plaatsen > 0);
        var kerncijfer = page.Locator(".spreiding-kerncijfers div").Filter(new() { HasText = "Indicatief aantal plaatsen" }).Locator("dd");
        Assert.Equal(Nederlands.Geheel(plaatsen), await kerncijfer.InnerTextAsync());
        bezoeker.AssertGeenProblemen();
    }

    [SkippableFact]
    public async Task De_skiplink_is_het_eerste_focusbare_element_en_zet_de_focus_op_main()
    {
        await using var bezoeker = await omgeving.NieuweBezoekerAsync();
        var page = await bezoeker.OpenAsync("/?cyclus=2024");

        await page.Keyboard.PressAsync("Tab");
        var skiplink = page.Locator("a.utrecht-skip-link");
        Assert.True(await skiplink.EvaluateAsync<bool>("a => a === document.activeElement"), "the first Tab does not land on the skip link");
        Assert.Equal("Naar de hoofdinhoud", await skiplink.InnerTextAsync());
        Assert.True(await skiplink.IsVisibleAsync(), "the skip link is not visible when it has focus");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**#inhoud");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("MAIN", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));

        // The next Tab goes on inside main, not back to the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after the skip link, Tab leaves main");
    }

    [SkippableTheory]
    [InlineData("dashboard-2024")]
    [InlineData("provincie-PV27")]
    [InlineData("gemeente-GM0014-locaties")]
    [InlineData("data")]
    public async Task Op_een_telefoon_van_375_pixels_scrolt_de_pagina_niet_opzij(string id)
    {
        var pagina = Paginas.Zoek(id);
        await using var bezoeker = await omgeving.NieuweBezoekerAsync(breedte: 375, hoogte: 812);
        var page = await bezoeker.OpenAsync(pagina.Pad, pagina.Status);
        await bezoeker.ScreenshotAsync($"{id}-375px");

        var (scroll, client) = await Breedte(page);
        Assert.True(scroll <= client + 1,
            $"{pagina.Pad} is {scroll}px wide in a {client}px viewport; widest elements: {await Breedste(page, client)}");
        await bezoeker.AssertToegankelijkAsync(); // reflowed, the page must still pass (scrollable tables, focus)
    }

    private static async Task<(int Scroll, int Client)> Breedte(IPage page)
    {
        var maten = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        return (maten[0], maten[1]);
    }

    /// <summary>
    /// The elements that stick out on the right and are not clipped by a scroll container of their own (an absolutely
    /// positioned element escapes one that is not positioned), for the failure message.
    /// </summary>
    private static Task<string> Breedste(IPage page, int client) => page.EvaluateAsync<string>("""
        client => {
            const geknipt = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    const s = getComputedStyle(a);
                    if (s.overflowX !== 'visible' && (getComputedStyle(e).position !== 'absolute' || s.position !== 'static')) return true;
                }
                return false;
            };
            const naam = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
            return [...document.querySelectorAll('body *')]
                .map(e => [e, e.getBoundingClientRect().right])
                .filter(([e, r]) => r > client + 1 && !geknipt(e))
                .sort((a, b) => b[1] - a[1]).slice(0, 5)
                .map(([e, r]) => `${naam(e)} (${Math.round(r)}px)`)
                .join(', ') || 'none found';
        }
        """, client);
}
