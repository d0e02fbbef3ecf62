namespace Spreiding.Core.Regels;

/// <summary>
/// A legal or published number with where it comes from (in the spirit of OpenFisca parameters):
/// the engine reads values from rules files only, never from literals in code.
/// </summary>
/// <param name="Bron">The article, publication or letter the value is taken from.</param>
/// <param name="Toelichting">Why the value is what it is, or what is uncertain about it.</param>
public sealed record Parameter<T>(T Waarde, string Bron, string? Url = null, string? Toelichting = null);
