using System.Globalization;
using Microsoft.Extensions.Primitives;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Scenarios;

/// <summary>
/// A lever as the page and the API offer it: query parameter <c>hefboom{Nummer}</c>, the value in force (the file's or
/// the chosen one) and the bounds a chosen value must keep. A lever with a range in the file may take any value within
/// that range (the chosen value becomes the mode of its triangular distribution; min and max stay); a lever without a
/// range is fixed.
/// </summary>
public sealed record HefboomKeuze(int Nummer, Hefboom Hefboom, double Waarde)
{
    public string Queryparameter => $"hefboom{Nummer.ToString(CultureInfo.InvariantCulture)}";
    public bool Aanpasbaar => Hefboom.Effect.IsOnzeker;
    public double Ondergrens => Hefboom.Effect.Min ?? Hefboom.Effect.Waarde;
    public double Bovengrens => Hefboom.Effect.Max ?? Hefboom.Effect.Waarde;
    public bool Gewijzigd => Waarde != Hefboom.Effect.Waarde;

    /// <summary>Extra outflow is a number of people per month: whole numbers only, as in the scenario files.</summary>
    public bool Geheel => Hefboom.Type == HefboomTypen.ExtraUitstroomStatushouders;

    public string Eenheid => Hefboom.Type switch
    {
        HefboomTypen.ExtraUitstroomStatushouders => "personen per maand",
        HefboomTypen.NareisBeperkingSubsidiair or HefboomTypen.InstroomBeperking => "aandeel van 0 tot 1",
        _ => $"factor op {Hefboom.Parameter}",
    };

    /// <summary>The lever with the value in force as its central value.</summary>
    public Hefboom Toegepast => Gewijzigd ? Hefboom with { Effect = Hefboom.Effect with { Waarde = Waarde } } : Hefboom;
}

/// <summary>
/// The query of a scenario page or API call, checked: <c>runs</c> (<see cref="MinimumRuns"/> to <see cref="MaximumRuns"/>,
/// default <see cref="StandaardRuns"/>), <c>zaad</c> (0 to 2^53 - 1, default <see cref="StandaardZaad"/>, the CLI's) and
/// <c>hefboom1</c>, <c>hefboom2</c>, ... for the scenario's levers in file order. A bad value is a 400 with a Dutch message.
/// </summary>
public sealed record ScenarioInvoer(string Naam, ScenarioBestand Bestand, int Runs, ulong Zaad, IReadOnlyList<HefboomKeuze> Hefbomen)
{
    /// <summary>Enough for stable P10/P50/P90 (nearest rank over 1,000 runs) and a page in well under a second.</summary>
    public const int StandaardRuns = 1000;
    public const int MinimumRuns = 100;
    public const int MaximumRuns = 10_000;
    public const ulong StandaardZaad = 2026;
    /// <summary>The largest seed a JSON client reads exactly (2^53 - 1).</summary>
    public const ulong MaximumZaad = 9_007_199_254_740_991;

    private const string HefboomVoorvoegsel = "hefboom";

    public static IReadOnlyList<string> Namen => ScenarioLoader.MeegeleverdeNamen();

    /// <summary>The bundled scenario <paramref name="naam"/>, or a Dutch 404.</summary>
    public static ScenarioBestand Zoek(string naam) =>
        Namen.Contains(naam, StringComparer.Ordinal) ? ScenarioLoader.Meegeleverd(naam) : throw WebFout.OnbekendScenario(naam, Namen);

    public static ScenarioInvoer Lees(string naam, IQueryCollection query)
    {
        var bestand = Zoek(naam);
        var runs = Verzoek.Geheel(Enkel(query, "runs"), "runs", StandaardRuns, MinimumRuns, MaximumRuns);
        var zaad = LeesZaad(Enkel(query, "zaad"));
        var hefbomen = bestand.Scenario.Hefbomen.Select((h, i) => new HefboomKeuze(i + 1, h, h.Effect.Waarde)).ToList();
        // Query keys are case-insensitive in ASP.NET Core; so are these.
        foreach (var sleutel in query.Keys.Where(k => k.StartsWith(HefboomVoorvoegsel, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase))
        {
            var keuze = hefbomen.FirstOrDefault(h => string.Equals(h.Queryparameter, sleutel, StringComparison.OrdinalIgnoreCase))
                ?? throw WebFout.OngeldigeParameter(sleutel, hefbomen.Count == 0
                    ? $"Scenario '{naam}' heeft geen hefbomen om aan te passen."
                    : $"Scenario '{naam}' heeft {hefbomen.Count} hefbomen: gebruik hefboom1 tot en met hefboom{hefbomen.Count}.");
            if (Enkel(query, sleutel) is not { Length: > 0 } tekst) continue;
            hefbomen[keuze.Nummer - 1] = keuze with { Waarde = LeesWaarde(keuze, tekst) };
        }
        return new ScenarioInvoer(naam, bestand, runs, zaad, hefbomen);
    }

    /// <summary>The scenario with the chosen lever values.</summary>
    public Scenario Scenario() =>
        Hefbomen.Any(h => h.Gewijzigd) ? Bestand.Scenario with { Hefbomen = Hefbomen.Select(h => h.Toegepast).ToList() } : Bestand.Scenario;

    /// <summary>Every value in force, so that the same figures give the same key whether or not the query named them.</summary>
    public string Sleutel => $"{Naam}|{Runs.ToString(CultureInfo.InvariantCulture)}|{Zaad.ToString(CultureInfo.InvariantCulture)}|" +
                             string.Join(";", Hefbomen.Select(h => h.Waarde.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>The query that reproduces these figures: runs, seed and every adjustable lever's value.</summary>
    public string Query() =>
        string.Join("&", new[] { $"runs={Runs.ToString(CultureInfo.InvariantCulture)}", $"zaad={Zaad.ToString(CultureInfo.InvariantCulture)}" }
            .Concat(Hefbomen.Where(h => h.Aanpasbaar).Select(h => $"{h.Queryparameter}={h.Waarde.ToString("R", CultureInfo.InvariantCulture)}")));

    private static string? Enkel(IQueryCollection query, string naam)
    {
        var waarden = query.TryGetValue(naam, out var w) ? w : StringValues.Empty;
        return waarden.Count > 1 ? throw WebFout.OngeldigeParameter(naam, $"Geef {naam} één keer op.") : waarden.ToString();
    }

    private static ulong LeesZaad(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return StandaardZaad;
        return ulong.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var zaad) && zaad <= MaximumZaad
            ? zaad
            : throw WebFout.OngeldigeParameter("zaad", string.Create(CultureInfo.InvariantCulture,
                $"'{tekst}' is geen geldig zaad: geef een geheel getal van 0 tot en met {MaximumZaad}."));
    }

    private static double LeesWaarde(HefboomKeuze keuze, string tekst)
    {
        var naam = $"{keuze.Queryparameter} ({keuze.Hefboom.Naam})";
        if (!keuze.Aanpasbaar)
        {
            if (Getal(tekst) == keuze.Hefboom.Effect.Waarde) return keuze.Hefboom.Effect.Waarde;
            throw WebFout.OngeldigeParameter(keuze.Queryparameter,
                $"{naam} heeft in het scenariobestand geen bereik (min en max); de waarde {Pagina.Getal(keuze.Hefboom.Effect.Waarde)} ligt vast.");
        }
        var grenzen = $"geef {(keuze.Geheel ? "een geheel getal" : "een getal")} van {Pagina.Getal(keuze.Ondergrens)} tot en met {Pagina.Getal(keuze.Bovengrens)} " +
                      $"({keuze.Eenheid}; het bereik uit het scenariobestand).";
        var waarde = Getal(tekst);
        if (waarde is not { } w || w < keuze.Ondergrens || w > keuze.Bovengrens || (keuze.Geheel && w != Math.Floor(w)))
            throw WebFout.OngeldigeParameter(keuze.Queryparameter, $"'{tekst}' is geen geldige waarde voor {naam}: {grenzen}");
        return w;
    }

    /// <summary>A number with a decimal point, or a decimal comma as Dutch people write it; no thousands separators.</summary>
    private static double? Getal(string tekst)
    {
        var t = tekst.Trim();
        if (!t.Contains('.', StringComparison.Ordinal)) t = t.Replace(',', '.');
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && double.IsFinite(w)
            ? w
            : null;
    }
}
