namespace Spreiding.Core.Locaties;

/// <summary>
/// One stored version of a location: what it was from <see cref="GewijzigdOp"/> until the next version.
/// A removal is a version with <see cref="Verwijderd"/> set; nothing is ever overwritten.
/// </summary>
/// <param name="Versie">1 for the first version; optimistic concurrency compares it.</param>
/// <param name="GewijzigdDoor">Who made the change (user name, or the import's description).</param>
public sealed record LocatieVersie(Locatie Locatie, int Versie, DateTimeOffset GewijzigdOp, string GewijzigdDoor, bool Verwijderd);

/// <summary>A write based on a version that is no longer the latest: refused, nothing changed.</summary>
public sealed class VerouderdeVersieException(string id, int verwacht, int actueel, string door, DateTimeOffset op)
    : InvalidInputException(
        $"Locatie {id} is intussen gewijzigd (versie {actueel} door {door} op {op:yyyy-MM-dd HH:mm}), terwijl uw wijziging uitging van versie {verwacht}. " +
        "Er is niets opgeslagen; haal de locatie opnieuw op en breng uw wijziging daarop aan.")
{
    public string Id { get; } = id;
    public int Verwacht { get; } = verwacht;
    public int Actueel { get; } = actueel;
}
