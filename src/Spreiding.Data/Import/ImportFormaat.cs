namespace Spreiding.Data.Import;

/// <summary>The layout an importer recognised from the header line of a file.</summary>
public enum ImportFormaat
{
    /// <summary>A plain two-column file, <c>gemeentecode;inwoners</c> or <c>gemeentecode;ses_woa</c>.</summary>
    Eenvoudig,

    /// <summary>A CSV download from CBS StatLine (headers such as <c>Regio's</c>, <c>Bevolking op 1 januari (aantal)</c>).</summary>
    CbsStatLine,

    /// <summary>A CSV export of a CBS OData TypedDataSet/UntypedDataSet (headers such as <c>RegioS</c>, <c>BevolkingOp1Januari_1</c>).</summary>
    CbsOData,
}

public static class ImportFormaatExtensions
{
    /// <summary>Dutch description for messages and the <c>Bron</c>.</summary>
    public static string Omschrijving(this ImportFormaat formaat) => formaat switch
    {
        ImportFormaat.Eenvoudig => "eenvoudig bestand",
        ImportFormaat.CbsStatLine => "CBS StatLine-download",
        ImportFormaat.CbsOData => "CBS OData-export",
        _ => formaat.ToString(),
    };
}
