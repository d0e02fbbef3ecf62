using Spreiding.Core.Indeling;

namespace Spreiding.Core.Locaties;

/// <summary>The kind of a reception location; only some kinds count toward the task (see the rules file).</summary>
public enum LocatieSoort
{
    Regulier,
    BijzondereAard,
    Aanmeldvoorziening,
    Amv,
    Noodopvang,
    Overig,
}

/// <summary>Where a location stands in its life.</summary>
public enum LocatieFase
{
    InGebruik,
    InRealisatie,
    InPlanvorming,
    Gesloten,
}

/// <summary>The administrative agreement (bestuursovereenkomst) between COA and the municipality.</summary>
/// <param name="Einddatum">The last day the agreement covers; null when open-ended or unknown.</param>
public sealed record Bestuursovereenkomst(bool Getekend, DateOnly? Datum, DateOnly? Einddatum)
{
    public static readonly Bestuursovereenkomst Geen = new(false, null, null);
}

/// <summary>
/// One location in the register. Valid by construction: non-empty id, known municipality code,
/// capacity of 0 or more, amv places within the capacity, an end date not before the start date.
/// </summary>
/// <param name="Id">The register's own key (e.g. COA's location number); stable across imports.</param>
/// <param name="Plaatsen">Capacity in places.</param>
/// <param name="AmvPlaatsen">Of which for unaccompanied minors.</param>
/// <param name="Einddatum">The last day of use; null when open-ended.</param>
public sealed record Locatie(
    string Id,
    string Naam,
    GemeenteCode Gemeente,
    int Plaatsen,
    int AmvPlaatsen,
    LocatieSoort Soort,
    LocatieFase Fase,
    DateOnly? Begindatum,
    DateOnly? Einddatum,
    Bestuursovereenkomst Bestuursovereenkomst,
    string? Bron = null,
    string? Opmerkingen = null)
{
    /// <summary>The problems that make this record invalid, in Dutch; empty when it is valid.</summary>
    public IReadOnlyList<string> Problemen()
    {
        var list = new List<string>();
        if (string.IsNullOrWhiteSpace(Id)) list.Add("de locatie heeft geen id");
        if (string.IsNullOrWhiteSpace(Naam)) list.Add("de locatie heeft geen naam");
        if (Plaatsen < 0) list.Add($"de capaciteit is negatief ({Plaatsen})");
        if (AmvPlaatsen < 0) list.Add($"het aantal amv-plaatsen is negatief ({AmvPlaatsen})");
        if (AmvPlaatsen > Plaatsen && Plaatsen >= 0) list.Add($"er zijn meer amv-plaatsen ({AmvPlaatsen}) dan plaatsen ({Plaatsen})");
        if (Begindatum is { } b && Einddatum is { } e && e < b)
            list.Add($"de einddatum {e:yyyy-MM-dd} ligt voor de begindatum {b:yyyy-MM-dd}");
        if (Bestuursovereenkomst is { Datum: { } d, Einddatum: { } de } && de < d)
            list.Add($"de einddatum van de bestuursovereenkomst {de:yyyy-MM-dd} ligt voor de datum van ondertekening {d:yyyy-MM-dd}");
        return list;
    }
}

/// <summary>The Dutch names of kinds and phases, as in files, rules and on the command line.</summary>
public static class LocatieNamen
{
    public static readonly IReadOnlyDictionary<string, LocatieSoort> Soorten = new Dictionary<string, LocatieSoort>(StringComparer.OrdinalIgnoreCase)
    {
        ["regulier"] = LocatieSoort.Regulier,
        ["bijzondere-aard"] = LocatieSoort.BijzondereAard,
        ["aanmeldvoorziening"] = LocatieSoort.Aanmeldvoorziening,
        ["amv"] = LocatieSoort.Amv,
        ["noodopvang"] = LocatieSoort.Noodopvang,
        ["overig"] = LocatieSoort.Overig,
    };

    public static readonly IReadOnlyDictionary<string, LocatieFase> Fasen = new Dictionary<string, LocatieFase>(StringComparer.OrdinalIgnoreCase)
    {
        ["in-gebruik"] = LocatieFase.InGebruik,
        ["in-realisatie"] = LocatieFase.InRealisatie,
        ["in-planvorming"] = LocatieFase.InPlanvorming,
        ["gesloten"] = LocatieFase.Gesloten,
    };

    public static string Naam(this LocatieSoort soort) => Soorten.First(kv => kv.Value == soort).Key;

    public static string Naam(this LocatieFase fase) => Fasen.First(kv => kv.Value == fase).Key;
}
