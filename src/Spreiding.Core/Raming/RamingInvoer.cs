using Spreiding.Core.Apportionment;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Raming;

/// <summary>Choices a user may make that depart from the cycle's rules. Every departure is reported.</summary>
/// <param name="Totaal">Another national total than the rules' (a what-if).</param>
/// <param name="Sleuteltype">Another key type than the rules', e.g. <c>inwoners</c>.</param>
/// <param name="Gelijkspel">How ties at the margin are decided; refused (an error) by default.</param>
/// <param name="Minimum">A minimum number of places for every municipality.</param>
/// <param name="Maximum">A maximum number of places for every municipality.</param>
public sealed record RamingOpties(
    int? Totaal = null,
    ApportionmentMethod? Methode = null,
    string? Sleuteltype = null,
    TieRule? Gelijkspel = null,
    int? Minimum = null,
    int? Maximum = null);

public sealed record RamingInvoer(
    Cyclusregels Regels,
    GemeentelijkeIndeling Indeling,
    Bevolking Bevolking,
    SesWoa? SesWoa,
    RamingOpties Opties);

/// <summary>The key needs data that is not loaded for some municipalities (typically SES-WOA scores).</summary>
public sealed class OntbrekendeGegevensException(string sleutel, IReadOnlyList<Gemeente> ontbrekend, int aantalGemeenten, string message)
    : InvalidInputException(message)
{
    public string Sleutel { get; } = sleutel;
    public IReadOnlyList<Gemeente> Ontbrekend { get; } = ontbrekend;
    public int AantalGemeenten { get; } = aantalGemeenten;
}
