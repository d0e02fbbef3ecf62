namespace Spreiding.Core.Plan;

/// <summary>Why an operation on a plan or a verdeelbesluit was refused; tests and edges match on this, users read the message.</summary>
public enum Weigeringsgrond
{
    OngeldigeInvoer,
    GemeenteNietInProvincie,
    GemeenteDubbel,
    PlanNietInConcept,
    LocatieOntbreekt,
    LocatieBijAndereGemeente,
    PlaatsenNegatief,
    PlaatsenNietPositief,
    ZelfdeGemeente,
    RedenOntbreekt,
    TaakOnderNul,
    TotaalTeGroot,
    AndereCyclus,
    TermijnOntbreekt,
    NaTermijn,
    AlIngediend,
    NietIngediend,
    MethodeTeltNietOp,
    GelijkeStand,
    VerschilZonderToelichting,
    AnderBesluit,
    BesluitVastgesteld,
    VolgordeOngeldig,
}

/// <summary>A refusal: the ground as data and a Dutch message saying what is wrong and what to do.</summary>
public sealed record Weigering(Weigeringsgrond Grond, string Melding);

/// <summary>
/// The outcome of an operation: a new value, or a refusal. A refusal changes nothing: the value the
/// operation was called on is immutable and stays as it was.
/// </summary>
public sealed class Uitkomst<T> where T : notnull
{
    private readonly T? _waarde;

    private Uitkomst(T? waarde, Weigering? weigering)
    {
        _waarde = waarde;
        Weigering = weigering;
    }

    public static Uitkomst<T> Gelukt(T waarde) => new(waarde, null);

    public static Uitkomst<T> Geweigerd(Weigeringsgrond grond, string melding) => new(default, new Weigering(grond, melding));

    public bool IsGelukt => Weigering is null;

    public Weigering? Weigering { get; }

    /// <summary>The new value; for a refusal an <see cref="InvalidInputException"/> with the Dutch message, for the edges.</summary>
    public T Waarde => Weigering is { } w ? throw new InvalidInputException(w.Melding) : _waarde!;

    public Uitkomst<TNieuw> Dan<TNieuw>(Func<T, Uitkomst<TNieuw>> volgende) where TNieuw : notnull =>
        Weigering is { } w ? Uitkomst<TNieuw>.Geweigerd(w.Grond, w.Melding) : volgende(_waarde!);

    public override string ToString() => Weigering is { } w ? $"Geweigerd ({w.Grond}): {w.Melding}" : $"Gelukt: {_waarde}";
}
