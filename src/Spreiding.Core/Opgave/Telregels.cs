using Spreiding.Core.Locaties;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Opgave;

/// <summary>
/// Which existing or coming places count toward a municipality's task, from the cycle's rules file.
/// </summary>
/// <param name="Peildatum">The date the count is made (COA's peildatum).</param>
/// <param name="BeschikbaarUiterlijk">A location must be in use by this date (its begindatum not later).</param>
/// <param name="BeschikbaarTotMinstens">A location (and its bestuursovereenkomst) must still be available on this date; null when not required.</param>
/// <param name="Soorten">The kinds of location that count.</param>
/// <param name="MinimumPlaatsenMeerDan">A location counts only with more than this many places.</param>
/// <param name="MinimaleDuurJaren">Durable: available for at least this many years (begindatum to einddatum).</param>
/// <param name="BestuursovereenkomstVereist">Only locations with a signed bestuursovereenkomst count.</param>
/// <param name="FaseFactoren">The share of a location's places that counts in each phase (planning counts with an uncertainty margin).</param>
public sealed record Telregels(
    Parameter<DateOnly> Peildatum,
    Parameter<DateOnly> BeschikbaarUiterlijk,
    Parameter<DateOnly?> BeschikbaarTotMinstens,
    Parameter<IReadOnlyList<LocatieSoort>> Soorten,
    Parameter<int> MinimumPlaatsenMeerDan,
    Parameter<int> MinimaleDuurJaren,
    Parameter<bool> BestuursovereenkomstVereist,
    IReadOnlyDictionary<LocatieFase, Parameter<decimal>> FaseFactoren);
