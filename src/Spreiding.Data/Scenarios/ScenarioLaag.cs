using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Prognose;

namespace Spreiding.Data.Scenarios;

/// <summary>Where a value was written: file, line and column, so a check after merging can still point at it.</summary>
internal sealed record Plek(string Bestand, long Regel, long Kolom)
{
    public InvalidInputException Fout(string melding) => new($"{Bestand}, regel {Regel}, kolom {Kolom}: {melding}.");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bestand} regel {Regel}");
}

/// <summary>A value with the place it was written.</summary>
internal readonly record struct Op<T>(T Waarde, Plek Plek);

/// <summary>A value that may be set explicitly to nothing (<c>doel: null</c>), as opposed to left out.</summary>
internal sealed record Gezet<T>(T? Waarde, Plek Plek) where T : class;

internal sealed record GelezenHefboom(Hefboom Hefboom, Plek Naam, Plek Start, Plek Effect);

internal sealed record GelezenIjkpunt(Ijkpunt Ijkpunt, Plek Datum);

/// <summary>
/// What one file says (or, after <see cref="Over"/>, what a file says on top of its bases). Absent keys are null,
/// so a derived file only overrides what it names.
/// </summary>
internal sealed class ScenarioLaag
{
    public required Plek Wortel { get; init; }
    public Op<string>? Naam { get; set; }
    public Op<string>? Omschrijving { get; set; }
    public Op<DateOnly>? Startdatum { get; set; }
    public Op<int>? Maanden { get; set; }
    public Op<DateOnly>? BehoeftePeildatum { get; set; }
    public Gezet<ScenarioDoel>? Doel { get; set; }
    public Op<ScenarioVerdeling>? Verdeling { get; set; }
    /// <summary>Where <c>parameters</c> was written in the file being read (for "missing parameter" errors).</summary>
    public Plek? ParametersPlek { get; set; }
    public Dictionary<string, Op<Bereik>> Parameters { get; } = new(StringComparer.Ordinal);
    public List<GelezenHefboom> Hefbomen { get; } = [];
    public Gezet<List<GelezenIjkpunt>>? Ijkpunten { get; set; }
    public Op<string>? ErftVan { get; set; }

    /// <summary>
    /// This file's keys applied over its base: parameters merge by name, levers are appended, every other key
    /// overrides.
    /// </summary>
    public ScenarioLaag Over(ScenarioLaag basis)
    {
        var samen = new ScenarioLaag
        {
            Wortel = Wortel,
            Naam = Naam ?? basis.Naam,
            Omschrijving = Omschrijving ?? basis.Omschrijving,
            Startdatum = Startdatum ?? basis.Startdatum,
            Maanden = Maanden ?? basis.Maanden,
            BehoeftePeildatum = BehoeftePeildatum ?? basis.BehoeftePeildatum,
            Doel = Doel ?? basis.Doel,
            Verdeling = Verdeling ?? basis.Verdeling,
            ParametersPlek = ParametersPlek,
            Ijkpunten = Ijkpunten ?? basis.Ijkpunten,
            ErftVan = ErftVan,
        };
        foreach (var (naam, bereik) in basis.Parameters) samen.Parameters[naam] = bereik;
        foreach (var (naam, bereik) in Parameters) samen.Parameters[naam] = bereik;
        samen.Hefbomen.AddRange(basis.Hefbomen);
        samen.Hefbomen.AddRange(Hefbomen);
        return samen;
    }
}
