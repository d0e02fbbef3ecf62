using System.Globalization;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Data.Import;

namespace Spreiding.Data.Referentie;

/// <summary>
/// The CBS reference data carried in the repository (<c>data/referentie/</c>, see
/// <c>data/BRONNEN.md</c>): population on 1 January 2023 and the SES-WOA scores collected so far.
/// </summary>
public static class BundledData
{
    public static readonly Bron CbsBevolking2023 = new(
        "CBS-bevolking per gemeente op 1 januari 2023 (meegeleverd, data/referentie/bevolking_2023-01-01.csv)",
        "CBS, CC BY 4.0");

    public static readonly DateOnly Bevolking2023Peildatum = new(2023, 1, 1);

    public static Bevolking Bevolking2023(GemeentelijkeIndeling indeling)
    {
        using var reader = new StreamReader(EmbeddedFiles.Open("data/bevolking_2023-01-01.csv"));
        var import = BevolkingImporter.Read(reader, "bevolking_2023-01-01.csv", indeling, Bevolking2023Peildatum);
        return import.Bevolking with { Bron = CbsBevolking2023 };
    }

    /// <summary>
    /// The SES-WOA scores collected by hand from CBS tables (4 municipalities, mixed periods):
    /// real, but far from complete, so the statutory key cannot run on them alone.
    /// </summary>
    public static SesWoa SesWoaVerzameld()
    {
        using var reader = new StringReader(EmbeddedFiles.ReadText("data/ses_woa_verzameld.csv"));
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        var scores = new Dictionary<GemeenteCode, decimal>();
        foreach (var row in csv.GetRecords<dynamic>())
        {
            var fields = (IDictionary<string, object>)row;
            scores[GemeenteCode.Parse((string)fields["gm_code"])] =
                decimal.Parse((string)fields["ses_woa_score"], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }
        return new SesWoa(
            "gemengd (2019-2022)",
            new Bron("SES-WOA-scores verzameld uit CBS-tabellen 85900NED, 85539NED, 85163NED (meegeleverd, onvolledig)", "CBS, CC BY 4.0"),
            scores);
    }
}
