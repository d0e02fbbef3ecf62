using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Net.Http.Headers;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Api;

/// <summary>
/// JSON answers of <c>/api/v1</c>: camelCase, a strong ETag from the SHA-256 of the body (304 on a matching
/// If-None-Match), errors as <c>application/problem+json</c> in Dutch.
/// </summary>
public static class ApiAntwoord
{
    public const string Versie = "1.0.0";

    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A serialized body with its strong ETag, so a cached answer is not serialized or hashed again.</summary>
    public sealed record JsonLichaam(byte[] Bytes, string ETag);

    public static JsonLichaam Lichaam<T>(T waarde)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(waarde, Opties);
        return new JsonLichaam(body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"");
    }

    public static IResult Json<T>(HttpContext context, T waarde) => Json(context, Lichaam(waarde));

    public static IResult Json(HttpContext context, JsonLichaam lichaam)
    {
        var (body, etag) = (lichaam.Bytes, lichaam.ETag);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        if (Past(context.Request.Headers.IfNoneMatch, etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(body, "application/json; charset=utf-8");
    }

    private static bool Past(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var lijst)) return false;
        var eigen = EntityTagHeaderValue.Parse(etag);
        // If-None-Match uses the weak comparison (RFC 9110, 13.1.2).
        return lijst.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(eigen, useStrongComparison: false));
    }

    /// <summary>Runs an API handler; a <see cref="WebFout"/> becomes problem+json with its status.</summary>
    public static IResult Uitvoeren(HttpContext context, Func<IResult> handler)
    {
        try
        {
            return handler();
        }
        catch (WebFout fout)
        {
            return Probleem(context, fout);
        }
    }

    /// <summary>A <see cref="WebFout"/> as problem+json; a refusal by the rules carries its reason code as <c>grond</c>.</summary>
    public static IResult Probleem(HttpContext context, WebFout fout) =>
        Results.Problem(detail: fout.Detail, statusCode: fout.Status, title: fout.Titel, instance: context.Request.Path,
            extensions: fout.Grond is { } g ? new Dictionary<string, object?> { ["grond"] = g } : null);

    /// <summary>Runs an async API handler; a <see cref="WebFout"/> becomes problem+json with its status.</summary>
    public static async Task<IResult> UitvoerenAsync(HttpContext context, Func<Task<IResult>> handler)
    {
        try
        {
            return await handler();
        }
        catch (WebFout fout)
        {
            return Probleem(context, fout);
        }
    }

    public static string Basis(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

/// <summary>JSON request bodies: reading them with a Dutch error, and describing them in the OpenAPI document.</summary>
public static class ApiVerzoek
{
    /// <summary>
    /// The body as <typeparamref name="T"/> (null for a JSON <c>null</c> or an empty object mapped to null); unreadable JSON
    /// is a 400 problem saying where, followed by <paramref name="verwacht"/> (what the endpoint expects).
    /// </summary>
    public static async Task<T?> LeesJson<T>(HttpContext http, string verwacht)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, ApiAntwoord.Opties);
        }
        catch (JsonException e)
        {
            throw new WebFout(StatusCodes.Status400BadRequest, "Ongeldige JSON",
                $"Het verzoek is geen geldige JSON{(e.LineNumber is { } r ? $" (regel {r + 1}, positie {e.BytePositionInLine + 1})" : "")}: {e.Message.Split('.')[0]}. {verwacht}");
        }
    }

    /// <summary>
    /// <c>Accepts&lt;T&gt;</c> would also make routing refuse other content types, so that such a request falls through to the
    /// 404 fallback; the handlers check the content type themselves and answer 415 in Dutch.
    /// </summary>
    public static RouteHandlerBuilder JsonLichaam<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operatie, context, token) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, token);
            operatie.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
