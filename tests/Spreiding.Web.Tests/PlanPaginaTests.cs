using System.Net;
using System.Net.Http.Json;
using Spreiding.Core.Toegang;

namespace Spreiding.Web.Tests;

/// <summary>The plan screens' forms: post/redirect/get on success, the page with the reason on a refusal, nothing changed.</summary>
public sealed class PlanPaginaTests : IDisposable
{
    private readonly SpreidingFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    private static Task<(string Token, string Versie)> Formulier(HttpClient client, string pad = "/plannen/PV26") => Formulieren.TokenEnVersie(client, pad);

    private static Task<HttpResponseMessage> Post(HttpClient client, string actie, string token, params (string, string)[] velden) =>
        Formulieren.Post(client, $"/plannen/PV26/{actie}?cyclus=2024", token, velden);

    [Fact]
    public async Task Een_toezegging_via_het_formulier_gaat_terug_naar_het_plan_met_een_bevestiging()
    {
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var (token, versie) = await Formulier(prt);
        Assert.Equal("0", versie);
        var antwoord = await Post(prt, "toezegging", token, ("versie", versie), ("gemeente", "GM0307"), ("locatie", "AMF-1"), ("plaatsen", "900"));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/plannen/PV26?cyclus=2024&gelukt=toezegging#melding", antwoord.Headers.Location?.OriginalString);
        var html = await prt.GetStringAsync("/plannen/PV26?cyclus=2024&gelukt=toezegging");
        Assert.Contains("De toezegging is vastgelegd.", html);
        Assert.Contains("AMF-1", html);
        Assert.Contains("Versie 2.", html);
    }

    [Fact]
    public async Task Een_formulier_op_een_oude_versie_toont_de_reden_en_verandert_niets()
    {
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var (token, versie) = await Formulier(prt);
        await Post(prt, "toezegging", token, ("versie", versie), ("gemeente", "GM0307"), ("locatie", "AMF-1"), ("plaatsen", "900"));
        var oud = await Post(prt, "uitruil", token, ("versie", versie), ("van", "GM0308"), ("naar", "GM0307"), ("plaatsen", "5"), ("reden", "x"));
        Assert.Equal(HttpStatusCode.Conflict, oud.StatusCode);
        var html = await oud.Content.ReadAsStringAsync();
        Assert.Contains("intussen gewijzigd", html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("Er is nog geen uitruil vastgelegd.", html);
    }

    [Fact]
    public async Task Een_uitruil_die_de_regels_breekt_toont_de_reden_op_de_pagina()
    {
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var (token, versie) = await Formulier(prt);
        var antwoord = await Post(prt, "uitruil", token, ("versie", versie), ("van", "GM0308"), ("naar", "GM0307"), ("plaatsen", "100000"), ("reden", "te veel"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, antwoord.StatusCode);
        Assert.Contains("een taak wordt nooit negatief", await antwoord.Content.ReadAsStringAsync());
        Assert.Equal("0", (await Formulier(prt)).Versie);
    }

    [Fact]
    public async Task Een_formulier_voor_een_andere_provincie_of_van_een_andere_rol_wordt_geweigerd()
    {
        var gelderland = await _fabriek.Account("prt-gld", Rol.Provincie, "PV25");
        var (token, _) = await Formulier(gelderland, "/plannen/PV25");
        var antwoord = await Post(gelderland, "toezegging", token, ("versie", "0"), ("gemeente", "GM0307"), ("locatie", "A"), ("plaatsen", "1"));
        Assert.True(antwoord.StatusCode == HttpStatusCode.Forbidden, await antwoord.Content.ReadAsStringAsync());
        Assert.Contains("kunt het plan van Utrecht niet wijzigen", await antwoord.Content.ReadAsStringAsync());

        var min = await _fabriek.Account("min", Rol.Ministerie);
        var (t2, v2) = await Formulier(min);
        Assert.DoesNotContain("Toezegging vastleggen", await min.GetStringAsync("/plannen/PV26"));
        var weiger = await Post(min, "toezegging", t2, ("versie", v2.Length == 0 ? "0" : v2), ("gemeente", "GM0307"), ("locatie", "A"), ("plaatsen", "1"));
        Assert.Equal(HttpStatusCode.Forbidden, weiger.StatusCode);
    }

    [Fact]
    public async Task Na_de_indiening_tonen_de_provincie_en_de_gemeente_het_plan_openbaar_en_het_ministerie_stelt_vast()
    {
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var anoniem = _fabriek.Anoniem();
        Assert.Contains("nog niet ingediend", await anoniem.GetStringAsync("/gemeenten/GM0307"));
        var (token, versie) = await Formulier(prt);
        await Post(prt, "toezegging", token, ("versie", versie), ("gemeente", "GM0307"), ("locatie", "AMF-1"), ("plaatsen", "900"));
        (token, versie) = await Formulier(prt);
        var ingediend = await Post(prt, "indiening", token, ("versie", versie), ("toelichting", "PRT verschoven"));
        Assert.Equal(HttpStatusCode.Redirect, ingediend.StatusCode);

        var gemeente = await anoniem.GetStringAsync("/gemeenten/GM0307");
        Assert.Contains("Taak na uitruil", gemeente);
        Assert.Contains("grondslag 900 toegezegde plaatsen", gemeente);
        Assert.Contains("Voorstel voor het verdeelbesluit", await anoniem.GetStringAsync("/gemeenten/GM0344"));
        var provincie = await anoniem.GetStringAsync("/provincies/PV26");
        Assert.Contains("Ingediend door de CdK", provincie);
        Assert.Equal(HttpStatusCode.OK, (await anoniem.GetAsync("/plannen/PV26")).StatusCode);

        var min = await _fabriek.Account("min", Rol.Ministerie);
        (token, versie) = await Formulier(min);
        var vast = await Post(min, "vaststelling", token, ("versie", versie));
        Assert.Equal(HttpStatusCode.Redirect, vast.StatusCode);
        var html = await min.GetStringAsync("/plannen/PV26");
        Assert.Contains("Verdeelbesluit (vastgesteld)", html);
        Assert.DoesNotContain("Verdeelbesluit vaststellen", html);
        Assert.Contains("Verdeelbesluit Utrecht, cyclus 2024, vastgesteld op", await anoniem.GetStringAsync("/provincies/PV26"));
        var besluiten = await anoniem.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/verdeelbesluiten");
        Assert.Equal(1, besluiten.GetProperty("verdeelbesluiten").GetArrayLength());
    }
}

/// <summary>The payment shown per municipality: amounts only when the rules name them, always the basis in places.</summary>
public sealed class UitkeringWeergaveTests
{
    private static readonly Spreiding.Core.Indeling.GemeenteCode Aa = Spreiding.Core.Indeling.GemeenteCode.FromNumber(1);
    private static readonly Spreiding.Core.Indeling.GemeenteCode Bee = Spreiding.Core.Indeling.GemeenteCode.FromNumber(2);

    private static Spreiding.Core.Plan.ProvinciaalPlan Plan() =>
        Spreiding.Core.Plan.ProvinciaalPlan.Nieuw(Spreiding.Core.Indeling.ProvincieCode.Parse("PV27"), "Proef", 2026, [(Aa, "Aa", 100), (Bee, "Bee", 200)]).Waarde
            .LegToezeggingVast(Aa, "L1", 150).Waarde;

    [Fact]
    public void Zonder_bedragen_in_de_regels_toont_de_uitkering_alleen_haar_grondslag()
    {
        var u = Spreiding.Web.Features.Plannen.PlanWeergaven.Uitkeringen(Plan(), null)[Aa];
        Assert.Equal(150, u.ToegezegdePlaatsen);
        Assert.Equal(50, u.PlaatsenBovenTaak);
        Assert.Null(u.Bedrag);
        Assert.Contains("geen bedragen", u.Toelichting);
    }

    [Fact]
    public void Met_bedragen_in_de_regels_volgt_de_uitkering_uit_plaatsen_maal_bedrag()
    {
        var regels = new[]
        {
            new Spreiding.Core.Plan.Uitkeringsregel("basis", Spreiding.Core.Plan.UitkeringsGrondslag.ToegezegdePlaatsen, new Spreiding.Core.Regels.Parameter<decimal>(1234.567m, "FIXTURE", null, null)),
            new Spreiding.Core.Plan.Uitkeringsregel("extra", Spreiding.Core.Plan.UitkeringsGrondslag.PlaatsenBovenTaak, new Spreiding.Core.Regels.Parameter<decimal>(500m, "FIXTURE", null, null)),
        };
        var uitkeringen = Spreiding.Web.Features.Plannen.PlanWeergaven.Uitkeringen(Plan(), regels);
        Assert.Equal(150 * 1234.567m + 50 * 500m, uitkeringen[Aa].Bedrag);
        Assert.Contains("150 toegezegde plaatsen", uitkeringen[Aa].Toelichting);
        Assert.Equal(0m, uitkeringen[Bee].Bedrag);
    }
}
