using Spreiding.Core.Locaties;

namespace Spreiding.Data.Locaties;

/// <summary>The kind of value a column holds; decides how a cell is read and how it is written.</summary>
public enum KolomType
{
    Tekst,
    GeheelGetal,
    Datum,
    JaNee,
    Gemeentecode,
    Soort,
    Fase,
}

/// <summary>
/// One column of the location file. The same list drives the reader, the template (with its sheet
/// "Toelichting"), the exports and <c>docs/locaties-kolommen.md</c>.
/// </summary>
/// <param name="Naam">The canonical header, as written by the template and the exports.</param>
/// <param name="Verplicht">Whether the column must be in the file and filled in on every row.</param>
/// <param name="Aliassen">Other headers that are recognised for this column (only used when the canonical header is absent).</param>
/// <param name="Betekenis">Dutch: what the column means.</param>
/// <param name="Waarden">Dutch: the allowed values or notation.</param>
/// <param name="Voorbeeld">An example value as it would be typed in the file.</param>
/// <param name="Breedte">Column width in the XLSX template and export (Excel character units).</param>
public sealed record LocatieKolom(
    string Naam,
    KolomType Type,
    bool Verplicht,
    IReadOnlyList<string> Aliassen,
    string Betekenis,
    string Waarden,
    string Voorbeeld,
    double Breedte);

/// <summary>The columns of the location register file, in the order the template and the exports write them.</summary>
public static class LocatieKolommen
{
    public const string Id = "id";
    public const string Naam = "naam";
    public const string Gemeentecode = "gemeentecode";
    public const string Plaatsen = "plaatsen";
    public const string AmvPlaatsen = "amv_plaatsen";
    public const string Soort = "soort";
    public const string Fase = "fase";
    public const string Begindatum = "begindatum";
    public const string Einddatum = "einddatum";
    public const string BoGetekend = "bo_getekend";
    public const string BoDatum = "bo_datum";
    public const string BoEinddatum = "bo_einddatum";
    public const string Bron = "bron";
    public const string Opmerkingen = "opmerkingen";

    private const string DatumNotatie = "JJJJ-MM-DD (2024-03-01) of DD-MM-JJJJ (01-03-2024, ook 1-3-2024); in Excel ook een datumcel; leeg = onbekend";

    /// <summary>The allowed kinds, as written in files: <c>regulier, bijzondere-aard, ...</c>.</summary>
    public static string SoortenLijst => string.Join(", ", LocatieNamen.Soorten.Keys);

    /// <summary>The allowed phases, as written in files: <c>in-gebruik, in-realisatie, ...</c>.</summary>
    public static string FasenLijst => string.Join(", ", LocatieNamen.Fasen.Keys);

    public static readonly IReadOnlyList<LocatieKolom> Alle =
    [
        new(Id, KolomType.Tekst, true, ["locatie_id", "locatienummer"],
            "De eigen sleutel van de locatie in het register, bijvoorbeeld het locatienummer van het COA. Blijft bij elke import gelijk: zo herkent Spreiding een bestaande locatie.",
            "tekst; uniek in het bestand (hoofdletters tellen mee)", "COA-0123", 14),
        new(Naam, KolomType.Tekst, true, ["locatienaam"],
            "De naam van de locatie.", "tekst", "AZC Voorbeeldstad Stationsweg", 36),
        new(Gemeentecode, KolomType.Gemeentecode, true, ["gemeente", "gm_code"],
            "De gemeente waarin de locatie ligt, als CBS-gemeentecode (geen naam).",
            "GM0363, 0363 of 363; de gemeente moet bestaan in de gemeentelijke indeling", "GM0363", 14),
        new(Plaatsen, KolomType.GeheelGetal, true, ["capaciteit", "aantal_plaatsen"],
            "De capaciteit van de locatie in opvangplaatsen.", "geheel getal, 0 of meer", "400", 10),
        new(AmvPlaatsen, KolomType.GeheelGetal, false, ["amv"],
            "Waarvan plaatsen voor alleenstaande minderjarige vreemdelingen (amv).",
            "geheel getal, 0 of meer en niet meer dan plaatsen; leeg = 0", "40", 13),
        new(Soort, KolomType.Soort, true, [],
            "De soort locatie.", "een van: " + SoortenLijst + " (hoofdletters en spaties in plaats van streepjes mogen)", "regulier", 20),
        new(Fase, KolomType.Fase, true, [],
            "Waar de locatie staat in haar bestaan.", "een van: " + FasenLijst + " (hoofdletters en spaties in plaats van streepjes mogen)", "in-gebruik", 16),
        new(Begindatum, KolomType.Datum, false, ["startdatum"],
            "De eerste dag waarop de locatie in gebruik is (of naar verwachting wordt).", DatumNotatie, "2024-03-01", 12),
        new(Einddatum, KolomType.Datum, false, [],
            "De laatste dag van gebruik; leeg als die niet vastligt.", DatumNotatie + "; niet voor de begindatum", "2029-02-28", 12),
        new(BoGetekend, KolomType.JaNee, false, ["bestuursovereenkomst"],
            "Of de bestuursovereenkomst tussen het COA en de gemeente getekend is.", "ja of nee (ook true/false, 1/0); leeg = nee", "ja", 12),
        new(BoDatum, KolomType.Datum, false, [],
            "De datum waarop de bestuursovereenkomst is getekend.", DatumNotatie, "2024-01-15", 12),
        new(BoEinddatum, KolomType.Datum, false, [],
            "De laatste dag die de bestuursovereenkomst dekt; leeg als die niet vastligt of onbekend is.",
            DatumNotatie + "; niet voor bo_datum", "2034-01-14", 13),
        new(Bron, KolomType.Tekst, false, [],
            "Waar de gegevens van deze regel vandaan komen.", "tekst; leeg mag", "COA-overzicht mei 2024", 24),
        new(Opmerkingen, KolomType.Tekst, false, ["opmerking"],
            "Vrije toelichting.", "tekst; leeg mag", "uitbreiding met 100 plaatsen gepland", 40),
    ];

    /// <summary>The canonical headers in order: <c>id, naam, gemeentecode, ...</c>.</summary>
    public static IReadOnlyList<string> Namen { get; } = Alle.Select(k => k.Naam).ToList();

    public static LocatieKolom Kolom(string naam) => Alle.First(k => k.Naam == naam);

    /// <summary>
    /// The comparison key of a header: lower case, letters and digits only, so that <c>AMV-plaatsen</c>,
    /// <c>amv plaatsen</c> and <c>amv_plaatsen</c> are the same header.
    /// </summary>
    public static string Sleutel(string header)
    {
        var chars = header.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray();
        return new string(chars);
    }
}
