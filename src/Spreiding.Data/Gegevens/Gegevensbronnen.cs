using Spreiding.Core;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Data.Import;
using Spreiding.Data.Opslag;
using Spreiding.Data.Referentie;

namespace Spreiding.Data.Gegevens;

/// <summary>
/// Decides which datasets a computation uses, in this order: a file named on the command line, the
/// most recent import in the database, the bundled reference data.
/// </summary>
public sealed class Gegevensbronnen(DatasetStore store)
{
    private GemeentelijkeIndeling? _indeling;

    public GemeentelijkeIndeling Indeling => _indeling ??= IndelingLoader.Bundled();

    public Bevolking Bevolking(DateOnly peildatum, string? bestand)
    {
        if (bestand is not null)
            return BevolkingImporter.Read(bestand, Indeling, peildatum).Bevolking;
        if (store.LatestBevolking(peildatum) is { } stored)
            return stored;
        if (peildatum == BundledData.Bevolking2023Peildatum)
            return BundledData.Bevolking2023(Indeling);
        throw new OntbrekendeBevolkingException(peildatum);
    }

    /// <param name="indelingOp">The date whose division a file's codes are checked against.</param>
    /// <param name="periode">The CBS period of a file without a Perioden column.</param>
    public SesWoa SesWoa(string? bestand, DateOnly indelingOp, string? periode = null) =>
        bestand is not null
            ? SesWoaImporter.Read(bestand, Indeling, indelingOp, periode).SesWoa
            : store.LatestSesWoa() ?? BundledData.SesWoaVerzameld();
}

/// <summary>No population is loaded for the peildatum the rules ask for.</summary>
public sealed class OntbrekendeBevolkingException(DateOnly peildatum) : InvalidInputException(
    $"Er is geen bevolking geladen met peildatum {Nederlands.Datum(peildatum)}; meegeleverd is alleen 1 januari 2023. " +
    $"Download de CBS-tabel 'Bevolking op 1 januari' (StatLine 03759ned) voor alle gemeenten en laad die met " +
    $"'spreiding data importeer bevolking BESTAND --peildatum {peildatum:yyyy-MM-dd}', of geef '--bevolking BESTAND'.")
{
    public DateOnly Peildatum { get; } = peildatum;
}
