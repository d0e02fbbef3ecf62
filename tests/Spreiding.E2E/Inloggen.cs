using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Spreiding.E2E;

/// <summary>Signing in as a person does: the form on <c>/inloggen</c>, and at the first sign-in the password page.</summary>
public static class Inloggen
{
    /// <summary>
    /// Types <paramref name="naam"/> and <paramref name="wachtwoord"/> into the sign-in form and submits it.
    /// </summary>
    /// <returns>The page the browser ends on (after a success a redirect, after a refusal the form again with 401).</returns>
    public static async Task<IResponse> InloggenAsync(this Bezoeker bezoeker, string naam, string wachtwoord)
    {
        var page = await bezoeker.OpenAsync("/inloggen");
        var formulier = page.GetByRole(AriaRole.Main);
        await formulier.GetByLabel("Gebruikersnaam", new() { Exact = true }).FillAsync(naam);
        await formulier.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(wachtwoord);
        return await bezoeker.VerstuurAsync(formulier.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }));
    }

    /// <summary>
    /// The first sign-in of a new account: with the one-time password, which sends the browser to
    /// <c>/account/wachtwoord</c>, where <paramref name="nieuw"/> is chosen. With <paramref name="vastleggen"/> the password page
    /// is photographed and scanned before and after the change (ids <c>account-wachtwoord</c> and
    /// <c>account-wachtwoord-gewijzigd</c>; the sign-in page itself is in <see cref="Paginas"/>).
    /// </summary>
    public static async Task EersteKeerInloggenAsync(this Bezoeker bezoeker, string naam, string eenmalig, string nieuw, bool vastleggen = false)
    {
        var page = bezoeker.Pagina;
        var antwoord = await bezoeker.InloggenAsync(naam, eenmalig);
        Assert.Equal(200, antwoord.Status);
        Assert.EndsWith("/account/wachtwoord", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord wijzigen");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("U bent ingelogd met een eenmalig wachtwoord.");
        if (vastleggen) await bezoeker.VastleggenAsync("account-wachtwoord");
        // Every other page sends an account with a one-time password back here.
        await bezoeker.OpenAsync("/?cyclus=2024");
        Assert.EndsWith("/account/wachtwoord", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var main = page.GetByRole(AriaRole.Main);
        await main.GetByLabel("Huidig wachtwoord", new() { Exact = true }).FillAsync(eenmalig);
        await main.GetByLabel("Nieuw wachtwoord (ten minste 12 tekens)", new() { Exact = true }).FillAsync(nieuw);
        await main.GetByLabel("Nieuw wachtwoord, nog een keer", new() { Exact = true }).FillAsync(nieuw);
        antwoord = await bezoeker.VerstuurAsync(main.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }));
        Assert.Equal(200, antwoord.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw wachtwoord is gewijzigd.");
        if (vastleggen) await bezoeker.VastleggenAsync("account-wachtwoord-gewijzigd");
    }
}
