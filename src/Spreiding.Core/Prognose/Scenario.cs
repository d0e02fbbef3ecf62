namespace Spreiding.Core.Prognose;

/// <summary>
/// A model figure with its uncertainty and source: the central value, and optionally a range that the
/// Monte Carlo runs sample from (triangular: min, most likely = <see cref="Waarde"/>, max).
/// </summary>
/// <param name="Bron">Where the figure comes from (publication, letter, or "modelaanname" with why).</param>
public sealed record Bereik(double Waarde, double? Min, double? Max, string Bron, string? Toelichting = null)
{
    public bool IsOnzeker => Min is not null && Max is not null && Min < Max;
}

/// <summary>
/// The stock-flow model's parameters by name. These are the names scenario files use; an unknown name is refused.
/// Rates are per year unless the name says otherwise; durations in months; shares between 0 and 1.
/// </summary>
public static class ModelParameters
{
    // Start state: persons in COA reception on the start date.
    public const string StartInProcedure = "start.in_procedure";
    public const string StartStatushouders = "start.statushouders";
    public const string StartNareizigers = "start.nareizigers";
    public const string StartAfgewezen = "start.afgewezen";

    // Inflow.
    public const string EersteAanvragenPerJaar = "instroom.eerste_aanvragen_per_jaar";
    public const string HerhaaldeAanvragenPerJaar = "instroom.herhaalde_aanvragen_per_jaar";
    public const string NareisPerJaar = "instroom.nareis_per_jaar";
    /// <summary>Share of arriving nareizigers who stay in COA reception (the others join family directly).</summary>
    public const string NareisAandeelInOpvang = "nareis.aandeel_in_opvang";
    /// <summary>Share of nareis that joins holders of subsidiary protection (the letter assumes half).</summary>
    public const string NareisAandeelSubsidiair = "nareis.aandeel_subsidiair";

    // Procedure and outflow.
    public const string ProcedureDuurMaanden = "procedure.gemiddelde_duur_maanden";
    public const string Inwilligingspercentage = "procedure.inwilligingspercentage";
    /// <summary>Average months a permit holder waits in reception for housing (the norm is 14 weeks).</summary>
    public const string StatushoudersWachttijdMaanden = "statushouders.wachttijd_maanden";
    public const string NareizigersVerblijfMaanden = "nareizigers.verblijf_maanden";
    public const string AfgewezenVertrekMaanden = "afgewezen.vertrek_maanden";

    public static readonly IReadOnlyList<string> Alle =
    [
        StartInProcedure, StartStatushouders, StartNareizigers, StartAfgewezen,
        EersteAanvragenPerJaar, HerhaaldeAanvragenPerJaar, NareisPerJaar, NareisAandeelInOpvang, NareisAandeelSubsidiair,
        ProcedureDuurMaanden, Inwilligingspercentage, StatushoudersWachttijdMaanden, NareizigersVerblijfMaanden, AfgewezenVertrekMaanden,
    ];
}

/// <summary>The kinds of policy lever a scenario can switch on.</summary>
public static class HefboomTypen
{
    /// <summary>Extra permit holders housed per month on top of the regular outflow (doorstroomlocaties, hotel- en accommodatieregeling, doelgroepflexibele regeling).</summary>
    public const string ExtraUitstroomStatushouders = "extra_uitstroom_statushouders";
    /// <summary>Share (0-1) of the nareis to holders of subsidiary protection that no longer arrives (two-year waiting term, income and housing requirements).</summary>
    public const string NareisBeperkingSubsidiair = "nareis_beperking_subsidiair";
    /// <summary>Share (0-1) by which first asylum applications fall (EU Migratiepact, Asielnoodmaatregelenwet, Tweestatusstelsel).</summary>
    public const string InstroomBeperking = "instroom_beperking";
    /// <summary>Any model parameter multiplied by a factor from the start date (<see cref="Hefboom.Parameter"/> names it).</summary>
    public const string Parameter = "parameter";

    public static readonly IReadOnlyList<string> Alle = [ExtraUitstroomStatushouders, NareisBeperkingSubsidiair, InstroomBeperking, Parameter];
}

/// <summary>A policy lever: what it does, from when, how strongly (with its range) and on whose authority.</summary>
/// <param name="Effect">The lever's strength in its own unit (see <see cref="HefboomTypen"/>), with a range.</param>
/// <param name="Parameter">For the user-defined lever: the model parameter it multiplies.</param>
public sealed record Hefboom(string Naam, string Type, DateOnly Start, Bereik Effect, string? Parameter = null);

/// <summary>How the need is shared out in each run: the cycle's rules, with the data available.</summary>
/// <param name="Cyclus">The rules file (total, key, method) whose distribution is applied to the forecast need.</param>
/// <param name="Sleutel">Key type override, e.g. <c>inwoners</c> while SES-WOA is incomplete; null = the rules' key.</param>
/// <param name="BevolkingPeildatum">The population date to use when the rules' date is not loaded; null = the rules' date.</param>
public sealed record ScenarioVerdeling(int Cyclus, string? Sleutel, DateOnly? BevolkingPeildatum);

/// <summary>
/// A scenario: start state and parameters (each with its source and range), levers, the horizon, and how the
/// national need is distributed. Read from <c>scenarios/*.yaml</c>.
/// </summary>
/// <param name="Startdatum">The first day of the first month modelled (the start state's date).</param>
/// <param name="Maanden">Months modelled from the start date.</param>
/// <param name="BehoeftePeildatum">The date whose need is the raming's total (e.g. 1 January 2027); within the horizon.</param>
/// <param name="Doel">What the baseline reproduces (e.g. 88,000) and within what tolerance, for the check.</param>
public sealed record Scenario(
    string Naam,
    string Bestand,
    string Omschrijving,
    DateOnly Startdatum,
    int Maanden,
    DateOnly BehoeftePeildatum,
    IReadOnlyDictionary<string, Bereik> Parameters,
    IReadOnlyList<Hefboom> Hefbomen,
    ScenarioVerdeling Verdeling,
    ScenarioDoel? Doel);

/// <summary>The published figure a baseline must reproduce, and the tolerance the file documents.</summary>
public sealed record ScenarioDoel(int Behoefte, int Marge, string Bron);
