using System.Text.Json;

namespace Spreiding.Core.Publicatie;

/// <summary>
/// Reads canonical JSON back into the value model of <see cref="CanoniekeJson"/>: objects as
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/>, arrays as <see cref="IReadOnlyList{T}"/>, integers as
/// <see cref="long"/> (or <see cref="ulong"/> above its range), strings, booleans and null.
/// </summary>
public static class CanoniekeLezer
{
    public static object? Lees(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        return Waarde(document.RootElement);
    }

    private static object? Waarde(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.TryGetUInt64(out var u) ? u
            : throw new FormatException($"Geen geheel getal in canonieke JSON: {e.GetRawText()}"),
        JsonValueKind.Array => e.EnumerateArray().Select(Waarde).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Waarde(p.Value)),
        _ => throw new FormatException($"Onverwachte waarde in canonieke JSON: {e.ValueKind}"),
    };
}
