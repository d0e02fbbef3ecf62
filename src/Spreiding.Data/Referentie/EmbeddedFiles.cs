using System.Reflection;

namespace Spreiding.Data.Referentie;

/// <summary>The rules, reference data and boundaries that are compiled into this assembly.</summary>
public static class EmbeddedFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedFiles).Assembly;

    /// <summary>Names such as <c>rules/cyclus-2024.yaml</c>, <c>data/provincies.csv</c>, <c>geo/gemeenten_2023.geojson</c>.</summary>
    public static IEnumerable<string> Names(string folder) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static Stream Open(string name) =>
        Assembly.GetManifestResourceStream(name)
        ?? throw new FileNotFoundException($"Embedded file '{name}' is missing from {Assembly.GetName().Name}.");

    public static string ReadText(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
