using System.Globalization;

namespace Spreiding.Core.Prognose;

/// <summary>
/// The monthly stock-flow model of COA reception. Four groups are in reception: asylum seekers in procedure (P),
/// permit holders waiting for housing (S), nareizigers (family members joining a permit holder, N) and rejected
/// asylum seekers awaiting departure (A). Occupancy is P + S + N + A; the need for places is occupancy divided by
/// COA's target occupancy (capaciteit = bezetting / 0,91).
/// <para>
/// Each month t (from the first day of month t to the first day of month t + 1), with q the parameters in force in
/// that month and share(d) = min(1, 1/d) for a duration d in months:
/// </para>
/// <code>
/// aanvragen     = eerste_aanvragen_per_jaar / 12 x instroomrest + herhaalde_aanvragen_per_jaar / 12
/// nareis        = nareis_per_jaar / 12 x aandeel_in_opvang x (1 - aandeel_subsidiair x (1 - nareisrest))
/// besluiten     = P x share(procedure_duur);   inwilligingen = besluiten x inwilligingspercentage
/// uitstroom S   = S x share(wachttijd) + min(extra, S - S x share(wachttijd))
/// uitstroom N   = N x share(verblijf);         uitstroom A = A x share(vertrek)
/// P' = P + aanvragen - besluiten
/// S' = S + inwilligingen - uitstroom S
/// N' = N + nareis - uitstroom N
/// A' = A + (besluiten - inwilligingen) - uitstroom A
/// </code>
/// <para>
/// Outflows are taken from the stock at the start of the month (explicit Euler), so no stock can become negative.
/// A share 1/d leaving each month gives a geometric stay with mean d months. Inflows are the yearly figure spread
/// evenly over the months (no seasonality). Levers act from the month that contains their start date
/// (month granularity) to the end of the horizon: <c>extra_uitstroom_statushouders</c> adds to <c>extra</c> (people
/// per month, at most the permit holders left after the regular outflow); <c>nareis_beperking_subsidiair</c> and
/// <c>instroom_beperking</c> multiply the remaining shares <c>nareisrest</c> and <c>instroomrest</c> by (1 - effect), so
/// two such levers combine as 1 - (1 - e1)(1 - e2); <c>parameter</c> multiplies the named parameter by the effect
/// (a start-state parameter only when the lever is in force at the start date). Shares that a multiplier pushes
/// above 1 are capped at 1.
/// </para>
/// <para>
/// The model computes in <see cref="double"/>, unlike the apportionment: it models numbers of people under
/// uncertain assumptions (inflow, durations) whose ranges are thousands wide, so a rounding error of 1e-12 places
/// is irrelevant, while exact fractions would cost orders of magnitude in speed for thousands of runs. Only the
/// national need is rounded (half up, to whole places) before it is apportioned exactly.
/// </para>
/// </summary>
public static class Prognosemodel
{
    /// <summary>Validates the scenario once and prepares it for many fast simulations.</summary>
    /// <exception cref="InvalidInputException">The scenario is incomplete or a value lies outside its domain (Dutch message).</exception>
    public static VoorbereidScenario Bereid(Scenario scenario) => new(scenario);

    /// <summary>The central path: every parameter and lever at its <see cref="Bereik.Waarde"/>.</summary>
    public static Prognosepad Simuleer(Scenario scenario, double doelbezetting)
    {
        var v = Bereid(scenario);
        return v.Pad(v.CentraleParameterwaarden, v.CentraleEffecten, doelbezetting);
    }

    /// <summary>
    /// One path with the given values. <paramref name="parameterwaarden"/> may name any subset of
    /// <see cref="ModelParameters"/>; the others take the scenario's central value. <paramref name="hefboomeffecten"/>
    /// has one effect per lever of the scenario, in the order of <see cref="Scenario.Hefbomen"/>.
    /// </summary>
    public static Prognosepad Simuleer(
        Scenario scenario, IReadOnlyDictionary<string, double> parameterwaarden, IReadOnlyList<double> hefboomeffecten, double doelbezetting)
    {
        var v = Bereid(scenario);
        var (p, e) = v.Waarden(parameterwaarden, hefboomeffecten);
        return v.Pad(p, e, doelbezetting);
    }

    /// <summary>Only the need on <see cref="Scenario.BehoeftePeildatum"/> for the given values (see <see cref="Simuleer(Scenario, IReadOnlyDictionary{string, double}, IReadOnlyList{double}, double)"/>).
    /// For many runs use <see cref="Bereid"/> and <see cref="VoorbereidScenario.Behoefte"/>, which allocates nothing.</summary>
    public static double BehoefteOpPeildatum(
        Scenario scenario, IReadOnlyDictionary<string, double> parameterwaarden, IReadOnlyList<double> hefboomeffecten, double doelbezetting)
    {
        var v = Bereid(scenario);
        var (p, e) = v.Waarden(parameterwaarden, hefboomeffecten);
        return v.Behoefte(p, e, doelbezetting);
    }

    internal static void ControleerDoelbezetting(double doelbezetting)
    {
        if (!double.IsFinite(doelbezetting) || doelbezetting <= 0 || doelbezetting > 1)
            throw new InvalidInputException(
                $"De doelbezetting moet groter dan 0 en hooguit 1 zijn (COA: 0,91); gegeven: {doelbezetting.ToString(CultureInfo.InvariantCulture)}.");
    }
}

/// <summary>Whether an uncertain figure is a model parameter or a lever's effect.</summary>
public enum GrootheidSoort
{
    Parameter,
    Hefboom,
}

/// <summary>A figure the Monte Carlo runs sample: triangular(<see cref="Min"/>, <see cref="Modus"/>, <see cref="Max"/>).</summary>
/// <param name="Naam">The parameter name, or the lever's <see cref="Hefboom.Naam"/>.</param>
/// <param name="Index">Index into the parameter values (order of <see cref="ModelParameters.Alle"/>) or the lever effects.</param>
public sealed record OnzekereGrootheid(string Naam, GrootheidSoort Soort, int Index, double Min, double Modus, double Max, string Bron);

/// <summary>
/// A scenario checked and laid out for fast simulation: parameter values as an array in the order of
/// <see cref="ModelParameters.Alle"/>, lever effects in the order of <see cref="Scenario.Hefbomen"/>.
/// Immutable and safe to use from several threads at once.
/// </summary>
public sealed class VoorbereidScenario
{
    private enum Soort : byte { ExtraUitstroom, NareisBeperking, InstroomBeperking, Parameter }

    private static readonly int IxStartP = Ix(ModelParameters.StartInProcedure);
    private static readonly int IxStartS = Ix(ModelParameters.StartStatushouders);
    private static readonly int IxStartN = Ix(ModelParameters.StartNareizigers);
    private static readonly int IxStartA = Ix(ModelParameters.StartAfgewezen);
    private static readonly int IxEerste = Ix(ModelParameters.EersteAanvragenPerJaar);
    private static readonly int IxHerhaald = Ix(ModelParameters.HerhaaldeAanvragenPerJaar);
    private static readonly int IxNareis = Ix(ModelParameters.NareisPerJaar);
    private static readonly int IxOpvang = Ix(ModelParameters.NareisAandeelInOpvang);
    private static readonly int IxSubsidiair = Ix(ModelParameters.NareisAandeelSubsidiair);
    private static readonly int IxDuur = Ix(ModelParameters.ProcedureDuurMaanden);
    private static readonly int IxInwilliging = Ix(ModelParameters.Inwilligingspercentage);
    private static readonly int IxWachttijd = Ix(ModelParameters.StatushoudersWachttijdMaanden);
    private static readonly int IxVerblijf = Ix(ModelParameters.NareizigersVerblijfMaanden);
    private static readonly int IxVertrek = Ix(ModelParameters.AfgewezenVertrekMaanden);

    /// <summary>The parameters the model uses; each must be in the scenario.</summary>
    private static readonly string[] Gebruikt =
    [
        ModelParameters.StartInProcedure, ModelParameters.StartStatushouders, ModelParameters.StartNareizigers, ModelParameters.StartAfgewezen,
        ModelParameters.EersteAanvragenPerJaar, ModelParameters.HerhaaldeAanvragenPerJaar, ModelParameters.NareisPerJaar,
        ModelParameters.NareisAandeelInOpvang, ModelParameters.NareisAandeelSubsidiair, ModelParameters.ProcedureDuurMaanden,
        ModelParameters.Inwilligingspercentage, ModelParameters.StatushoudersWachttijdMaanden, ModelParameters.NareizigersVerblijfMaanden,
        ModelParameters.AfgewezenVertrekMaanden,
    ];

    private static int Ix(string naam)
    {
        for (var i = 0; i < ModelParameters.Alle.Count; i++)
            if (ModelParameters.Alle[i] == naam) return i;
        throw new InvalidOperationException($"Parameter {naam} ontbreekt in ModelParameters.Alle.");
    }

    private readonly double[] _parameters;
    private readonly double[] _effecten;
    private readonly Soort[] _soort;
    private readonly int[] _start;
    private readonly int[] _doelparameter;
    private readonly int[] _volgorde;
    private readonly OnzekereGrootheid[] _onzeker;
    internal readonly DateOnly[] DatumArray;

    /// <summary>Index of the month point at or before the peildatum, and the fraction of that month elapsed.</summary>
    internal readonly int PeilIndex;
    internal readonly double PeilFractie;

    public Scenario Scenario { get; }
    public int Maanden { get; }

    /// <summary>The first day of each month from the start date: <see cref="Maanden"/> + 1 points.</summary>
    public IReadOnlyList<DateOnly> Datums => DatumArray;

    /// <summary>Central parameter values in the order of <see cref="ModelParameters.Alle"/> (NaN for a name the model does not use and the scenario lacks).</summary>
    public ReadOnlySpan<double> CentraleParameterwaarden => _parameters;

    /// <summary>Central lever effects in the order of <see cref="Scenario.Hefbomen"/>.</summary>
    public ReadOnlySpan<double> CentraleEffecten => _effecten;

    /// <summary>The figures with a range, parameters first (order of <see cref="ModelParameters.Alle"/>), then lever effects (scenario order).</summary>
    public IReadOnlyList<OnzekereGrootheid> Onzeker => _onzeker;

    /// <summary>The uncertain figures laid out for the Monte Carlo draw (no interface calls in the loop).</summary>
    internal readonly struct Trekgegevens(ulong sleutel, bool isParameter, int index, double min, double modus, double max)
    {
        public readonly ulong Sleutel = sleutel;
        public readonly bool IsParameter = isParameter;
        public readonly int Index = index;
        public readonly double Min = min, Modus = modus, Max = max;
    }

    internal readonly Trekgegevens[] Trekking;

    internal VoorbereidScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        var fouten = new List<string>();
        if (scenario.Maanden is < 1 or > 1200)
            throw new InvalidInputException($"Scenario '{scenario.Naam}': het aantal maanden moet tussen 1 en 1200 liggen (gegeven {scenario.Maanden}).");
        if (scenario.Startdatum.Day != 1)
            throw new InvalidInputException(
                $"Scenario '{scenario.Naam}': de startdatum {scenario.Startdatum:yyyy-MM-dd} is niet de eerste dag van een maand; het model rekent per maand.");
        Maanden = scenario.Maanden;
        DatumArray = new DateOnly[Maanden + 1];
        for (var t = 0; t <= Maanden; t++) DatumArray[t] = scenario.Startdatum.AddMonths(t);

        (PeilIndex, PeilFractie) = Positie(scenario.BehoeftePeildatum, "de peildatum van de behoefte");

        var parameters = scenario.Parameters ?? throw new InvalidInputException($"Scenario '{scenario.Naam}' heeft geen parameters.");
        var bekend = new HashSet<string>(ModelParameters.Alle, StringComparer.Ordinal);
        foreach (var naam in parameters.Keys.Order(StringComparer.Ordinal))
            if (!bekend.Contains(naam))
                fouten.Add($"onbekende parameter '{naam}'");
        var ontbrekend = Gebruikt.Where(n => !parameters.ContainsKey(n)).ToList();
        if (ontbrekend.Count > 0) fouten.Add($"ontbrekende parameters: {string.Join(", ", ontbrekend)}");

        _parameters = new double[ModelParameters.Alle.Count];
        var onzeker = new List<OnzekereGrootheid>();
        for (var i = 0; i < ModelParameters.Alle.Count; i++)
        {
            var naam = ModelParameters.Alle[i];
            if (!parameters.TryGetValue(naam, out var bereik))
            {
                _parameters[i] = double.NaN;
                continue;
            }
            if (bereik is null) { fouten.Add($"parameter '{naam}' heeft geen waarde"); continue; }
            ControleerBereik(bereik, $"parameter '{naam}'", ParameterDomein(naam), fouten);
            _parameters[i] = bereik.Waarde;
            if (bereik.IsOnzeker)
                onzeker.Add(new OnzekereGrootheid(naam, GrootheidSoort.Parameter, i, bereik.Min!.Value, bereik.Waarde, bereik.Max!.Value, bereik.Bron));
        }

        var hefbomen = scenario.Hefbomen ?? [];
        _effecten = new double[hefbomen.Count];
        _soort = new Soort[hefbomen.Count];
        _start = new int[hefbomen.Count];
        _doelparameter = new int[hefbomen.Count];
        var namen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < hefbomen.Count; i++)
        {
            var h = hefbomen[i];
            var wie = $"hefboom '{h.Naam}'";
            if (string.IsNullOrWhiteSpace(h.Naam)) { fouten.Add($"hefboom nummer {i + 1} heeft geen naam"); wie = $"hefboom nummer {i + 1}"; }
            else if (!namen.Add(h.Naam)) fouten.Add($"de hefboomnaam '{h.Naam}' komt meer dan eens voor");
            _doelparameter[i] = -1;
            switch (h.Type)
            {
                case HefboomTypen.ExtraUitstroomStatushouders: _soort[i] = Soort.ExtraUitstroom; break;
                case HefboomTypen.NareisBeperkingSubsidiair: _soort[i] = Soort.NareisBeperking; break;
                case HefboomTypen.InstroomBeperking: _soort[i] = Soort.InstroomBeperking; break;
                case HefboomTypen.Parameter:
                    _soort[i] = Soort.Parameter;
                    if (h.Parameter is null || !bekend.Contains(h.Parameter))
                        fouten.Add($"{wie} van type 'parameter' noemt {(h.Parameter is null ? "geen parameter" : $"de onbekende parameter '{h.Parameter}'")}");
                    else _doelparameter[i] = Ix(h.Parameter);
                    break;
                default:
                    fouten.Add($"{wie} heeft het onbekende type '{h.Type}' (kies uit: {string.Join(", ", HefboomTypen.Alle)})");
                    break;
            }
            if (h.Effect is null) { fouten.Add($"{wie} heeft geen effect"); continue; }
            ControleerBereik(h.Effect, wie, HefboomDomein(_soort[i]), fouten);
            _effecten[i] = h.Effect.Waarde;
            var maand = (h.Start.Year - scenario.Startdatum.Year) * 12 + h.Start.Month - scenario.Startdatum.Month;
            _start[i] = Math.Max(0, maand);
            if (h.Effect.IsOnzeker)
                onzeker.Add(new OnzekereGrootheid(h.Naam, GrootheidSoort.Hefboom, i, h.Effect.Min!.Value, h.Effect.Waarde, h.Effect.Max!.Value, h.Effect.Bron));
        }
        if (fouten.Count > 0)
            throw new InvalidInputException($"Scenario '{scenario.Naam}' ({scenario.Bestand}) is niet bruikbaar: {string.Join("; ", fouten)}.");

        _volgorde = Enumerable.Range(0, hefbomen.Count).OrderBy(i => _start[i]).ThenBy(i => i).ToArray();
        _onzeker = [.. onzeker];
        Trekking = _onzeker
            .Select(o => new Trekgegevens(
                o.Soort == GrootheidSoort.Parameter ? Toeval.ParameterSleutel(o.Naam) : Toeval.HefboomSleutel(o.Naam),
                o.Soort == GrootheidSoort.Parameter, o.Index, o.Min, o.Modus, o.Max))
            .ToArray();
    }

    /// <summary>The month point at or before <paramref name="datum"/> and the fraction of that month elapsed (by days).</summary>
    internal (int Index, double Fractie) Positie(DateOnly datum, string wat)
    {
        var eerste = DatumArray[0];
        var laatste = DatumArray[^1];
        if (datum < eerste || datum > laatste)
            throw new InvalidInputException(
                $"Scenario '{Scenario.Naam}': {wat} {datum:yyyy-MM-dd} ligt buiten de horizon van het model ({eerste:yyyy-MM-dd} tot en met {laatste:yyyy-MM-dd}).");
        var index = (datum.Year - eerste.Year) * 12 + datum.Month - eerste.Month;
        if (index == Maanden) return (index, 0);
        var fractie = (double)(datum.DayNumber - DatumArray[index].DayNumber) / (DatumArray[index + 1].DayNumber - DatumArray[index].DayNumber);
        return (index, fractie);
    }

    private enum Domein { NietNegatief, Aandeel, Positief }

    private static Domein ParameterDomein(string naam) =>
        naam switch
        {
            _ when naam == ModelParameters.NareisAandeelInOpvang || naam == ModelParameters.NareisAandeelSubsidiair
                   || naam == ModelParameters.Inwilligingspercentage => Domein.Aandeel,
            _ when naam == ModelParameters.ProcedureDuurMaanden || naam == ModelParameters.StatushoudersWachttijdMaanden
                   || naam == ModelParameters.NareizigersVerblijfMaanden || naam == ModelParameters.AfgewezenVertrekMaanden => Domein.Positief,
            _ => Domein.NietNegatief,
        };

    private static Domein HefboomDomein(Soort soort) =>
        soort is Soort.NareisBeperking or Soort.InstroomBeperking ? Domein.Aandeel : Domein.NietNegatief;

    private static void ControleerBereik(Bereik b, string wie, Domein domein, List<string> fouten)
    {
        if ((b.Min is null) != (b.Max is null))
        {
            fouten.Add($"{wie} heeft alleen een {(b.Min is null ? "maximum" : "minimum")}; geef beide of geen van beide");
            return;
        }
        if (b.Min is { } min && b.Max is { } max)
        {
            if (min > max) fouten.Add($"{wie}: het minimum {G(min)} is groter dan het maximum {G(max)}");
            else if (b.Waarde < min || b.Waarde > max) fouten.Add($"{wie}: de waarde {G(b.Waarde)} ligt buiten het bereik {G(min)} tot {G(max)}");
            ControleerWaarde(min, wie + " (minimum)", domein, fouten);
            ControleerWaarde(max, wie + " (maximum)", domein, fouten);
        }
        ControleerWaarde(b.Waarde, wie, domein, fouten);
    }

    private static bool ControleerWaarde(double w, string wie, Domein domein, List<string>? fouten)
    {
        string? fout = null;
        if (!double.IsFinite(w)) fout = $"{wie} is geen eindig getal";
        else if (domein == Domein.NietNegatief && w < 0) fout = $"{wie} is negatief ({G(w)})";
        else if (domein == Domein.Aandeel && (w < 0 || w > 1)) fout = $"{wie} is een aandeel en moet tussen 0 en 1 liggen ({G(w)})";
        else if (domein == Domein.Positief && w <= 0) fout = $"{wie} is een duur in maanden en moet groter dan 0 zijn ({G(w)})";
        if (fout is not null) fouten?.Add(fout);
        return fout is null;
    }

    private static string G(double w) => w.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parameter and lever values from a partial dictionary over the central values, checked like the scenario's.</summary>
    internal (double[] Parameters, double[] Effecten) Waarden(IReadOnlyDictionary<string, double> parameterwaarden, IReadOnlyList<double> hefboomeffecten)
    {
        ArgumentNullException.ThrowIfNull(parameterwaarden);
        ArgumentNullException.ThrowIfNull(hefboomeffecten);
        var fouten = new List<string>();
        var p = (double[])_parameters.Clone();
        foreach (var (naam, waarde) in parameterwaarden.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var i = -1;
            for (var k = 0; k < ModelParameters.Alle.Count; k++) if (ModelParameters.Alle[k] == naam) i = k;
            if (i < 0) { fouten.Add($"onbekende parameter '{naam}'"); continue; }
            if (ControleerWaarde(waarde, $"parameter '{naam}'", ParameterDomein(naam), fouten)) p[i] = waarde;
        }
        if (hefboomeffecten.Count != _effecten.Length)
            fouten.Add($"er zijn {hefboomeffecten.Count} hefboomeffecten gegeven voor {_effecten.Length} hefbomen");
        var e = new double[_effecten.Length];
        for (var i = 0; i < e.Length && i < hefboomeffecten.Count; i++)
            if (ControleerWaarde(hefboomeffecten[i], $"hefboom '{Scenario.Hefbomen[i].Naam}'", HefboomDomein(_soort[i]), fouten)) e[i] = hefboomeffecten[i];
        if (fouten.Count > 0)
            throw new InvalidInputException($"Scenario '{Scenario.Naam}': {string.Join("; ", fouten)}.");
        return (p, e);
    }

    /// <summary>
    /// The need on the peildatum for these values; allocates nothing. Optionally writes the need at every month point
    /// into <paramref name="behoeftePad"/> (length <see cref="Maanden"/> + 1, or empty). The values are not checked:
    /// they must lie in the domains the scenario's own values were checked against.
    /// </summary>
    /// <param name="parameterwaarden">In the order of <see cref="ModelParameters.Alle"/>.</param>
    /// <param name="hefboomeffecten">In the order of <see cref="Scenario.Hefbomen"/>.</param>
    public double Behoefte(ReadOnlySpan<double> parameterwaarden, ReadOnlySpan<double> hefboomeffecten, double doelbezetting, Span<double> behoeftePad = default)
    {
        Prognosemodel.ControleerDoelbezetting(doelbezetting);
        Controleer(parameterwaarden, hefboomeffecten);
        if (!behoeftePad.IsEmpty && behoeftePad.Length != Maanden + 1)
            throw new ArgumentException($"The need path needs {Maanden + 1} points.", nameof(behoeftePad));
        return Simuleer(parameterwaarden, hefboomeffecten, doelbezetting, behoeftePad, null);
    }

    /// <summary>The whole path for these values (same conventions as <see cref="Behoefte"/>).</summary>
    public Prognosepad Pad(ReadOnlySpan<double> parameterwaarden, ReadOnlySpan<double> hefboomeffecten, double doelbezetting)
    {
        Prognosemodel.ControleerDoelbezetting(doelbezetting);
        Controleer(parameterwaarden, hefboomeffecten);
        var pad = new Prognosepad(this, doelbezetting);
        pad.BehoefteOpPeildatum = Simuleer(parameterwaarden, hefboomeffecten, doelbezetting, default, pad);
        return pad;
    }

    private void Controleer(ReadOnlySpan<double> parameterwaarden, ReadOnlySpan<double> hefboomeffecten)
    {
        if (parameterwaarden.Length != _parameters.Length)
            throw new ArgumentException($"Expected {_parameters.Length} parameter values (order of ModelParameters.Alle).", nameof(parameterwaarden));
        if (hefboomeffecten.Length != _effecten.Length)
            throw new ArgumentException($"Expected {_effecten.Length} lever effects (order of Scenario.Hefbomen).", nameof(hefboomeffecten));
    }

    private static double Aandeel(double maanden) => maanden <= 1 ? 1 : 1 / maanden;

    private static double Tussen0En1(double x) => x < 0 ? 0 : x > 1 ? 1 : x;

    /// <summary>The model itself (see <see cref="Prognosemodel"/>). No allocation: the parameters in force live on the stack.</summary>
    internal double Simuleer(ReadOnlySpan<double> p, ReadOnlySpan<double> e, double doelbezetting, Span<double> behoeftePad, Prognosepad? pad)
    {
        Span<double> q = stackalloc double[p.Length];
        p.CopyTo(q);
        double extra = 0, nareisRest = 1, instroomRest = 1;
        var volgende = 0;
        var aantalHefbomen = _volgorde.Length;
        while (volgende < aantalHefbomen && _start[_volgorde[volgende]] <= 0)
            Activeer(_volgorde[volgende++], e, q, ref extra, ref nareisRest, ref instroomRest);

        double inP = q[IxStartP], sh = q[IxStartS], nr = q[IxStartN], af = q[IxStartA];
        double cumTotaal = 0, cumS = 0, cumN = 0, cumA = 0;
        var bezetting = inP + sh + nr + af;
        double peil0 = bezetting, peil1 = bezetting;
        var peilIndex = PeilIndex;
        var schrijfPad = !behoeftePad.IsEmpty;
        if (schrijfPad) behoeftePad[0] = bezetting / doelbezetting;
        pad?.Punt(0, inP, sh, nr, af, bezetting / doelbezetting, cumTotaal, cumS, cumN, cumA);

        for (var t = 0; t < Maanden; t++)
        {
            while (volgende < aantalHefbomen && _start[_volgorde[volgende]] <= t)
                Activeer(_volgorde[volgende++], e, q, ref extra, ref nareisRest, ref instroomRest);

            var aanvragen = q[IxEerste] / 12 * instroomRest + q[IxHerhaald] / 12;
            var subsidiair = Tussen0En1(q[IxSubsidiair]);
            var nareis = q[IxNareis] / 12 * Tussen0En1(q[IxOpvang]) * (1 - subsidiair * (1 - nareisRest));
            var besluiten = inP * Aandeel(q[IxDuur]);
            var inwilligingen = besluiten * Tussen0En1(q[IxInwilliging]);
            var afwijzingen = besluiten - inwilligingen;
            var regulier = sh * Aandeel(q[IxWachttijd]);
            var rest = sh - regulier;
            var extraUit = Math.Min(extra, rest);
            var uitN = nr * Aandeel(q[IxVerblijf]);
            var uitA = af * Aandeel(q[IxVertrek]);

            inP = inP - besluiten + aanvragen;
            sh = rest - extraUit + inwilligingen;
            nr = nr - uitN + nareis;
            af = af - uitA + afwijzingen;
            var uitS = regulier + extraUit;
            cumS += uitS;
            cumN += uitN;
            cumA += uitA;
            cumTotaal += uitS + uitN + uitA;
            bezetting = inP + sh + nr + af;

            if (t + 1 == peilIndex) peil0 = bezetting;
            else if (t == peilIndex) peil1 = bezetting;
            if (schrijfPad) behoeftePad[t + 1] = bezetting / doelbezetting;
            if (pad is not null)
            {
                pad.Maand(t, aanvragen, nareis, besluiten, inwilligingen, uitS, extraUit, uitN, uitA);
                pad.Punt(t + 1, inP, sh, nr, af, bezetting / doelbezetting, cumTotaal, cumS, cumN, cumA);
            }
        }
        return (peil0 + PeilFractie * (peil1 - peil0)) / doelbezetting;
    }

    private void Activeer(int i, ReadOnlySpan<double> e, Span<double> q, ref double extra, ref double nareisRest, ref double instroomRest)
    {
        switch (_soort[i])
        {
            case Soort.ExtraUitstroom: extra += Math.Max(0, e[i]); break;
            case Soort.NareisBeperking: nareisRest *= 1 - Tussen0En1(e[i]); break;
            case Soort.InstroomBeperking: instroomRest *= 1 - Tussen0En1(e[i]); break;
            case Soort.Parameter: q[_doelparameter[i]] *= Math.Max(0, e[i]); break;
        }
    }
}

/// <summary>The quantities a back-test checkpoint or a path query can name.</summary>
public static class Grootheden
{
    public const string Behoefte = "behoefte";
    public const string Bezetting = "bezetting";
    public const string InProcedure = "in_procedure";
    public const string Statushouders = "statushouders";
    public const string Nareizigers = "nareizigers";
    public const string Afgewezen = "afgewezen";
    /// <summary>Cumulative number of people who left reception since the start date (all groups).</summary>
    public const string UitstroomTotaal = "uitstroom_totaal";
    /// <summary>Cumulative outflow of permit holders (the statushouders group, regular plus extra; not the nareizigers).</summary>
    public const string UitstroomStatushouders = "uitstroom_statushouders";
    /// <summary>Cumulative outflow of nareizigers; add it to <see cref="UitstroomStatushouders"/> where a source counts them as permit holders.</summary>
    public const string UitstroomNareizigers = "uitstroom_nareizigers";
    public const string UitstroomAfgewezen = "uitstroom_afgewezen";

    public static readonly IReadOnlyList<string> Alle =
    [
        Behoefte, Bezetting, InProcedure, Statushouders, Nareizigers, Afgewezen,
        UitstroomTotaal, UitstroomStatushouders, UitstroomNareizigers, UitstroomAfgewezen,
    ];
}

/// <summary>
/// One simulated path. Stocks, occupancy, need and cumulative outflows at every month point (the first day of each
/// month from the start date, <see cref="Datums"/>); flows per month t (from point t to point t + 1). For every
/// month and group: stock[t + 1] = stock[t] + inflow[t] - outflow[t] (up to floating-point rounding).
/// </summary>
public sealed class Prognosepad
{
    private readonly VoorbereidScenario _model;
    private readonly double[] _inProcedure, _statushouders, _nareizigers, _afgewezen, _bezetting, _behoefte;
    private readonly double[] _cumTotaal, _cumStatushouders, _cumNareizigers, _cumAfgewezen;
    private readonly double[] _aanvragen, _nareis, _besluiten, _inwilligingen, _uitS, _extraUitS, _uitN, _uitA;

    internal Prognosepad(VoorbereidScenario model, double doelbezetting)
    {
        _model = model;
        Doelbezetting = doelbezetting;
        var punten = model.Maanden + 1;
        var maanden = model.Maanden;
        _inProcedure = new double[punten]; _statushouders = new double[punten]; _nareizigers = new double[punten]; _afgewezen = new double[punten];
        _bezetting = new double[punten]; _behoefte = new double[punten];
        _cumTotaal = new double[punten]; _cumStatushouders = new double[punten]; _cumNareizigers = new double[punten]; _cumAfgewezen = new double[punten];
        _aanvragen = new double[maanden]; _nareis = new double[maanden]; _besluiten = new double[maanden]; _inwilligingen = new double[maanden];
        _uitS = new double[maanden]; _extraUitS = new double[maanden]; _uitN = new double[maanden]; _uitA = new double[maanden];
    }

    internal void Punt(int t, double p, double s, double n, double a, double behoefte, double cumTotaal, double cumS, double cumN, double cumA)
    {
        _inProcedure[t] = p; _statushouders[t] = s; _nareizigers[t] = n; _afgewezen[t] = a;
        _bezetting[t] = p + s + n + a; _behoefte[t] = behoefte;
        _cumTotaal[t] = cumTotaal; _cumStatushouders[t] = cumS; _cumNareizigers[t] = cumN; _cumAfgewezen[t] = cumA;
    }

    internal void Maand(int t, double aanvragen, double nareis, double besluiten, double inwilligingen, double uitS, double extraUitS, double uitN, double uitA)
    {
        _aanvragen[t] = aanvragen; _nareis[t] = nareis; _besluiten[t] = besluiten; _inwilligingen[t] = inwilligingen;
        _uitS[t] = uitS; _extraUitS[t] = extraUitS; _uitN[t] = uitN; _uitA[t] = uitA;
    }

    public string Scenario => _model.Scenario.Naam;
    public double Doelbezetting { get; }
    public IReadOnlyList<DateOnly> Datums => _model.DatumArray;

    public IReadOnlyList<double> InProcedure => _inProcedure;
    public IReadOnlyList<double> Statushouders => _statushouders;
    public IReadOnlyList<double> Nareizigers => _nareizigers;
    public IReadOnlyList<double> Afgewezen => _afgewezen;
    /// <summary>Occupancy: the sum of the four groups.</summary>
    public IReadOnlyList<double> Bezetting => _bezetting;
    /// <summary>Need for places: occupancy / target occupancy.</summary>
    public IReadOnlyList<double> Behoefte => _behoefte;
    public IReadOnlyList<double> UitstroomTotaalCumulatief => _cumTotaal;
    public IReadOnlyList<double> UitstroomStatushoudersCumulatief => _cumStatushouders;
    public IReadOnlyList<double> UitstroomNareizigersCumulatief => _cumNareizigers;
    public IReadOnlyList<double> UitstroomAfgewezenCumulatief => _cumAfgewezen;

    /// <summary>Per month: first and repeat applications entering procedure.</summary>
    public IReadOnlyList<double> InstroomAanvragen => _aanvragen;
    /// <summary>Per month: nareizigers entering reception.</summary>
    public IReadOnlyList<double> InstroomNareis => _nareis;
    /// <summary>Per month: decisions (leaving procedure); the granted part joins the permit holders, the rest the rejected.</summary>
    public IReadOnlyList<double> Besluiten => _besluiten;
    public IReadOnlyList<double> Inwilligingen => _inwilligingen;
    /// <summary>Per month: permit holders housed, regular plus extra.</summary>
    public IReadOnlyList<double> UitstroomStatushouders => _uitS;
    /// <summary>Per month: the part of <see cref="UitstroomStatushouders"/> due to the extra-outflow levers.</summary>
    public IReadOnlyList<double> ExtraUitstroomStatushouders => _extraUitS;
    public IReadOnlyList<double> UitstroomNareizigers => _uitN;
    public IReadOnlyList<double> UitstroomAfgewezen => _uitA;

    public DateOnly BehoeftePeildatum => _model.Scenario.BehoeftePeildatum;
    /// <summary>The need on <see cref="BehoeftePeildatum"/>; between month points linear in days.</summary>
    public double BehoefteOpPeildatum { get; internal set; }

    /// <summary>A quantity of <see cref="Grootheden"/> on a date within the horizon, linear in days between month points.</summary>
    public double Waarde(string grootheid, DateOnly datum)
    {
        var reeks = grootheid switch
        {
            Grootheden.Behoefte => _behoefte,
            Grootheden.Bezetting => _bezetting,
            Grootheden.InProcedure => _inProcedure,
            Grootheden.Statushouders => _statushouders,
            Grootheden.Nareizigers => _nareizigers,
            Grootheden.Afgewezen => _afgewezen,
            Grootheden.UitstroomTotaal => _cumTotaal,
            Grootheden.UitstroomStatushouders => _cumStatushouders,
            Grootheden.UitstroomNareizigers => _cumNareizigers,
            Grootheden.UitstroomAfgewezen => _cumAfgewezen,
            _ => throw new InvalidInputException(
                $"Onbekende grootheid '{grootheid}'; kies uit: {string.Join(", ", Grootheden.Alle)}."),
        };
        var (i, f) = _model.Positie(datum, $"de datum voor '{grootheid}'");
        return f == 0 ? reeks[i] : reeks[i] + f * (reeks[i + 1] - reeks[i]);
    }
}
