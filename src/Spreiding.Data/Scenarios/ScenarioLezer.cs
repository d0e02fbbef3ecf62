using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Core.Verdeelsleutel;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spreiding.Data.Scenarios;

/// <summary>
/// Reads one scenario file into a <see cref="ScenarioLaag"/> and checks what can be checked in the file alone:
/// keys, types, names, ranges, units and sources. Checks that need the merged scenario (horizon, completeness)
/// are in <see cref="ScenarioLoader"/>.
/// </summary>
internal sealed class ScenarioLezer(string bestand)
{
    public static readonly string[] TopLevel =
    [
        "naam", "omschrijving", "startdatum", "maanden", "behoefte_peildatum", "doel", "verdeling",
        "parameters", "hefbomen", "erft_van", "ijkpunten",
    ];

    public static readonly string[] BereikSleutels = ["waarde", "min", "max", "bron", "toelichting"];
    public static readonly string[] DoelSleutels = ["behoefte", "marge", "bron"];
    public static readonly string[] VerdelingSleutels = ["cyclus", "sleutel", "bevolking_peildatum"];
    public static readonly string[] HefboomSleutels = ["naam", "type", "parameter", "start", "effect"];
    public static readonly string[] IjkpuntSleutels = ["datum", "grootheid", "bekend", "bron"];

    /// <summary>The longest horizon a scenario may model, in months.</summary>
    public const int MaximumMaanden = 120;

    /// <summary>The unit of a figure, which decides the values it may take.</summary>
    public enum Eenheid
    {
        /// <summary>A share between 0 and 1.</summary>
        Aandeel,
        /// <summary>A number of persons (a stock, or a flow per year or per month): a whole number, not negative.</summary>
        Aantal,
        /// <summary>A duration in months: greater than 0 (the model divides by it).</summary>
        Duur,
        /// <summary>A multiplier: not negative.</summary>
        Factor,
    }

    /// <summary>The unit a parameter's name announces: "aandeel"/"percentage" is a share, "_maanden" a duration, the rest a count.</summary>
    public static Eenheid EenheidVan(string parameter) =>
        parameter.Contains("aandeel", StringComparison.Ordinal) || parameter.Contains("percentage", StringComparison.Ordinal) ? Eenheid.Aandeel
        : parameter.EndsWith("_maanden", StringComparison.Ordinal) ? Eenheid.Duur
        : Eenheid.Aantal;

    public static ScenarioLaag Parse(string yaml, string bestand)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException(
                $"{bestand}, regel {e.Start.Line}, kolom {e.Start.Column}: geen geldige YAML ({e.Message}).");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow collections ("[36").
            throw new InvalidInputException(
                $"{bestand}: geen geldige YAML; kijk of elke '[' en '{{' gesloten is en elk aanhalingsteken een tegenhanger heeft.");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidInputException($"{bestand}: verwacht één YAML-document met één scenario (een blok met naam, startdatum, parameters, ...).");
        return new ScenarioLezer(bestand).Lees(root);
    }

    private ScenarioLaag Lees(YamlMappingNode root)
    {
        CheckKeys(root, TopLevel, "het scenariobestand");
        var laag = new ScenarioLaag { Wortel = Plek(root) };
        foreach (var (sleutelNode, waarde) in root.Children)
        {
            switch (Key(sleutelNode))
            {
                case "naam": laag.Naam = new(NietLeeg(waarde, "naam"), Plek(waarde)); break;
                case "omschrijving": laag.Omschrijving = new(Scalar(waarde, "omschrijving").Value ?? "", Plek(waarde)); break;
                case "startdatum": laag.Startdatum = new(Startdatum(waarde), Plek(waarde)); break;
                case "maanden": laag.Maanden = new(Maanden(waarde), Plek(waarde)); break;
                case "behoefte_peildatum": laag.BehoeftePeildatum = new(Datum(waarde, "behoefte_peildatum"), Plek(waarde)); break;
                case "doel": laag.Doel = new(IsNull(waarde) ? null : Doel(waarde), Plek(waarde)); break;
                case "verdeling": laag.Verdeling = new(Verdeling(waarde), Plek(waarde)); break;
                case "parameters":
                    laag.ParametersPlek = Plek(sleutelNode);
                    foreach (var (naam, bereik) in Parameters(waarde)) laag.Parameters[naam] = bereik;
                    break;
                case "hefbomen": laag.Hefbomen.AddRange(Hefbomen(waarde)); break;
                case "erft_van": laag.ErftVan = new(NietLeeg(waarde, "erft_van"), Plek(waarde)); break;
                case "ijkpunten": laag.Ijkpunten = new(IsNull(waarde) ? null : Ijkpunten(waarde), Plek(waarde)); break;
            }
        }
        return laag;
    }

    private DateOnly Startdatum(YamlNode node)
    {
        var datum = Datum(node, "startdatum");
        // The model runs in whole months from the start state (Scenario.Startdatum: "the first day of the first month").
        return datum.Day == 1
            ? datum
            : throw Error(node, $"'startdatum' {datum:yyyy-MM-dd} is niet de eerste dag van een maand; het model rekent in hele maanden, schrijf bijvoorbeeld {datum:yyyy-MM}-01");
    }

    private int Maanden(YamlNode node)
    {
        var scalar = Scalar(node, "maanden");
        if (!int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var maanden))
            throw Error(node, $"'maanden' is '{scalar.Value}', geen geheel getal");
        return maanden is >= 1 and <= MaximumMaanden
            ? maanden
            : throw Error(node, $"'maanden' is {maanden}; een scenario rekent 1 tot en met {MaximumMaanden} maanden");
    }

    private ScenarioDoel Doel(YamlNode node)
    {
        var map = Mapping(node, "doel", "een blok met behoefte, marge en bron");
        CheckKeys(map, DoelSleutels, "doel");
        var behoefte = GeheelGetal(Required(map, "behoefte", "doel"), "doel.behoefte");
        if (behoefte <= 0) throw Error(Required(map, "behoefte", "doel"), "'doel.behoefte' moet groter dan 0 zijn");
        var marge = GeheelGetal(Required(map, "marge", "doel"), "doel.marge");
        if (marge < 0) throw Error(Required(map, "marge", "doel"), "'doel.marge' kan niet negatief zijn");
        return new ScenarioDoel(behoefte, marge, Bron(map, "doel"));
    }

    private ScenarioVerdeling Verdeling(YamlNode node)
    {
        var map = Mapping(node, "verdeling", "een blok met cyclus, sleutel en bevolking_peildatum");
        CheckKeys(map, VerdelingSleutels, "verdeling");
        var cyclusNode = Required(map, "cyclus", "verdeling");
        var cyclus = GeheelGetal(cyclusNode, "verdeling.cyclus");
        if (cyclus is < 2024 or > 2100)
            throw Error(cyclusNode, $"'verdeling.cyclus' is {cyclus}; de Spreidingswet kent cycli vanaf 2024 (rules/cyclus-JJJJ.yaml)");
        string? sleutel = null;
        if (Optional(map, "sleutel") is { } sleutelNode && !IsNull(sleutelNode))
        {
            sleutel = NietLeeg(sleutelNode, "verdeling.sleutel");
            if (!Verdeelsleutels.Exists(sleutel))
                throw Error(sleutelNode, $"onbekende verdeelsleutel '{sleutel}' in 'verdeling.sleutel'; bekend zijn {string.Join(", ", Verdeelsleutels.Types.Append("ses-woa").Order())}");
        }
        DateOnly? peildatum = Optional(map, "bevolking_peildatum") is { } p && !IsNull(p) ? Datum(p, "verdeling.bevolking_peildatum") : null;
        return new ScenarioVerdeling(cyclus, sleutel, peildatum);
    }

    private IEnumerable<(string Naam, Op<Bereik> Bereik)> Parameters(YamlNode node)
    {
        var map = Mapping(node, "parameters", "een blok met per parameter een blok {waarde, min, max, bron}");
        foreach (var (sleutelNode, waarde) in map.Children)
        {
            var naam = Key(sleutelNode);
            if (!ModelParameters.Alle.Contains(naam))
                throw Error(sleutelNode, $"onbekende parameter '{naam}' in 'parameters'; bekend zijn {string.Join(", ", ModelParameters.Alle)}");
            yield return (naam, new(Bereik(waarde, $"parameter '{naam}'", EenheidVan(naam)), Plek(waarde)));
        }
    }

    private List<GelezenHefboom> Hefbomen(YamlNode node)
    {
        if (IsNull(node)) return [];
        var lijst = node as YamlSequenceNode ?? throw Error(node, "'hefbomen' is een lijst; begin elke hefboom met '- naam: ...'");
        var hefbomen = new List<GelezenHefboom>();
        foreach (var item in lijst.Children)
        {
            var map = Mapping(item, "een hefboom", "een blok met naam, type, start en effect");
            var naamNode = Required(map, "naam", "een hefboom");
            var naam = NietLeeg(naamNode, "naam van een hefboom");
            var wat = $"hefboom '{naam}'";
            CheckKeys(map, HefboomSleutels, wat);
            var typeNode = Required(map, "type", wat);
            var type = NietLeeg(typeNode, $"type van {wat}");
            if (!HefboomTypen.Alle.Contains(type))
                throw Error(typeNode, $"onbekend hefboomtype '{type}' bij {wat}; bekend zijn {string.Join(", ", HefboomTypen.Alle)}");
            string? parameter = null;
            var eenheid = type switch
            {
                HefboomTypen.ExtraUitstroomStatushouders => Eenheid.Aantal,
                HefboomTypen.NareisBeperkingSubsidiair or HefboomTypen.InstroomBeperking => Eenheid.Aandeel,
                _ => Eenheid.Factor,
            };
            var parameterNode = Optional(map, "parameter");
            if (type == HefboomTypen.Parameter)
            {
                if (parameterNode is null)
                    throw Error(map, $"{wat} is van type 'parameter' en noemt dan de parameter die hij vermenigvuldigt ('parameter' ontbreekt)");
                parameter = NietLeeg(parameterNode, $"parameter van {wat}");
                if (!ModelParameters.Alle.Contains(parameter))
                    throw Error(parameterNode, $"{wat} noemt onbekende parameter '{parameter}' in 'parameter'; bekend zijn {string.Join(", ", ModelParameters.Alle)}");
            }
            else if (parameterNode is not null)
            {
                throw Error(parameterNode, $"{wat} is van type '{type}'; 'parameter' hoort alleen bij type 'parameter'");
            }
            var startNode = Required(map, "start", wat);
            var effectNode = Required(map, "effect", wat);
            var effect = Bereik(effectNode, $"het effect van {wat}", eenheid);
            // A duration multiplied by 0 would divide by zero in the model.
            if (parameter is not null && EenheidVan(parameter) == Eenheid.Duur && (effect.Min ?? effect.Waarde) <= 0)
                throw Error(effectNode, $"het effect van {wat} vermenigvuldigt de duur '{parameter}' en moet groter dan 0 zijn");
            hefbomen.Add(new GelezenHefboom(
                new Hefboom(naam, type, Datum(startNode, $"start van {wat}"), effect, parameter),
                Plek(naamNode), Plek(startNode), Plek(effectNode)));
        }
        return hefbomen;
    }

    private List<GelezenIjkpunt> Ijkpunten(YamlNode node)
    {
        var lijst = node as YamlSequenceNode ?? throw Error(node, "'ijkpunten' is een lijst; begin elk ijkpunt met '- {datum: ..., grootheid: ..., bekend: ..., bron: ...}'");
        var ijkpunten = new List<GelezenIjkpunt>();
        foreach (var item in lijst.Children)
        {
            var map = Mapping(item, "een ijkpunt", "een blok met datum, grootheid, bekend en bron");
            CheckKeys(map, IjkpuntSleutels, "een ijkpunt");
            var datumNode = Required(map, "datum", "een ijkpunt");
            var grootheidNode = Required(map, "grootheid", "een ijkpunt");
            var grootheid = NietLeeg(grootheidNode, "grootheid van een ijkpunt");
            if (!Grootheden.Alle.Contains(grootheid))
                throw Error(grootheidNode, $"onbekende grootheid '{grootheid}' in een ijkpunt; bekend zijn {string.Join(", ", Grootheden.Alle)}");
            var bekendNode = Required(map, "bekend", "een ijkpunt");
            var bekend = Getal(bekendNode, "bekend");
            if (bekend < 0) throw Error(bekendNode, $"'bekend' is {Tekst(bekend)}; een bekend aantal kan niet negatief zijn");
            ijkpunten.Add(new GelezenIjkpunt(
                new Ijkpunt(Datum(datumNode, "datum van een ijkpunt"), grootheid, bekend, Bron(map, $"het ijkpunt {grootheid}")),
                Plek(datumNode)));
        }
        return ijkpunten;
    }

    /// <summary>A figure with its range and source; the range (both or neither of min and max) must hold the value.</summary>
    private Bereik Bereik(YamlNode node, string wat, Eenheid eenheid)
    {
        var map = Mapping(node, wat, "een blok {waarde: ..., min: ..., max: ..., bron: ...}");
        CheckKeys(map, BereikSleutels, wat);
        var waardeNode = Required(map, "waarde", wat);
        var minNode = Optional(map, "min");
        var maxNode = Optional(map, "max");
        if ((minNode is null) != (maxNode is null))
        {
            var (gegeven, ontbrekend) = minNode is null ? ("max", "min") : ("min", "max");
            throw Error(KeyNode(map, gegeven), $"{wat} heeft '{gegeven}' maar geen '{ontbrekend}'; geef beide of geen van beide");
        }
        var waarde = Waarde(waardeNode, wat, "waarde", eenheid);
        double? min = minNode is null ? null : Waarde(minNode, wat, "min", eenheid);
        double? max = maxNode is null ? null : Waarde(maxNode, wat, "max", eenheid);
        if (min > max)
            throw Error(minNode!, $"{wat}: 'min' {Tekst(min.Value)} ligt boven 'max' {Tekst(max!.Value)}");
        if (waarde < min || waarde > max)
            throw Error(waardeNode, $"{wat}: 'waarde' {Tekst(waarde)} ligt buiten het bereik van 'min' {Tekst(min!.Value)} tot 'max' {Tekst(max!.Value)}");
        return new Bereik(waarde, min, max, Bron(map, wat), OptionalText(map, "toelichting"));
    }

    private double Waarde(YamlNode node, string wat, string veld, Eenheid eenheid)
    {
        var scalar = Scalar(node, veld);
        var tekst = scalar.Value ?? "";
        if (eenheid == Eenheid.Aantal && tekst.Contains('.', StringComparison.Ordinal))
            throw Error(node, $"{wat}: '{veld}' is '{tekst}', maar een aantal personen is een geheel getal; schrijf het zonder punt (30000, niet 30.000: een punt is in YAML een decimaalteken)");
        var v = Getal(node, veld);
        return eenheid switch
        {
            Eenheid.Aandeel when v is < 0 or > 1 => throw Error(node, $"{wat} is een aandeel tussen 0 en 1; '{veld}' is {Tekst(v)} (schrijf 0.58, niet 58)"),
            Eenheid.Aantal when v < 0 => throw Error(node, $"{wat} is een aantal en kan niet negatief zijn; '{veld}' is {Tekst(v)}"),
            Eenheid.Duur when v <= 0 => throw Error(node, $"{wat} is een duur in maanden en moet groter dan 0 zijn; '{veld}' is {Tekst(v)}"),
            Eenheid.Factor when v < 0 => throw Error(node, $"{wat} is een vermenigvuldigingsfactor en kan niet negatief zijn; '{veld}' is {Tekst(v)}"),
            _ => v,
        };
    }

    private string Bron(YamlMappingNode map, string wat)
    {
        var node = Optional(map, "bron")
            ?? throw Error(map, $"{wat} heeft geen 'bron'; elk getal heeft een bron nodig (een publicatie, of 'modelaanname: ...' met waarom)");
        var bron = Scalar(node, "bron").Value;
        return string.IsNullOrWhiteSpace(bron)
            ? throw Error(node, $"{wat} heeft een lege 'bron'; elk getal heeft een bron nodig (een publicatie, of 'modelaanname: ...' met waarom)")
            : bron.Trim();
    }

    private double Getal(YamlNode node, string veld)
    {
        var tekst = Scalar(node, veld).Value;
        return double.TryParse(tekst, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(node, $"'{veld}' is '{tekst}', geen getal (gebruik een decimale punt en geen scheidingstekens: 0.58, 32180)");
    }

    private int GeheelGetal(YamlNode node, string veld)
    {
        var tekst = Scalar(node, veld).Value;
        return int.TryParse(tekst, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(node, $"'{veld}' is '{tekst}', geen geheel getal (schrijf 88000, zonder punt)");
    }

    private DateOnly Datum(YamlNode node, string veld)
    {
        var tekst = Scalar(node, veld).Value;
        return DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(node, $"'{veld}' is '{tekst}', geen datum; schrijf JJJJ-MM-DD");
    }

    private string NietLeeg(YamlNode node, string veld)
    {
        var tekst = Scalar(node, veld).Value;
        return string.IsNullOrWhiteSpace(tekst) ? throw Error(node, $"'{veld}' is leeg") : tekst.Trim();
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" or "" or null };

    private YamlNode Required(YamlMappingNode map, string key, string waar) =>
        Optional(map, key) ?? throw Error(map, $"'{key}' ontbreekt in {waar}");

    private static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static YamlNode KeyNode(YamlMappingNode map, string key) =>
        map.Children.Keys.First(k => k is YamlScalarNode s && s.Value == key);

    private string? OptionalText(YamlMappingNode map, string key) =>
        Optional(map, key) is { } n && !IsNull(n) ? Scalar(n, key).Value : null;

    private void CheckKeys(YamlMappingNode map, string[] allowed, string waar)
    {
        foreach (var key in map.Children.Keys)
            if (!allowed.Contains(Key(key)))
                throw Error(key, $"onbekende sleutel '{Key(key)}' in {waar}; toegestaan zijn {string.Join(", ", allowed)}"
                    + (Key(key).All(char.IsAsciiDigit) ? " (een decimale komma tussen accolades splitst het getal: schrijf 0.58, niet 0,58)" : ""));
    }

    private string Key(YamlNode node) => Scalar(node, "sleutel").Value ?? "";

    private YamlScalarNode Scalar(YamlNode node, string veld) =>
        node as YamlScalarNode ?? throw Error(node, $"'{veld}' verwacht een enkele waarde, geen blok of lijst");

    private YamlMappingNode Mapping(YamlNode node, string wat, string verwacht) =>
        node as YamlMappingNode ?? throw Error(node, $"{wat} verwacht {verwacht}");

    private Plek Plek(YamlNode node) => new(bestand, node.Start.Line, node.Start.Column);

    private InvalidInputException Error(YamlNode node, string melding) => Plek(node).Fout(melding);

    private static string Tekst(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
