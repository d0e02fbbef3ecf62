using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Spreiding.Core.Toegang;

namespace Spreiding.Web.Tests;

/// <summary>
/// The plan-to-verdeelbesluit API for every role, allowed and refused: a refusal is problem+json that says why, and
/// nothing changes (the plan's version stays). Each test has its own application and database.
/// </summary>
public sealed class PlanApiTests : IDisposable
{
    private const string Plan = "/api/v1/plannen/PV26?cyclus=2024";
    private const string Basis = "/api/v1/plannen/PV26";
    private readonly VoorbeeldFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    private Task<HttpClient> Provincie(string p = "PV26") => _fabriek.Account($"prt-{p}", Rol.Provincie, p);
    private Task<HttpClient> Gemeente(string g = "GM0344") => _fabriek.Account($"gm-{g}", Rol.Gemeente, gemeente: g);
    private Task<HttpClient> Ministerie() => _fabriek.Account("minister", Rol.Ministerie);
    private Task<HttpClient> Coa() => _fabriek.Account("coa", Rol.Coa);
    private Task<HttpClient> Beheerder() => _fabriek.Account("beheer", Rol.Beheerder);

    private static async Task<(HttpStatusCode Status, JsonElement Lichaam, string? ETag)> Get(HttpClient client, string pad = Plan)
    {
        var antwoord = await client.GetAsync(pad);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        return (antwoord.StatusCode, tekst.Length == 0 ? default : JsonDocument.Parse(tekst).RootElement, antwoord.Headers.ETag?.Tag);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Lichaam, HttpResponseMessage Antwoord)> Post(
        HttpClient client, string pad, object lichaam, string? ifMatch, string contentType = "application/json")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, $"{pad}?cyclus=2024")
        {
            Content = new StringContent(lichaam as string ?? JsonSerializer.Serialize(lichaam), Encoding.UTF8, contentType),
        };
        if (ifMatch is not null) verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var antwoord = await client.SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        return (antwoord.StatusCode, tekst.Length == 0 ? default : JsonDocument.Parse(tekst).RootElement, antwoord);
    }

    private static void AssertProbleem(HttpResponseMessage antwoord, HttpStatusCode status, string bevat)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(antwoord.Content.ReadAsStringAsync().Result).RootElement.GetProperty("detail").GetString();
        Assert.Contains(bevat, detail);
    }

    private static string Tag(int versie) => $"\"plan-2024-PV26-v{versie}\"";

    private static readonly object Toezegging = new { gemeente = "GM0307", locatie = "AMF-1", plaatsen = 900 };

    private async Task<int> Versie() => (await Get(await Ministerie())).Lichaam.GetProperty("versie").GetInt32();

    // ------------------------------------------------------------ reading

    [Fact]
    public async Task Een_plan_in_concept_is_er_voor_de_provincie_haar_gemeenten_het_ministerie_en_het_coa()
    {
        foreach (var client in new[] { await Provincie(), await Gemeente(), await Ministerie(), await Coa() })
        {
            var (status, plan, etag) = await Get(client);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("niet-gestart", plan.GetProperty("status").GetString());
            Assert.Equal(0, plan.GetProperty("versie").GetInt32());
            Assert.Equal(Tag(0), etag);
            Assert.Equal(plan.GetProperty("provincialeTaak").GetInt32(), plan.GetProperty("gemeenten").EnumerateArray().Sum(g => g.GetProperty("taak").GetInt32()));
        }
        AssertProbleem(await (await Provincie("PV25")).GetAsync(Plan), HttpStatusCode.Forbidden, "kunt het plan van Utrecht niet inzien");
        AssertProbleem(await (await Gemeente("GM0363")).GetAsync(Plan), HttpStatusCode.Forbidden, "niet inzien");
        AssertProbleem(await (await Beheerder()).GetAsync(Plan), HttpStatusCode.Forbidden, "niet inzien");
        AssertProbleem(await _fabriek.Anoniem().GetAsync(Plan), HttpStatusCode.Unauthorized, "inloggen");
    }

    [Fact]
    public async Task Een_ingediend_plan_en_een_vastgesteld_besluit_zijn_openbaar()
    {
        var prt = await Provincie();
        await Post(prt, $"{Basis}/toezeggingen", Toezegging, Tag(0));
        var (status, _, _) = await Post(prt, $"{Basis}/indiening", new { teLaatToelichting = "PRT verschoven" }, Tag(2));
        Assert.Equal(HttpStatusCode.OK, status);

        var anoniem = _fabriek.Anoniem();
        var (s, plan, _) = await Get(anoniem);
        Assert.Equal(HttpStatusCode.OK, s);
        Assert.Equal("ingediend", plan.GetProperty("status").GetString());
        Assert.Equal("voorstel", plan.GetProperty("verdeelbesluit").GetProperty("status").GetString());
        var lijst = (await Get(anoniem, "/api/v1/plannen?cyclus=2024")).Lichaam.GetProperty("plannen").EnumerateArray().ToList();
        Assert.Equal("PV26", Assert.Single(lijst).GetProperty("provinciecode").GetString());
        Assert.Empty((await Get(anoniem, "/api/v1/verdeelbesluiten?cyclus=2024")).Lichaam.GetProperty("verdeelbesluiten").EnumerateArray());

        var (v, besluit, _) = await Post(await Ministerie(), $"{Basis}/verdeelbesluit/vaststelling", new { }, Tag(3));
        Assert.Equal(HttpStatusCode.OK, v);
        var vastgesteld = Assert.Single((await Get(anoniem, "/api/v1/verdeelbesluiten?cyclus=2024")).Lichaam.GetProperty("verdeelbesluiten").EnumerateArray());
        Assert.Equal(besluit.GetProperty("verdeelbesluit").GetProperty("som").GetInt32(), vastgesteld.GetProperty("besluit").GetProperty("som").GetInt32());
        Assert.Equal(besluit.GetProperty("tekort").GetInt32(), vastgesteld.GetProperty("besluit").GetProperty("som").GetInt32());
    }

    [Fact]
    public async Task Het_overzicht_toont_elk_account_alleen_de_plannen_die_het_mag_zien()
    {
        Assert.Equal(12, (await Get(await Ministerie(), "/api/v1/plannen?cyclus=2024")).Lichaam.GetProperty("plannen").GetArrayLength());
        var eigen = (await Get(await Provincie(), "/api/v1/plannen?cyclus=2024")).Lichaam.GetProperty("plannen").EnumerateArray().ToList();
        Assert.Equal("PV26", Assert.Single(eigen).GetProperty("provinciecode").GetString());
        Assert.Empty((await Get(_fabriek.Anoniem(), "/api/v1/plannen?cyclus=2024")).Lichaam.GetProperty("plannen").EnumerateArray());
    }

    [Fact]
    public async Task Een_ongewijzigd_plan_geeft_304_op_zijn_etag()
    {
        var client = await Provincie();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Plan);
        verzoek.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(Tag(0)));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(verzoek)).StatusCode);
    }

    // ------------------------------------------------------------ commitments

    [Fact]
    public async Task Een_toezegging_van_de_provincie_of_de_eigen_gemeente_wordt_vastgelegd()
    {
        var (status, plan, antwoord) = await Post(await Provincie(), $"{Basis}/toezeggingen", Toezegging, Tag(0));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Tag(2), antwoord.Headers.ETag?.Tag);
        Assert.Equal(900, plan.GetProperty("toegezegd").GetInt32());
        Assert.Equal(["aanmaak", "toezegging"], plan.GetProperty("handelingen").EnumerateArray().Select(h => h.GetProperty("soort").GetString()));

        var (s2, plan2, _) = await Post(await Gemeente(), $"{Basis}/toezeggingen", new { gemeente = "GM0344", locatie = "UTR-NIEUW", plaatsen = 50 }, Tag(2));
        Assert.Equal(HttpStatusCode.OK, s2);
        Assert.Equal(950, plan2.GetProperty("toegezegd").GetInt32());
        Assert.Contains("gm-GM0344 (gemeente GM0344)", plan2.GetProperty("handelingen").EnumerateArray().Last().GetProperty("door").GetString());
    }

    [Fact]
    public async Task Een_toezegging_van_wie_dat_niet_mag_wordt_geweigerd_en_verandert_niets()
    {
        var gevallen = new (HttpClient Client, HttpStatusCode Status, string Waarom)[]
        {
            (_fabriek.Anoniem(), HttpStatusCode.Unauthorized, "inloggen"),
            (await Provincie("PV25"), HttpStatusCode.Forbidden, "kunt het plan van Utrecht niet wijzigen"),
            (await Gemeente("GM0355"), HttpStatusCode.Forbidden, "alleen toezeggingen van uw eigen gemeente"),
            (await Gemeente("GM0363"), HttpStatusCode.Forbidden, "niet wijzigen"),
            (await Ministerie(), HttpStatusCode.Forbidden, "wijzigt alleen de provincie zelf"),
            (await Coa(), HttpStatusCode.Forbidden, "wijzigt alleen de provincie zelf"),
            (await Beheerder(), HttpStatusCode.Forbidden, "wijzigt alleen de provincie zelf"),
        };
        foreach (var (client, status, waarom) in gevallen)
            AssertProbleem((await Post(client, $"{Basis}/toezeggingen", Toezegging, Tag(0))).Antwoord, status, waarom);
        Assert.Equal(0, await Versie());
    }

    [Fact]
    public async Task Zonder_of_met_een_verouderde_if_match_verandert_er_niets()
    {
        var prt = await Provincie();
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", Toezegging, null)).Antwoord, (HttpStatusCode)428, "If-Match");
        Assert.Equal(HttpStatusCode.OK, (await Post(prt, $"{Basis}/toezeggingen", Toezegging, Tag(0))).Status);
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", new { gemeente = "GM0307", locatie = "AMF-2", plaatsen = 5 }, Tag(0))).Antwoord,
            HttpStatusCode.PreconditionFailed, "intussen gewijzigd: het staat op versie 2, uw wijziging ging uit van versie 0");
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", Toezegging, "\"plan-2024-PV25-v2\"")).Antwoord, HttpStatusCode.PreconditionFailed, "geen ETag van het plan");
        Assert.Equal(2, await Versie());
    }

    [Fact]
    public async Task Onjuiste_invoer_krijgt_een_nederlandse_foutmelding()
    {
        var prt = await Provincie();
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", "{ dit is geen json", Tag(0))).Antwoord, HttpStatusCode.BadRequest, "geen geldige JSON");
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", "gemeente=GM0307", Tag(0), "application/x-www-form-urlencoded")).Antwoord, HttpStatusCode.UnsupportedMediaType, "JSON");
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", new { gemeente = "Amersfoort", locatie = "A", plaatsen = 1 }, Tag(0))).Antwoord, HttpStatusCode.BadRequest, "geen gemeentecode");
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", new { gemeente = "GM0307", locatie = "A" }, Tag(0))).Antwoord, HttpStatusCode.BadRequest, "plaatsen");
        var (_, negatief, antwoord) = await Post(prt, $"{Basis}/toezeggingen", new { gemeente = "GM0307", locatie = "A", plaatsen = -1 }, Tag(0));
        AssertProbleem(antwoord, HttpStatusCode.UnprocessableEntity, "kan niet negatief zijn");
        Assert.Equal("PlaatsenNegatief", negatief.GetProperty("grond").GetString());
        Assert.Equal(0, await Versie());
    }

    [Fact]
    public async Task Een_locatie_uit_het_register_hoort_bij_haar_eigen_gemeente()
    {
        var locatie = (await Get(_fabriek.Anoniem(), "/api/v1/locaties?paginagrootte=100")).Lichaam.GetProperty("_embedded").GetProperty("locaties")
            .EnumerateArray().First(l => l.GetProperty("gemeentecode").GetString() != "GM0307");
        AssertProbleem((await Post(await Provincie(), $"{Basis}/toezeggingen",
                new { gemeente = "GM0307", locatie = locatie.GetProperty("id").GetString(), plaatsen = 10 }, Tag(0))).Antwoord,
            HttpStatusCode.UnprocessableEntity, "ligt volgens het register in gemeente");
    }

    // ------------------------------------------------------------ swaps and submission

    [Fact]
    public async Task Een_uitruil_verschuift_taak_binnen_de_provincie_en_houdt_het_totaal()
    {
        var (status, plan, _) = await Post(await Provincie(), $"{Basis}/uitruilen", new { van = "GM0308", naar = "GM0307", plaatsen = 34, reden = "Amersfoort neemt over" }, Tag(0));
        Assert.Equal(HttpStatusCode.OK, status);
        var gemeenten = plan.GetProperty("gemeenten").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!);
        Assert.Equal(34, gemeenten["GM0307"].GetProperty("ontvangen").GetInt32());
        Assert.Equal(34, gemeenten["GM0308"].GetProperty("afgestaan").GetInt32());
        Assert.Equal(plan.GetProperty("provincialeTaak").GetInt32(), gemeenten.Values.Sum(g => g.GetProperty("taak").GetInt32()));
        var regel = Assert.Single(plan.GetProperty("uitruilen").EnumerateArray());
        Assert.Equal("Amersfoort neemt over", regel.GetProperty("reden").GetString());
    }

    [Fact]
    public async Task Een_uitruil_die_het_provinciale_totaal_zou_breken_wordt_geweigerd()
    {
        var prt = await Provincie();
        var (_, p, a) = await Post(prt, $"{Basis}/uitruilen", new { van = "GM0308", naar = "GM0363", plaatsen = 5, reden = "naar Amsterdam" }, Tag(0));
        AssertProbleem(a, HttpStatusCode.UnprocessableEntity, "over de provinciegrens zou de provinciale opgave veranderen");
        Assert.Equal("GemeenteNietInProvincie", p.GetProperty("grond").GetString());
        AssertProbleem((await Post(prt, $"{Basis}/uitruilen", new { van = "GM0308", naar = "GM0307", plaatsen = 100000, reden = "te veel" }, Tag(0))).Antwoord,
            HttpStatusCode.UnprocessableEntity, "een taak wordt nooit negatief");
        AssertProbleem((await Post(prt, $"{Basis}/uitruilen", new { van = "GM0308", naar = "GM0307", plaatsen = 5, reden = "" }, Tag(0))).Antwoord,
            HttpStatusCode.UnprocessableEntity, "Geef de reden");
        AssertProbleem((await Post(await Gemeente(), $"{Basis}/uitruilen", new { van = "GM0344", naar = "GM0307", plaatsen = 5, reden = "x" }, Tag(0))).Antwoord,
            HttpStatusCode.Forbidden, "PRT-secretaris");
        Assert.Equal(0, await Versie());
    }

    [Fact]
    public async Task Indienen_na_de_termijn_vraagt_een_toelichting_en_daarna_verandert_het_plan_niet_meer()
    {
        var prt = await Provincie();
        AssertProbleem((await Post(await Gemeente(), $"{Basis}/indiening", new { }, Tag(0))).Antwoord, HttpStatusCode.Forbidden, "Commissaris van de Koning");
        var (_, te, a) = await Post(prt, $"{Basis}/indiening", new { }, Tag(0));
        AssertProbleem(a, HttpStatusCode.UnprocessableEntity, "is te laat");
        Assert.Equal("NaTermijn", te.GetProperty("grond").GetString());
        var (status, plan, _) = await Post(prt, $"{Basis}/indiening", new { teLaatToelichting = "PRT verschoven" }, Tag(0));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(plan.GetProperty("indiening").GetProperty("teLaat").GetBoolean());
        Assert.Equal("2024-11-01", plan.GetProperty("indiening").GetProperty("termijn").GetString());
        AssertProbleem((await Post(prt, $"{Basis}/toezeggingen", Toezegging, Tag(2))).Antwoord, HttpStatusCode.UnprocessableEntity, "kan niet meer worden gewijzigd");
        Assert.Equal(2, await Versie());
    }

    // ------------------------------------------------------------ the verdeelbesluit

    [Fact]
    public async Task Het_ministerie_past_het_voorstel_aan_en_stelt_het_besluit_vast()
    {
        var prt = await Provincie();
        await Post(prt, $"{Basis}/toezeggingen", Toezegging, Tag(0));
        var min = await Ministerie();
        AssertProbleem((await Post(min, $"{Basis}/verdeelbesluit/aanpassingen", new { gemeente = "GM0344", plaatsen = 0, reden = "x" }, Tag(2))).Antwoord,
            HttpStatusCode.UnprocessableEntity, "nog niet ingediend");
        await Post(prt, $"{Basis}/indiening", new { teLaatToelichting = "PRT verschoven" }, Tag(2));

        foreach (var client in new[] { prt, await Gemeente(), await Coa(), await Beheerder() })
        {
            AssertProbleem((await Post(client, $"{Basis}/verdeelbesluit/aanpassingen", new { gemeente = "GM0344", plaatsen = 0, reden = "x" }, Tag(3))).Antwoord,
                HttpStatusCode.Forbidden, "alleen het ministerie");
            AssertProbleem((await Post(client, $"{Basis}/verdeelbesluit/vaststelling", new { }, Tag(3))).Antwoord, HttpStatusCode.Forbidden, "alleen het ministerie");
        }

        var (s1, aangepast, _) = await Post(min, $"{Basis}/verdeelbesluit/aanpassingen", new { gemeente = "GM0344", plaatsen = 0, reden = "Utrecht vangt al op in noodopvang" }, Tag(3));
        Assert.Equal(HttpStatusCode.OK, s1);
        var voorstel = aangepast.GetProperty("verdeelbesluit");
        Assert.Equal("voorstel", voorstel.GetProperty("status").GetString());
        Assert.NotEqual(0, voorstel.GetProperty("verschil").GetInt32());
        AssertProbleem((await Post(min, $"{Basis}/verdeelbesluit/vaststelling", new { }, Tag(4))).Antwoord, HttpStatusCode.UnprocessableEntity, "Licht het verschil toe");

        var (s2, vastgesteld, _) = await Post(min, $"{Basis}/verdeelbesluit/vaststelling", new { verschilToelichting = "verrekend in de volgende cyclus" }, Tag(4));
        Assert.Equal(HttpStatusCode.OK, s2);
        Assert.Equal("verdeelbesluit-vastgesteld", vastgesteld.GetProperty("status").GetString());
        var besluit = vastgesteld.GetProperty("verdeelbesluit");
        Assert.Equal("vastgesteld", besluit.GetProperty("status").GetString());
        var utrecht = besluit.GetProperty("aanwijzingen").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "GM0344");
        Assert.Equal(0, utrecht.GetProperty("plaatsen").GetInt32());
        Assert.Contains("noodopvang", utrecht.GetProperty("grondslag").GetString());

        // Adopted decisions are immutable.
        AssertProbleem((await Post(min, $"{Basis}/verdeelbesluit/aanpassingen", new { gemeente = "GM0344", plaatsen = 5, reden = "toch" }, Tag(5))).Antwoord,
            HttpStatusCode.UnprocessableEntity, "veranderen niet meer");
        Assert.Equal(5, await Versie());
    }

    [Fact]
    public async Task Elke_wijziging_staat_in_het_auditlogboek_met_wie_wanneer_en_wat()
    {
        var voor = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Post(await Provincie(), $"{Basis}/uitruilen", new { van = "GM0308", naar = "GM0307", plaatsen = 34, reden = "Amersfoort neemt over" }, Tag(0));
        var audit = (await Get(await Ministerie(), "/api/v1/audit")).Lichaam.GetProperty("regels").EnumerateArray().ToList();
        var regel = audit.First(r => r.GetProperty("actie").GetString() == "plan-uitruil");
        Assert.Equal("prt-PV26", regel.GetProperty("door").GetString());
        Assert.Equal("provincie", regel.GetProperty("rol").GetString());
        Assert.Equal("plan PV26 cyclus 2024", regel.GetProperty("onderwerp").GetString());
        Assert.Contains("Amersfoort neemt over", regel.GetProperty("details").GetString());
        Assert.True(regel.GetProperty("op").GetDateTimeOffset() >= voor);
        Assert.Contains(audit, r => r.GetProperty("actie").GetString() == "ingelogd");
    }
}
