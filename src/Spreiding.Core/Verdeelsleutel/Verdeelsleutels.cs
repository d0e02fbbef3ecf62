using System.Runtime.CompilerServices;
using Spreiding.Core.Regels;

namespace Spreiding.Core.Verdeelsleutel;

/// <summary>
/// The registry of key types. A new key (an NRW-like population/area mix, say) is one class and one
/// entry here; the raming, the rules loader and the CLI need no change.
/// </summary>
public static class Verdeelsleutels
{
    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, decimal>, IVerdeelsleutel>> Factories =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [InwonersSesWoaSleutel.TypeNaam] = p => new InwonersSesWoaSleutel(Required(p, "k", InwonersSesWoaSleutel.TypeNaam)),
            [InwonersSleutel.TypeNaam] = _ => new InwonersSleutel(),
        };

    /// <summary>Short names accepted on the command line for the key types.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ses-woa"] = InwonersSesWoaSleutel.TypeNaam,
    };

    public static IReadOnlyCollection<string> Types => Factories.Keys;

    public static string Canonical(string type) => Aliases.TryGetValue(type.Trim(), out var t) ? t : type.Trim();

    public static bool Exists(string type) => Factories.ContainsKey(Canonical(type));

    // Keys are immutable and a pure function of their rule: made once per rule.
    private static readonly ConditionalWeakTable<SleutelRegel, IVerdeelsleutel> ByRule = new();

    /// <summary>The key a rule describes, with the rule's parameters.</summary>
    public static IVerdeelsleutel FromRule(SleutelRegel regel) =>
        ByRule.GetValue(regel, static r => Create(r.Type, r.Parameters.ToDictionary(p => p.Key, p => p.Value.Waarde)));

    public static IVerdeelsleutel Create(string type, IReadOnlyDictionary<string, decimal> parameters) =>
        Factories.TryGetValue(Canonical(type), out var factory)
            ? factory(parameters)
            : throw new InvalidInputException(
                $"Onbekende verdeelsleutel '{type}'. Kies uit: {string.Join(", ", Factories.Keys.Concat(Aliases.Keys).Order())}.");

    private static decimal Required(IReadOnlyDictionary<string, decimal> p, string name, string type) =>
        p.TryGetValue(name, out var v)
            ? v
            : throw new InvalidInputException($"De verdeelsleutel '{type}' heeft de parameter '{name}' nodig.");
}
