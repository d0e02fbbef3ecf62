using Spreiding.Core;

namespace Spreiding.Data.Locaties;

/// <summary>The file formats of the location register: import, template and export.</summary>
public enum Bestandsformaat
{
    Csv,
    Xlsx,
}

public static class Bestandsformaten
{
    /// <summary>The spelling on the command line and in messages: <c>csv</c>, <c>xlsx</c>.</summary>
    public static string Naam(this Bestandsformaat formaat) => formaat == Bestandsformaat.Xlsx ? "xlsx" : "csv";

    /// <summary>Parses <c>csv</c> or <c>xlsx</c> (case-insensitive, a leading dot allowed), e.g. the value of <c>--formaat</c>.</summary>
    public static Bestandsformaat Parse(string tekst) =>
        tekst.Trim().TrimStart('.').ToLowerInvariant() switch
        {
            "csv" => Bestandsformaat.Csv,
            "xlsx" => Bestandsformaat.Xlsx,
            _ => throw new InvalidInputException($"'{tekst}' is geen bestandsformaat. Kies csv of xlsx."),
        };

    /// <summary>The format that belongs to a file name: <c>.csv</c> and <c>.txt</c> are CSV, <c>.xlsx</c> and <c>.xlsm</c> XLSX; null otherwise.</summary>
    public static Bestandsformaat? UitBestandsnaam(string bestandsnaam) =>
        Path.GetExtension(bestandsnaam).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => Bestandsformaat.Csv,
            ".xlsx" or ".xlsm" => Bestandsformaat.Xlsx,
            _ => null,
        };
}
