using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spreiding.Core.Toegang;
using Spreiding.Data.Opslag;

namespace Spreiding.Web.Tests;

/// <summary>Signing in and out, one-time passwords, the rate limit and lockout, antiforgery, accounts and the audit log.</summary>
public sealed class ToegangTests : IDisposable
{
    private readonly SpreidingFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    private static Task<string> Token(HttpClient client, string pad) => Formulieren.Token(client, pad);

    private static Task<HttpResponseMessage> Formulier(HttpClient client, string pad, string token, params (string, string)[] velden) =>
        Formulieren.Post(client, pad, token, velden);

    [Fact]
    public async Task Inloggen_met_het_formulier_zet_een_veilig_sessiecookie()
    {
        await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var client = _fabriek.Anoniem();
        var antwoord = await Formulier(client, "/inloggen", await Token(client, "/inloggen"), ("gebruikersnaam", "prt"), ("wachtwoord", SpreidingFabriek.TestWachtwoord), ("terug", "/plannen/PV26"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/plannen/PV26", antwoord.Headers.Location?.OriginalString);
        var cookie = antwoord.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("spreiding.sessie=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var plan = await client.GetAsync("/plannen/PV26");
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        var html = await plan.Content.ReadAsStringAsync();
        Assert.Contains("Toezegging vastleggen", html);
        Assert.Contains("Uitloggen", html);
        Assert.True(plan.Headers.CacheControl?.NoStore);
        PaginaTests.AssertBeveiligd(plan);
    }

    [Fact]
    public async Task Een_onjuist_wachtwoord_en_een_onbekende_naam_krijgen_dezelfde_melding()
    {
        await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var client = _fabriek.Anoniem();
        var fout = await Formulier(client, "/inloggen", await Token(client, "/inloggen"), ("gebruikersnaam", "prt"), ("wachtwoord", "fout"));
        var onbekend = await Formulier(client, "/inloggen", await Token(client, "/inloggen"), ("gebruikersnaam", "niemand"), ("wachtwoord", "fout"));
        Assert.Equal(HttpStatusCode.Unauthorized, fout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, onbekend.StatusCode);
        Assert.Contains("De gebruikersnaam of het wachtwoord is onjuist.", await fout.Content.ReadAsStringAsync());
        Assert.Contains("De gebruikersnaam of het wachtwoord is onjuist.", await onbekend.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Na_vijf_onjuiste_wachtwoorden_is_het_account_tijdelijk_geblokkeerd()
    {
        await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var client = _fabriek.Anoniem();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "prt", wachtwoord = "fout" });
        var goed = await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "prt", wachtwoord = SpreidingFabriek.TestWachtwoord });
        Assert.Equal(HttpStatusCode.Unauthorized, goed.StatusCode);
        Assert.Contains("tijdelijk geblokkeerd", await goed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Een_formulier_zonder_antiforgery_token_wordt_geweigerd()
    {
        await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var client = _fabriek.Anoniem();
        var zonder = await Formulier(client, "/inloggen", "vervalst", ("gebruikersnaam", "prt"), ("wachtwoord", SpreidingFabriek.TestWachtwoord));
        Assert.Equal(HttpStatusCode.BadRequest, zonder.StatusCode);
        Assert.Contains("Formulier verlopen", await zonder.Content.ReadAsStringAsync());

        var prt = await _fabriek.Account("prt2", Rol.Provincie, "PV26");
        var versie = await prt.GetStringAsync("/plannen/PV26");
        var toezegging = await Formulier(prt, "/plannen/PV26/toezegging?cyclus=2024", "vervalst", ("versie", "0"), ("gemeente", "GM0307"), ("locatie", "A"), ("plaatsen", "5"));
        Assert.Equal(HttpStatusCode.BadRequest, toezegging.StatusCode);
        Assert.Contains("niet_gestart", versie.Replace("Nog niet gestart", "niet_gestart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Met_een_eenmalig_wachtwoord_kiest_u_eerst_een_eigen_wachtwoord()
    {
        var client = await _fabriek.Account("nieuw", Rol.Provincie, "PV26", eenmalig: true);
        var dashboard = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Equal("/account/wachtwoord", dashboard.Headers.Location?.OriginalString);
        var schrijven = await client.PostAsJsonAsync("/api/v1/plannen/PV26/toezeggingen?cyclus=2024", new { gemeente = "GM0307", locatie = "A", plaatsen = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, schrijven.StatusCode);

        var token = await Token(client, "/account/wachtwoord");
        var kort = await Formulier(client, "/account/wachtwoord", token, ("huidig", SpreidingFabriek.TestWachtwoord), ("nieuw", "kort"), ("herhaling", "kort"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, kort.StatusCode);
        Assert.Contains("ten minste 12 tekens", await kort.Content.ReadAsStringAsync());
        var goed = await Formulier(client, "/account/wachtwoord", await Token(client, "/account/wachtwoord"),
            ("huidig", SpreidingFabriek.TestWachtwoord), ("nieuw", "een-eigen-wachtwoord"), ("herhaling", "een-eigen-wachtwoord"));
        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var sessie = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessies/huidig");
        Assert.False(sessie.GetProperty("wachtwoordWijzigen").GetBoolean());
    }

    [Fact]
    public async Task Uitloggen_beeindigt_de_sessie()
    {
        var client = await _fabriek.Account("coa", Rol.Coa);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/sessies/huidig")).StatusCode);
        var uit = await Formulier(client, "/uitloggen", await Token(client, "/"));
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/sessies/huidig")).StatusCode);
    }

    [Fact]
    public async Task Pagina_s_na_inloggen_sturen_een_bezoeker_naar_het_inlogformulier_of_weigeren_met_reden()
    {
        var anoniem = _fabriek.Anoniem();
        foreach (var pad in new[] { "/plannen", "/plannen/PV26", "/beheer/gebruikers", "/beheer/audit", "/account/wachtwoord" })
        {
            var a = await anoniem.GetAsync(pad);
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.StartsWith("/inloggen", a.Headers.Location?.OriginalString);
        }
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var ander = await prt.GetAsync("/plannen/PV25");
        Assert.Equal(HttpStatusCode.Forbidden, ander.StatusCode);
        Assert.Contains("kunt het plan van Gelderland niet inzien", await ander.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await prt.GetAsync("/beheer/gebruikers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await prt.GetAsync("/beheer/audit")).StatusCode);
        var overzicht = await prt.GetAsync("/plannen");
        Assert.Equal("/plannen/PV26?cyclus=2024", overzicht.Headers.Location?.OriginalString);

        var min = await _fabriek.Account("min", Rol.Ministerie);
        var lijst = await min.GetAsync("/plannen");
        Assert.Equal(HttpStatusCode.OK, lijst.StatusCode);
        Assert.Contains("Utrecht", await lijst.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await min.GetAsync("/beheer/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await min.GetAsync("/beheer/gebruikers")).StatusCode);
    }

    [Fact]
    public async Task Een_terug_adres_buiten_de_site_wordt_genegeerd()
    {
        await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var client = _fabriek.Anoniem();
        var antwoord = await Formulier(client, "/inloggen", await Token(client, "/inloggen"),
            ("gebruikersnaam", "prt"), ("wachtwoord", SpreidingFabriek.TestWachtwoord), ("terug", "//kwaadaardig.example/pad"));
        Assert.Equal("/", antwoord.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Een_beheerder_maakt_accounts_met_een_eenmalig_wachtwoord_en_anderen_niet()
    {
        var beheer = await _fabriek.Account("beheer", Rol.Beheerder);
        var gemaakt = await beheer.PostAsJsonAsync("/api/v1/gebruikers", new { gebruikersnaam = "gelderland", rol = "provincie", provincie = "PV25" });
        Assert.Equal(HttpStatusCode.Created, gemaakt.StatusCode);
        var lichaam = await gemaakt.Content.ReadFromJsonAsync<JsonElement>();
        var wachtwoord = lichaam.GetProperty("eenmaligWachtwoord").GetString()!;
        Assert.Equal(20, wachtwoord.Length);
        Assert.True(lichaam.GetProperty("gebruiker").GetProperty("eenmaligWachtwoord").GetBoolean());

        var dubbel = await beheer.PostAsJsonAsync("/api/v1/gebruikers", new { gebruikersnaam = "Gelderland", rol = "coa" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dubbel.StatusCode);
        Assert.Contains("bestaat al", await dubbel.Content.ReadAsStringAsync());
        var zonder = await beheer.PostAsJsonAsync("/api/v1/gebruikers", new { gebruikersnaam = "x", rol = "gemeente" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zonder.StatusCode);

        var nieuw = _fabriek.Anoniem();
        Assert.Equal(HttpStatusCode.NoContent, (await nieuw.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "gelderland", wachtwoord })).StatusCode);
        Assert.True((await nieuw.GetFromJsonAsync<JsonElement>("/api/v1/sessies/huidig")).GetProperty("wachtwoordWijzigen").GetBoolean());

        var lijst = await beheer.GetFromJsonAsync<JsonElement>("/api/v1/gebruikers");
        Assert.Contains(lijst.EnumerateArray(), g => g.GetProperty("gebruikersnaam").GetString() == "gelderland");
        foreach (var (client, status) in new[] { (await _fabriek.Account("min", Rol.Ministerie), HttpStatusCode.Forbidden), (_fabriek.Anoniem(), HttpStatusCode.Unauthorized) })
        {
            Assert.Equal(status, (await client.GetAsync("/api/v1/gebruikers")).StatusCode);
            Assert.Equal(status, (await client.PostAsJsonAsync("/api/v1/gebruikers", new { gebruikersnaam = "y", rol = "coa" })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _fabriek.Anoniem().GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _fabriek.Account("coa", Rol.Coa)).GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task Het_beheerformulier_toont_het_eenmalige_wachtwoord_een_keer()
    {
        var beheer = await _fabriek.Account("beheer", Rol.Beheerder);
        var antwoord = await Formulier(beheer, "/beheer/gebruikers", await Token(beheer, "/beheer/gebruikers"),
            ("gebruikersnaam", "gm-utrecht"), ("rol", "gemeente"), ("provincie", ""), ("gemeente", "GM0344"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Matches("Het eenmalige wachtwoord is [A-Za-z0-9]{20}", html);
        Assert.DoesNotMatch("Het eenmalige wachtwoord is", await beheer.GetStringAsync("/beheer/gebruikers"));
    }

    [Fact]
    public async Task De_openapi_beschrijving_noemt_de_nieuwe_bronnen()
    {
        var doc = await _fabriek.Anoniem().GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var paden = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var pad in new[]
                 {
                     "/api/v1/plannen", "/api/v1/plannen/{provincie}", "/api/v1/plannen/{provincie}/toezeggingen", "/api/v1/plannen/{provincie}/uitruilen",
                     "/api/v1/plannen/{provincie}/indiening", "/api/v1/plannen/{provincie}/verdeelbesluit/aanpassingen",
                     "/api/v1/plannen/{provincie}/verdeelbesluit/vaststelling", "/api/v1/verdeelbesluiten", "/api/v1/sessies", "/api/v1/sessies/huidig",
                     "/api/v1/gebruikers", "/api/v1/audit",
                 })
            Assert.Contains(pad, paden);
        var post = doc.GetProperty("paths").GetProperty("/api/v1/plannen/{provincie}/uitruilen").GetProperty("post");
        Assert.True(post.GetProperty("responses").TryGetProperty("412", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("428", out _));
    }
}

/// <summary>The rate limit on signing in, with a limit of 3 a minute.</summary>
public sealed class InlogLimietTests : IDisposable
{
    private sealed class KrappeFabriek : SpreidingFabriek
    {
        public override int InlogLimiet => 3;
    }

    private readonly KrappeFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    [Fact]
    public async Task Na_de_limiet_volgt_429_met_retry_after()
    {
        var client = _fabriek.Anoniem();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "x", wachtwoord = "y" })).StatusCode);
        var te = await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "x", wachtwoord = "y" });
        Assert.Equal(HttpStatusCode.TooManyRequests, te.StatusCode);
        Assert.Equal("60", te.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Te veel inlogpogingen", await te.Content.ReadAsStringAsync());
    }
}

/// <summary>The first start of an empty database makes one administrator with a one-time password; a second start does not.</summary>
public sealed class EersteStartTests : IDisposable
{
    private sealed class EersteFabriek : SpreidingFabriek
    {
        public override bool EersteBeheerder => true;
    }

    private readonly EersteFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    [Fact]
    public async Task De_eerste_start_maakt_een_beheerder_met_een_eenmalig_wachtwoord()
    {
        var uit = new StringWriter();
        var oud = Console.Out;
        Console.SetOut(uit);
        try
        {
            await _fabriek.Anoniem().GetAsync("/inloggen");
        }
        finally
        {
            Console.SetOut(oud);
        }
        var wachtwoord = Regex.Match(uit.ToString(), "eenmalig wachtwoord:\\s+([A-Za-z0-9]{20})").Groups[1].Value;
        Assert.NotEmpty(wachtwoord);
        using var db = SpreidingDatabase.Open(_fabriek.DatabasePad);
        var beheerder = Assert.Single(new GebruikerStore(db).Lijst());
        Assert.Equal(Rol.Beheerder, beheerder.Rol);
        Assert.True(beheerder.WachtwoordWijzigen);
        Assert.DoesNotContain(wachtwoord, beheerder.WachtwoordHash);
        var client = _fabriek.Anoniem();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/sessies", new { gebruikersnaam = "beheerder", wachtwoord })).StatusCode);
    }
}
