using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spreiding.E2E;

/// <summary>
/// The flow of issue 5 in the browser, with clicks and typing: a province user of Utrecht signs in, chooses a password,
/// records a commitment and a swap, is refused a swap that breaks the rules, submits the plan; the ministry sees the
/// shortfall, adjusts the proposal and adopts the verdeelbesluit, which the public API then lists. Also: another
/// province's plan (403), two sessions on one plan (409) and the sign-in limit (429). Every page state is scanned with
/// axe and photographed.
/// </summary>
/// <remarks>
/// Each test starts a server of its own (<see cref="SpreidingServer.StartNieuw"/>: its own temporary database, so its
/// own plans and accounts), and uses the shared browser of the <see cref="E2ECollectie"/>. The plan dossier is
/// append-only and an adopted decision never changes, so a flow cannot be undone for the next test; a server per test
/// keeps the tests independent of their order and leaves the shared server (the page tests) as it was. The tests
/// stay in the shared collection, so that only one Chromium works at a time on the 2 cores.
/// </remarks>
[Collection(E2ECollectie.Naam)]
public sealed class PlanFlowTests(E2EOmgeving omgeving, ITestOutputHelper uitvoer)
{
    /// <summary>The password every test account chooses: at least 12 characters, at least 5 different ones.</summary>
    private const string EigenWachtwoord = "een eigen lang wachtwoord";

    private static readonly ProvincieCode Utrecht = ProvincieCode.Parse("PV26");

    [SkippableFact]
    public async Task Van_provinciaal_plan_tot_vastgesteld_verdeelbesluit()
    {
        E2EOmgeving.VereisChromium();
        await using var server = Server();

        // 1. The province: the first sign-in leads to the password page; then the plan, from the menu.
        await using var provincie = await NieuwAccountAsync(server, "prt-utrecht", Rol.Provincie, Utrecht, vastleggen: true);
        var page = provincie.Pagina;
        var plan = new PlanPagina(page);
        await Hoofdmenu(page).GetByRole(AriaRole.Link, new() { Name = "Provinciaal plan", Exact = true }).ClickAsync();
        await Expect(Kop(page)).ToHaveTextAsync("Provinciaal plan Utrecht, cyclus 2024");
        await Expect(plan.Status).ToHaveTextAsync("Nog niet gestart");
        Assert.Equal(0, await plan.VersieAsync());
        await provincie.VastleggenAsync("plan-concept", uitvoer);
        await OpEenTelefoonAsync(provincie, "plan-concept-375px");

        // A commitment of Utrecht (the municipality) on its location from the register.
        var toegezegd = await plan.KerncijferAsync("Toegezegd");
        var antwoord = await ToezeggingAsync(provincie, plan, "Utrecht (GM0344)", "VB-0066", 600);
        Assert.Equal(200, antwoord.Status);
        await Expect(plan.Bevestiging).ToHaveTextAsync("De toezegging is vastgelegd.");
        await Expect(plan.Status).ToHaveTextAsync("Concept (PRT werkt eraan)");
        Assert.Equal(["Utrecht | VB-0066 | 600"], await PlanPagina.RegelsAsync(plan.Toezeggingen));
        Assert.Equal(toegezegd + 600, await plan.KerncijferAsync("Toegezegd"));
        Assert.Equal(600, await PlanPagina.GetalAsync(plan.Posities, "Utrecht", "Toegezegd"));
        Assert.Equal(2, await plan.VersieAsync()); // the start (the frozen indicative numbers) and the commitment

        // A swap: Amersfoort hands 50 places of its task to Woerden.
        var taakVoor = await PlanPagina.KolomAsync(plan.Posities, "Taak na uitruil");
        const string reden = "Woerden breidt de locatie aan de Middellandweg uit";
        antwoord = await UitruilAsync(provincie, plan, "Amersfoort (GM0307)", "Woerden (GM0632)", 50, reden);
        Assert.Equal(200, antwoord.Status);
        await Expect(plan.Bevestiging).ToHaveTextAsync("De uitruil is vastgelegd in het grootboek.");
        Assert.Equal([$"1 | Amersfoort | Woerden | 50 | {reden}"], await PlanPagina.RegelsAsync(plan.Grootboek));
        var taakNa = await PlanPagina.KolomAsync(plan.Posities, "Taak na uitruil");
        Assert.Equal(taakVoor["Amersfoort"] - 50, taakNa["Amersfoort"]);
        Assert.Equal(taakVoor["Woerden"] + 50, taakNa["Woerden"]);
        Assert.Equal(50, await PlanPagina.GetalAsync(plan.Posities, "Amersfoort", "Afgestaan"));
        Assert.Equal(50, await PlanPagina.GetalAsync(plan.Posities, "Woerden", "Ontvangen"));
        Assert.Equal(taakVoor.Values.Sum(), taakNa.Values.Sum()); // the provincial task stays the same
        var versie = await plan.VersieAsync();
        Assert.Equal(3, versie);

        // A swap of more places than Amersfoort's task: refused by the rules, in Dutch, and nothing changes.
        var teVeel = taakNa["Amersfoort"] + 1;
        antwoord = await UitruilAsync(provincie, plan, "Amersfoort (GM0307)", "Woerden (GM0632)", teVeel, "Amersfoort geeft alles af");
        Assert.Equal(422, antwoord.Status);
        await Expect(plan.Weigering).ToContainTextAsync(
            $"Amersfoort (GM0307) heeft na eerdere uitruil een taak van {Nederlands.Geheel(taakNa["Amersfoort"])} plaatsen en kan er geen " +
            $"{Nederlands.Geheel(teVeel)} afstaan: een taak wordt nooit negatief. Er is niets gewijzigd.");
        Assert.Equal(versie, await plan.VersieAsync());
        Assert.Equal([$"1 | Amersfoort | Woerden | 50 | {reden}"], await PlanPagina.RegelsAsync(plan.Grootboek));
        Assert.Equal(taakNa, await PlanPagina.KolomAsync(plan.Posities, "Taak na uitruil"));
        await provincie.VastleggenAsync("plan-geweigerd", uitvoer);

        // Submission after the deadline (1 november 2024) asks why it is late.
        var opgave = await plan.KerncijferAsync("Provinciale opgave");
        var tekort = await plan.KerncijferAsync("Tekort van de provincie");
        Assert.Equal(opgave - 600, tekort);
        const string teLaat = "De gemeenteraden besloten pas in december over de locaties.";
        await plan.Indienen.GetByLabel(new Regex("Licht toe waarom het plan te laat wordt ingediend")).FillAsync(teLaat);
        antwoord = await provincie.VerstuurAsync(plan.Indienen.GetByRole(AriaRole.Button, new() { Name = "Plan indienen" }));
        Assert.Equal(200, antwoord.Status);
        await Expect(plan.Bevestiging).ToContainTextAsync("Het plan is ingediend.");
        await Expect(plan.Status).ToHaveTextAsync("Ingediend door de CdK");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($", te laat: {teLaat}");
        await Expect(plan.Toezegging).ToHaveCountAsync(0);
        await Expect(plan.Uitruil).ToHaveCountAsync(0);
        await Expect(plan.Indienen).ToHaveCountAsync(0);
        await Expect(plan.Voorstel).ToContainTextAsync("Het ministerie beoordeelt dit voorstel en stelt het verdeelbesluit vast.");
        await Expect(plan.Voorstel.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal(tekort, PlanPagina.Getal(await page.Locator("#voorstel-tekort").InnerTextAsync()));
        await provincie.VastleggenAsync("plan-ingediend", uitvoer);

        // 3. The ministry: the overview shows Utrecht's shortfall; the plan page has the proposal and its forms.
        await using var ministerie = await NieuwAccountAsync(server, "ministerie-asiel", Rol.Ministerie);
        page = ministerie.Pagina;
        plan = new PlanPagina(page);
        await Hoofdmenu(page).GetByRole(AriaRole.Link, new() { Name = "Plannen en verdeelbesluiten", Exact = true }).ClickAsync();
        await Expect(Kop(page)).ToHaveTextAsync("Provinciale plannen en verdeelbesluiten, cyclus 2024");
        var overzicht = plan.Tabel("Status en tekort per provincie");
        Assert.Contains($"Utrecht | Ingediend door de CdK | {Nederlands.Geheel(opgave)} | 600 | {Nederlands.Geheel(tekort)}",
            await PlanPagina.RegelsAsync(overzicht));
        Assert.Equal(tekort, await PlanPagina.GetalAsync(overzicht, "Utrecht", "Tekort"));
        await ministerie.VastleggenAsync("plannen-overzicht", uitvoer);

        await overzicht.GetByRole(AriaRole.Link, new() { Name = "Utrecht", Exact = true }).ClickAsync();
        await Expect(Kop(page)).ToHaveTextAsync("Provinciaal plan Utrecht, cyclus 2024");
        await Expect(plan.Voorstel.GetByRole(AriaRole.Button, new() { Name = "Verdeelbesluit vaststellen" })).ToBeVisibleAsync();
        var voorgesteld = await PlanPagina.KolomAsync(plan.Aanwijzingen, "Voorgesteld");
        Assert.Equal(tekort, voorgesteld.Values.Sum()); // the proposal divides exactly the shortfall
        Assert.Equal(await PlanPagina.KolomAsync(plan.Aanwijzingen, "Voorgesteld"), await PlanPagina.KolomAsync(plan.Aanwijzingen, "In het besluit"));
        await ministerie.VastleggenAsync("plan-ministerie", uitvoer);

        // Adjust Amersfoort's designation by 10 places, with a reason.
        const string aanpassingsreden = "Amersfoort heeft zelf een extra paviljoen aangeboden";
        await plan.Voorstel.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Amersfoort (GM0307)" });
        await plan.Voorstel.GetByLabel("Plaatsen in het besluit").FillAsync((voorgesteld["Amersfoort"] + 10).ToString(CultureInfo.InvariantCulture));
        await plan.Voorstel.GetByLabel("Reden (komt in de grondslag)").FillAsync(aanpassingsreden);
        antwoord = await ministerie.VerstuurAsync(plan.Voorstel.GetByRole(AriaRole.Button, new() { Name = "Aanwijzing aanpassen" }));
        Assert.Equal(200, antwoord.Status);
        await Expect(plan.Bevestiging).ToHaveTextAsync("De aanwijzing is aangepast in het voorstel.");
        Assert.Equal(voorgesteld["Amersfoort"] + 10, await PlanPagina.GetalAsync(plan.Aanwijzingen, "Amersfoort", "In het besluit"));
        Assert.Equal(voorgesteld["Amersfoort"], await PlanPagina.GetalAsync(plan.Aanwijzingen, "Amersfoort", "Voorgesteld"));
        Assert.Contains(await PlanPagina.RegelsAsync(plan.Aanwijzingen), r => r.StartsWith("Amersfoort |", StringComparison.Ordinal) && r.Contains(aanpassingsreden, StringComparison.Ordinal));

        // Adopt: the designations now differ 10 from the shortfall, so the page asks for an explanation.
        const string verschil = "Amersfoort neemt op eigen verzoek 10 plaatsen meer.";
        var toelichting = plan.Voorstel.GetByLabel(new Regex("^De aanwijzingen wijken 10 af van het tekort. Licht het verschil toe$"));
        await Expect(toelichting).ToBeVisibleAsync();
        await toelichting.FillAsync(verschil);
        antwoord = await ministerie.VerstuurAsync(plan.Voorstel.GetByRole(AriaRole.Button, new() { Name = "Verdeelbesluit vaststellen" }));
        Assert.Equal(200, antwoord.Status);
        await Expect(plan.Bevestiging).ToHaveTextAsync("Het verdeelbesluit is vastgesteld. Het verandert niet meer.");
        await Expect(plan.Status).ToHaveTextAsync("Verdeelbesluit vastgesteld");
        await Expect(plan.Voorstel).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var samenvatting = await plan.Besluit.Locator("#besluit-samenvatting").InnerTextAsync();
        Assert.StartsWith("Verdeelbesluit Utrecht, cyclus 2024, vastgesteld op ", samenvatting, StringComparison.Ordinal);
        Assert.EndsWith($"plaatsen bij een tekort van {Nederlands.Geheel(tekort)}; verschil 10: {verschil}.", samenvatting, StringComparison.Ordinal);
        Assert.Contains($"samen {Nederlands.Geheel(tekort + 10)} plaatsen", samenvatting, StringComparison.Ordinal);
        var besluit = await PlanPagina.KolomAsync(plan.Aanwijzingen, "In het besluit");
        Assert.Equal(voorgesteld["Amersfoort"] + 10, besluit["Amersfoort"]);
        await ministerie.VastleggenAsync("plan-vastgesteld", uitvoer);
        await OpEenTelefoonAsync(ministerie, "plan-vastgesteld-375px");

        // The public API (anonymous) lists the decision with the same numbers.
        using (var http = new HttpClient { BaseAddress = server.Adres })
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/verdeelbesluiten?cyclus=2024"));
            var vastgesteld = Assert.Single(json.RootElement.GetProperty("verdeelbesluiten").EnumerateArray());
            Assert.Equal("PV26", vastgesteld.GetProperty("provinciecode").GetString());
            Assert.Equal(samenvatting, vastgesteld.GetProperty("samenvatting").GetString());
            var api = vastgesteld.GetProperty("besluit");
            Assert.Equal("vastgesteld", api.GetProperty("status").GetString());
            Assert.Equal(tekort, api.GetProperty("tekort").GetInt32());
            Assert.Equal(tekort + 10, api.GetProperty("som").GetInt32());
            Assert.Equal(10, api.GetProperty("verschil").GetInt32());
            Assert.Equal(verschil, api.GetProperty("verschilToelichting").GetString());
            Assert.Equal(besluit, api.GetProperty("aanwijzingen").EnumerateArray()
                .ToDictionary(a => a.GetProperty("naam").GetString()!, a => a.GetProperty("plaatsen").GetInt32()));
        }

        // 5. The administrator's pages, after the flow: the accounts, and the audit log with every handling (and no
        // line for the refused swap).
        await using var beheerder = await NieuwAccountAsync(server, "beheer-test", Rol.Beheerder);
        page = beheerder.Pagina;
        await Hoofdmenu(page).GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await Expect(Kop(page)).ToHaveTextAsync("Accounts");
        var accounts = await PlanPagina.RegelsAsync(page.GetByRole(AriaRole.Table, new() { Name = "Alle accounts", Exact = true }));
        Assert.Contains(accounts, r => r.StartsWith("prt-utrecht | provincie | PV26 | eigen wachtwoord |", StringComparison.Ordinal));
        Assert.Contains(accounts, r => r.StartsWith("ministerie-asiel | ministerie | — | eigen wachtwoord |", StringComparison.Ordinal));
        await beheerder.VastleggenAsync("beheer-gebruikers", uitvoer);

        await Hoofdmenu(page).GetByRole(AriaRole.Link, new() { Name = "Auditlogboek", Exact = true }).ClickAsync();
        await Expect(Kop(page)).ToHaveTextAsync("Auditlogboek");
        var audit = await PlanPagina.RegelsAsync(page.GetByRole(AriaRole.Table, new() { Name = "Auditregels (tijden in UTC)", Exact = true }));
        foreach (var (door, actie) in new[]
                 {
                     ("prt-utrecht (provincie)", "plan-toezegging"), ("prt-utrecht (provincie)", "plan-uitruil"), ("prt-utrecht (provincie)", "plan-indiening"),
                     ("ministerie-asiel (ministerie)", "plan-aanpassing"), ("ministerie-asiel (ministerie)", "plan-vaststelling"),
                 })
            Assert.Single(audit, r => r.Contains($" | {door} | {actie} | plan PV26 cyclus 2024 |", StringComparison.Ordinal));
        await beheerder.VastleggenAsync("beheer-audit", uitvoer);
        await OpEenTelefoonAsync(beheerder, "beheer-audit-375px");
    }

    [SkippableFact]
    public async Task Een_provincie_ziet_het_plan_van_een_andere_provincie_niet()
    {
        E2EOmgeving.VereisChromium();
        await using var server = Server();
        await using var bezoeker = await NieuwAccountAsync(server, "prt-utrecht", Rol.Provincie, Utrecht);

        var page = await bezoeker.OpenAsync("/plannen/PV25?cyclus=2024", 403);
        await Expect(Kop(page)).ToHaveTextAsync("Geen toegang");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("U bent ingelogd als prt-utrecht (provincie PV26) en kunt het plan van Gelderland niet inzien.");
        await bezoeker.VastleggenAsync("fout-403-plan", uitvoer);

        // The API says the same; the ministry's overview sends a province user to its own plan.
        var api = await bezoeker.Context.APIRequest.GetAsync("/api/v1/plannen/PV25?cyclus=2024");
        Assert.Equal(403, api.Status);
        Assert.Contains("kunt het plan van Gelderland niet inzien", await api.TextAsync(), StringComparison.Ordinal);
        await bezoeker.OpenAsync("/plannen");
        await Expect(Kop(page)).ToHaveTextAsync("Provinciaal plan Utrecht, cyclus 2024");

        // Signing out with the button in the header ends the session.
        await bezoeker.VerstuurAsync(Hoofdmenu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }));
        await Expect(Hoofdmenu(page).GetByRole(AriaRole.Link, new() { Name = "Inloggen", Exact = true })).ToBeVisibleAsync();
        await bezoeker.OpenAsync("/plannen/PV26?cyclus=2024");
        await Expect(Kop(page)).ToHaveTextAsync("Inloggen");
        bezoeker.AssertGeenProblemen();
    }

    [SkippableFact]
    public async Task Een_tweede_sessie_op_een_oude_versie_krijgt_intussen_gewijzigd_en_wijzigt_niets()
    {
        E2EOmgeving.VereisChromium();
        await using var server = Server();
        await using var eerste = await NieuwAccountAsync(server, "prt-utrecht", Rol.Provincie, Utrecht);
        await using var tweede = await omgeving.NieuweBezoekerAsync(server: server);
        Assert.Equal(200, (await tweede.InloggenAsync("prt-utrecht", EigenWachtwoord)).Status);

        // The same plan open in both sessions, at version 0.
        var a = new PlanPagina(await eerste.OpenAsync("/plannen/PV26?cyclus=2024"));
        var b = new PlanPagina(await tweede.OpenAsync("/plannen/PV26?cyclus=2024"));
        Assert.Equal(0, await a.VersieAsync());
        Assert.Equal(0, await b.VersieAsync());

        // The first session records a commitment.
        Assert.Equal(200, (await ToezeggingAsync(eerste, a, "Amersfoort (GM0307)", "VB-0063", 200)).Status);
        await Expect(a.Bevestiging).ToHaveTextAsync("De toezegging is vastgelegd.");
        Assert.Equal(2, await a.VersieAsync());

        // The second still shows version 0; its swap is refused and the page shows the plan as it is now.
        const string reden = "Woerden neemt plaatsen over";
        var antwoord = await UitruilAsync(tweede, b, "Amersfoort (GM0307)", "Woerden (GM0632)", 10, reden);
        Assert.Equal(409, antwoord.Status);
        await Expect(b.Weigering).ToContainTextAsync(
            "Het plan van Utrecht is intussen gewijzigd: het staat op versie 2, uw wijziging ging uit van versie 0. Er is niets gewijzigd;");
        Assert.Equal(2, await b.VersieAsync());
        await Expect(tweede.Pagina.GetByRole(AriaRole.Main)).ToContainTextAsync("Er is nog geen uitruil vastgelegd.");
        Assert.Equal(["Amersfoort | VB-0063 | 200"], await PlanPagina.RegelsAsync(b.Toezeggingen));
        await tweede.VastleggenAsync("plan-intussen-gewijzigd", uitvoer);

        // Nothing of it reached the plan: the first session reloads and sees version 2 without a swap.
        await eerste.OpenAsync("/plannen/PV26?cyclus=2024");
        Assert.Equal(2, await a.VersieAsync());
        await Expect(a.Grootboek).ToHaveCountAsync(0);

        // On the page it got back, based on version 2, the second session's swap goes through.
        antwoord = await UitruilAsync(tweede, b, "Amersfoort (GM0307)", "Woerden (GM0632)", 10, reden);
        Assert.Equal(200, antwoord.Status);
        await Expect(b.Bevestiging).ToHaveTextAsync("De uitruil is vastgelegd in het grootboek.");
        Assert.Equal([$"1 | Amersfoort | Woerden | 10 | {reden}"], await PlanPagina.RegelsAsync(b.Grootboek));
        Assert.Equal(3, await b.VersieAsync());
        eerste.AssertGeenProblemen();
        tweede.AssertGeenProblemen();
    }

    [SkippableFact]
    public async Task Boven_het_aantal_inlogpogingen_per_minuut_volgt_429()
    {
        E2EOmgeving.VereisChromium();
        await using var server = Server(pogingenPerMinuut: 3);
        await using var bezoeker = await omgeving.NieuweBezoekerAsync(server: server);
        var page = bezoeker.Pagina;
        for (var poging = 1; poging <= 3; poging++)
        {
            var fout = await bezoeker.InloggenAsync("niemand", "geen goed wachtwoord");
            Assert.Equal(401, fout.Status);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De gebruikersnaam of het wachtwoord is onjuist.");
            if (poging == 1) await bezoeker.VastleggenAsync("inloggen-onjuist", uitvoer);
        }

        var teVeel = await bezoeker.InloggenAsync("niemand", "geen goed wachtwoord");
        Assert.Equal(429, teVeel.Status);
        Assert.Equal("60", await teVeel.HeaderValueAsync("retry-after"));
        await Expect(Kop(page)).ToHaveTextAsync("Te veel inlogpogingen");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Vanaf dit adres is in de afgelopen minuut 3 keer geprobeerd in te loggen.");
        await bezoeker.VastleggenAsync("fout-429-inloggen", uitvoer);

        // The API's sign-in shares the limit.
        var api = await bezoeker.Context.APIRequest.PostAsync("/api/v1/sessies",
            new() { DataObject = new { gebruikersnaam = "niemand", wachtwoord = "geen goed wachtwoord" } });
        Assert.Equal(429, api.Status);
    }

    /// <summary>
    /// A server of the test's own, with a sign-in limit far above what a test needs (the default, 10 a minute per
    /// address, is shared by all tests from 127.0.0.1) and without the first administrator (the tests make their accounts).
    /// </summary>
    private static SpreidingServer Server(int pogingenPerMinuut = 1000) => SpreidingServer.StartNieuw(new Dictionary<string, string>
    {
        ["Spreiding:Inloggen:PogingenPerMinuut"] = pogingenPerMinuut.ToString(CultureInfo.InvariantCulture),
        ["Spreiding:EersteBeheerder"] = "false",
    });

    /// <summary>
    /// A new account on <paramref name="server"/> (made in its database), signed in in a browser context of its own with
    /// the one-time password and then with <see cref="EigenWachtwoord"/> chosen on the password page.
    /// </summary>
    private async Task<Bezoeker> NieuwAccountAsync(SpreidingServer server, string naam, Rol rol, ProvincieCode? provincie = null, bool vastleggen = false)
    {
        var eenmalig = server.MaakAccount(naam, rol, provincie);
        var bezoeker = await omgeving.NieuweBezoekerAsync(server: server);
        try
        {
            await bezoeker.EersteKeerInloggenAsync(naam, eenmalig, EigenWachtwoord, vastleggen);
            return bezoeker;
        }
        catch
        {
            await bezoeker.DisposeAsync();
            throw;
        }
    }

    private static async Task<IResponse> ToezeggingAsync(Bezoeker bezoeker, PlanPagina plan, string gemeente, string locatie, int plaatsen)
    {
        var f = plan.Toezegging;
        await f.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = gemeente });
        await f.GetByLabel("Locatie (id uit het register, of een nieuwe id)").FillAsync(locatie);
        await f.GetByLabel("Plaatsen", new() { Exact = true }).FillAsync(plaatsen.ToString(CultureInfo.InvariantCulture));
        return await bezoeker.VerstuurAsync(f.GetByRole(AriaRole.Button, new() { Name = "Toezegging vastleggen", Exact = true }));
    }

    private static async Task<IResponse> UitruilAsync(Bezoeker bezoeker, PlanPagina plan, string van, string naar, int plaatsen, string reden)
    {
        var f = plan.Uitruil;
        await f.GetByLabel("Van (staat plaatsen af)").SelectOptionAsync(new SelectOptionValue { Label = van });
        await f.GetByLabel("Naar (neemt plaatsen over)").SelectOptionAsync(new SelectOptionValue { Label = naar });
        await f.GetByLabel("Plaatsen", new() { Exact = true }).FillAsync(plaatsen.ToString(CultureInfo.InvariantCulture));
        await f.GetByLabel("Reden", new() { Exact = true }).FillAsync(reden);
        return await bezoeker.VerstuurAsync(f.GetByRole(AriaRole.Button, new() { Name = "Uitruil vastleggen", Exact = true }));
    }

    /// <summary>
    /// The same page state at 375 px: the wide tables then scroll sideways in their own box, which must be reachable
    /// with the keyboard (axe <c>scrollable-region-focusable</c>), and the page itself must not scroll sideways.
    /// </summary>
    private async Task OpEenTelefoonAsync(Bezoeker bezoeker, string id)
    {
        var page = bezoeker.Pagina;
        var scherm = page.ViewportSize;
        await page.SetViewportSizeAsync(375, 812);
        await bezoeker.VastleggenAsync(id, uitvoer);
        var breedte = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        Assert.True(breedte[0] <= breedte[1] + 1, $"{page.Url} is {breedte[0]}px wide in a {breedte[1]}px viewport.");
        if (scherm is not null) await page.SetViewportSizeAsync(scherm.Width, scherm.Height);
    }

    private static ILocator Hoofdmenu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    private static ILocator Kop(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
