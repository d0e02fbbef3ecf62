using System.Text;
using ClosedXML.Excel;

namespace Spreiding.Data.Locaties;

/// <summary>
/// The empty file a user fills in: the header row of <see cref="LocatieKolommen"/>.
/// <list type="bullet">
/// <item>CSV: semicolons and a UTF-8 byte order mark, so that Dutch Excel opens it in columns and keeps
/// accented letters; the import reads it back (as it reads commas).</item>
/// <item>XLSX: sheet "Locaties" with a bold, frozen header, column widths, drop-down lists for soort, fase and
/// bo_getekend, whole-number checks for the capacities, date format for the date columns, text format for id and
/// gemeentecode (so 0363 keeps its zero); sheet "Toelichting" explains every column and its allowed values.</item>
/// </list>
/// </summary>
public static class LocatieSjabloon
{
    /// <summary>The name of the data sheet in the template and the XLSX export; the import looks for it first.</summary>
    public const string Werkblad = "Locaties";

    public const string ToelichtingWerkblad = "Toelichting";

    public static void Schrijf(string path, Bestandsformaat formaat)
    {
        using var stream = File.Create(path);
        Schrijf(stream, formaat);
    }

    public static void Schrijf(Stream stream, Bestandsformaat formaat)
    {
        if (formaat == Bestandsformaat.Csv)
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
            var kop = string.Join(';', LocatieKolommen.Namen) + "\r\n";
            stream.Write(bytes.GetPreamble());
            stream.Write(bytes.GetBytes(kop));
            return;
        }

        using var workbook = new XLWorkbook();
        var breedtes = LocatieKolommen.Alle.Select(k => k.Breedte).ToList();
        var ws = XlsxTabel.Voeg(workbook, new XlsxWerkblad(Werkblad, LocatieKolommen.Namen, []) { Breedtes = breedtes }, out var kopRij);
        Invoerhulp(ws, kopRij);
        Toelichting(workbook);
        ws.SetTabActive();
        workbook.SaveAs(stream);
    }

    /// <summary>Lists, number checks and cell formats under the header, for the template and the XLSX export.</summary>
    internal static void Invoerhulp(IXLWorksheet ws, int kopRij)
    {
        const int laatsteRij = 1_048_576;
        for (var k = 0; k < LocatieKolommen.Alle.Count; k++)
        {
            var kolom = LocatieKolommen.Alle[k];
            var bereik = ws.Range(kopRij + 1, k + 1, laatsteRij, k + 1);
            switch (kolom.Type)
            {
                case KolomType.Soort:
                    Lijst(bereik, kolom, LocatieKolommen.SoortenLijst);
                    break;
                case KolomType.Fase:
                    Lijst(bereik, kolom, LocatieKolommen.FasenLijst);
                    break;
                case KolomType.JaNee:
                    Lijst(bereik, kolom, "ja, nee");
                    break;
                case KolomType.GeheelGetal:
                    var getal = bereik.SetDataValidation();
                    getal.WholeNumber.EqualOrGreaterThan(0);
                    Melding(getal, kolom, "Vul een geheel getal in van 0 of meer" + (kolom.Naam == LocatieKolommen.AmvPlaatsen ? ", niet meer dan plaatsen; leeg = 0." : "."));
                    break;
                // Formats on the whole column: a style on a range of a million rows would create every cell.
                case KolomType.Datum:
                    ws.Column(k + 1).Style.DateFormat.Format = XlsxTabel.Datumnotatie;
                    break;
                case KolomType.Tekst when kolom.Naam == LocatieKolommen.Id:
                case KolomType.Gemeentecode:
                    ws.Column(k + 1).Style.NumberFormat.Format = "@";
                    break;
            }
        }
    }

    private static void Lijst(IXLRange bereik, LocatieKolom kolom, string waarden)
    {
        var validatie = bereik.SetDataValidation();
        validatie.List("\"" + waarden.Replace(" ", "", StringComparison.Ordinal) + "\"", true);
        Melding(validatie, kolom, "Kies uit de lijst: " + waarden + ".");
    }

    private static void Melding(IXLDataValidation validatie, LocatieKolom kolom, string melding)
    {
        validatie.ErrorStyle = XLErrorStyle.Stop;
        validatie.ErrorTitle = kolom.Naam; // Excel allows at most 32 characters here and 225 in the message
        validatie.ErrorMessage = melding.Length <= 225 ? melding : melding[..225];
        validatie.ShowErrorMessage = true;
    }

    private static void Toelichting(XLWorkbook workbook)
    {
        var rijen = LocatieKolommen.Alle.Select(k => (IReadOnlyList<object?>)
        [
            k.Naam,
            k.Verplicht ? "ja" : "nee",
            k.Betekenis,
            k.Waarden,
            k.Voorbeeld,
            k.Aliassen.Count == 0 ? null : string.Join(", ", k.Aliassen),
        ]).ToList();
        var blad = new XlsxWerkblad(ToelichtingWerkblad, ["kolom", "verplicht", "betekenis", "toegestane waarden", "voorbeeld", "ook herkend als"], rijen)
        {
            Titel = "Toelichting bij het locatiebestand",
            Breedtes = [16, 10, 60, 60, 30, 28],
            Voetnoten =
            [
                "Vul de locaties in op het werkblad 'Locaties': de eerste rij is de kopregel, daaronder één rij per locatie.",
                "De volgorde van de kolommen is vrij; hoofdletters in de kopregel tellen niet. Kolommen die hier niet staan, worden overgeslagen.",
                "Het bestand is het hele register: locaties die niet in het bestand staan, worden bij het inlezen verwijderd (behalve met --aanvullen).",
                "Inlezen: spreiding locaties importeer BESTAND [--dry-run] [--aanvullen]. Bij een fout wordt niets overgenomen en staan alle problemen met rij en kolom in de melding.",
                "Zie docs/locaties-kolommen.md voor de volledige beschrijving.",
            ],
        };
        var ws = XlsxTabel.Voeg(workbook, blad, out var kopRij);
        var tabel = ws.Range(kopRij + 1, 1, kopRij + rijen.Count, 6);
        tabel.Style.Alignment.WrapText = true;
        tabel.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
