using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spreiding.Core.Toegang;

namespace Spreiding.Web.Tests;

/// <summary>
/// The same application with PostgreSQL as its store (configuration only): accounts, sign-in, the plan-to-verdeelbesluit
/// flow through the API, a stale If-Match, and the audit log.
/// </summary>
public sealed class PostgresTests : IDisposable
{
    private readonly PostgresFabriek _fabriek = new();

    public void Dispose() => _fabriek.Dispose();

    private static async Task<HttpResponseMessage> Post(HttpClient client, string pad, object lichaam, string etag)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, pad) { Content = JsonContent.Create(lichaam) };
        verzoek.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(verzoek);
    }

    [SkippableFact]
    public async Task Van_toezegging_tot_vastgesteld_besluit_op_postgresql()
    {
        var prt = await _fabriek.Account("prt", Rol.Provincie, "PV26");
        var min = await _fabriek.Account("min", Rol.Ministerie);
        const string Pad = "/api/v1/plannen/PV26";

        var a = await Post(prt, $"{Pad}/toezeggingen?cyclus=2024", new { gemeente = "GM0307", locatie = "AMF-1", plaatsen = 900 }, "\"plan-2024-PV26-v0\"");
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal("\"plan-2024-PV26-v2\"", a.Headers.ETag?.Tag);
        var verouderd = await Post(prt, $"{Pad}/uitruilen?cyclus=2024", new { van = "GM0308", naar = "GM0307", plaatsen = 5, reden = "x" }, "\"plan-2024-PV26-v0\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderd.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(prt, $"{Pad}/uitruilen?cyclus=2024", new { van = "GM0308", naar = "GM0307", plaatsen = 5, reden = "x" }, "\"plan-2024-PV26-v2\"")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(prt, $"{Pad}/indiening?cyclus=2024", new { teLaatToelichting = "verschoven" }, "\"plan-2024-PV26-v3\"")).StatusCode);
        var vast = await Post(min, $"{Pad}/verdeelbesluit/vaststelling?cyclus=2024", new { }, "\"plan-2024-PV26-v4\"");
        Assert.Equal(HttpStatusCode.OK, vast.StatusCode);
        var plan = await vast.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("verdeelbesluit-vastgesteld", plan.GetProperty("status").GetString());
        Assert.Equal(plan.GetProperty("tekort").GetInt32(), plan.GetProperty("verdeelbesluit").GetProperty("som").GetInt32());

        var openbaar = await _fabriek.Anoniem().GetFromJsonAsync<JsonElement>("/api/v1/verdeelbesluiten?cyclus=2024");
        Assert.Equal(1, openbaar.GetProperty("verdeelbesluiten").GetArrayLength());
        var audit = await min.GetFromJsonAsync<JsonElement>("/api/v1/audit");
        var acties = audit.GetProperty("regels").EnumerateArray().Select(r => r.GetProperty("actie").GetString()).ToList();
        foreach (var actie in new[] { "plan-toezegging", "plan-uitruil", "plan-indiening", "plan-vaststelling", "ingelogd" })
            Assert.Contains(actie, acties);
        Assert.Equal(1, acties.Count(x => x == "plan-uitruil"));
        var gegevens = await _fabriek.Anoniem().GetFromJsonAsync<JsonElement>("/api/v1/gegevens");
        Assert.Equal("PostgreSQL", gegevens.GetProperty("opslag").GetString());
    }
}
