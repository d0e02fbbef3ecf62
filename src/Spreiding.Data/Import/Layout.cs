namespace Spreiding.Data.Import;

/// <summary>The columns an importer uses, found from the header line (0-based indices).</summary>
internal sealed record Layout(ImportFormaat Formaat, int RegioKolom, int WaardeKolom, int? PeriodeKolom)
{
    /// <summary>
    /// Finds the region and period columns of a CBS file; <paramref name="waardeKolom"/> is the topic column the
    /// importer found. Codes are preferred over names when the download has both.
    /// </summary>
    public static Layout? Cbs(DelimitedFile file, int waardeKolom, bool namenToegestaan)
    {
        var header = file.Header;
        var regio = Enumerable.Range(0, header.Count).FirstOrDefault(i => CbsKolommen.IsRegioCode(header[i]), -1);
        if (regio < 0 && namenToegestaan)
            regio = Enumerable.Range(0, header.Count).FirstOrDefault(i => CbsKolommen.IsRegioNaam(header[i]), -1);
        if (regio < 0) return null;
        var periode = Enumerable.Range(0, header.Count).FirstOrDefault(i => CbsKolommen.IsPeriode(header[i]), -1);
        var odata = CbsKolommen.IsODataIdentifier(header[waardeKolom]) && CbsKolommen.IsODataIdentifier(header[regio]);
        return new Layout(odata ? ImportFormaat.CbsOData : ImportFormaat.CbsStatLine, regio, waardeKolom, periode < 0 ? null : periode);
    }
}
