using System.Text.RegularExpressions;

namespace Spreiding.Web.Tests;

/// <summary>Reading and posting the app's HTML forms as a browser would: the antiforgery field and the plan's version.</summary>
public static partial class Formulieren
{
    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenVeld();

    [GeneratedRegex("name=\"versie\" value=\"(\\d+)\"")]
    private static partial Regex VersieVeld();

    public static async Task<string> Token(HttpClient client, string pad) => TokenVeld().Match(await client.GetStringAsync(pad)).Groups[1].Value;

    /// <summary>The antiforgery token and the plan version on a page ("" when the page has no plan form).</summary>
    public static async Task<(string Token, string Versie)> TokenEnVersie(HttpClient client, string pad)
    {
        var html = await client.GetStringAsync(pad);
        return (TokenVeld().Match(html).Groups[1].Value, VersieVeld().Match(html).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> Post(HttpClient client, string pad, string token, params (string, string)[] velden) =>
        client.PostAsync(pad, new FormUrlEncodedContent([.. velden.Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)), new("__af", token)]));
}
