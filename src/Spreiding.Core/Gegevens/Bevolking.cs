using Spreiding.Core.Indeling;

namespace Spreiding.Core.Gegevens;

/// <summary>Where a dataset comes from: who publishes it, which table, and the credit line it needs.</summary>
/// <param name="Naam">Human readable, e.g. "CBS StatLine 03759ned".</param>
/// <param name="Attributie">Credit line required by the licence, e.g. "CBS, CC BY 4.0".</param>
public sealed record Bron(string Naam, string Attributie, string? Url = null);

/// <summary>
/// Inhabitants per municipality on a peildatum (CBS: population on 1 January). A value: its dictionary is not
/// changed after construction (the raming keeps a copy laid out by position with it).
/// </summary>
public sealed record Bevolking(DateOnly Peildatum, Bron Bron, IReadOnlyDictionary<GemeenteCode, int> Inwoners)
{
    public long Totaal => Inwoners.Values.Sum(v => (long)v);
}

/// <summary>
/// CBS SES-WOA total score (sociaal-economische status: welvaart, opleiding, arbeid) per municipality.
/// 0 is the national average. A table may be partial; <see cref="Ontbrekend"/> lists what it lacks. A value,
/// like <see cref="Bevolking"/>: its dictionary is not changed after construction.
/// </summary>
/// <param name="Periode">The CBS period the scores describe, e.g. "2022".</param>
public sealed record SesWoa(string Periode, Bron Bron, IReadOnlyDictionary<GemeenteCode, decimal> Scores)
{
    public IReadOnlyList<GemeenteCode> Ontbrekend(IEnumerable<Gemeente> gemeenten) =>
        gemeenten.Select(g => g.Code).Where(c => !Scores.ContainsKey(c)).OrderBy(c => c).ToList();
}
