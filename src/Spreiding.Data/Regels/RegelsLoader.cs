using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;
using Spreiding.Core.Plan;
using Spreiding.Core.Regels;
using Spreiding.Core.Verdeelsleutel;
using Spreiding.Data.Referentie;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spreiding.Data.Regels;

/// <summary>
/// Reads <c>rules/cyclus-YYYY.yaml</c>. Every parameter is a mapping with <c>waarde</c> and
/// <c>bron</c> (and optionally <c>url</c>, <c>toelichting</c>); a value without a source, an
/// unknown key or a wrong type is refused with file, line and column.
/// </summary>
public static class RegelsLoader
{
    /// <summary>The cycles whose rules are bundled, ascending.</summary>
    public static IReadOnlyList<int> BundledCycles() =>
        EmbeddedFiles.Names("rules")
            .Select(n => Path.GetFileNameWithoutExtension(n))
            .Where(n => n.StartsWith("cyclus-", StringComparison.Ordinal))
            .Select(n => int.Parse(n["cyclus-".Length..], CultureInfo.InvariantCulture))
            .Order()
            .ToList();

    // The bundled rules are immutable: each cycle's file is parsed once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Cyclusregels> BundledCache = new();

    public static Cyclusregels Bundled(int cyclus) =>
        BundledCache.TryGetValue(cyclus, out var regels) ? regels : BundledCache.GetOrAdd(cyclus, LoadBundled);

    private static Cyclusregels LoadBundled(int cyclus)
    {
        var name = $"rules/cyclus-{cyclus}.yaml";
        if (!EmbeddedFiles.Names("rules").Contains(name))
            throw new InvalidInputException(
                $"Er zijn geen regels voor cyclus {cyclus}. Bekende cycli: {string.Join(", ", BundledCycles())}.");
        return Parse(EmbeddedFiles.ReadText(name), $"cyclus-{cyclus}.yaml");
    }

    public static Cyclusregels FromFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static Cyclusregels Parse(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException(
                $"{fileName}, regel {e.Start.Line}, kolom {e.Start.Column}: geen geldige YAML ({e.Message}).");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidInputException($"{fileName}: verwacht één YAML-document met de regels van één cyclus.");
        return new Reader(fileName).Read(root);
    }

    private sealed class Reader(string fileName)
    {
        private static readonly string[] TopLevel =
        [
            "cyclus", "titel", "publicatiedatum", "behoefte_peildatum", "totaal_plaatsen", "amv_plaatsen",
            "peildatum_bevolking", "indeling_op", "sleutel", "verdeelmethode", "beschikbaarheid", "termijnen", "telregels", "prognose", "uitkering",
        ];

        public Cyclusregels Read(YamlMappingNode root)
        {
            CheckKeys(root, TopLevel, "het regelbestand");
            var cyclus = Int(Scalar(Required(root, "cyclus")));
            var sleutel = Mapping(Required(root, "sleutel"));
            var beschikbaarheid = Optional(root, "beschikbaarheid") is { } b ? ReadBeschikbaarheid(Mapping(b)) : null;
            var termijnen = Optional(root, "termijnen") is { } t
                ? Mapping(t).Children.Select(kv => new Termijn(Key(kv.Key), Parameter(kv.Value, Date))).ToList()
                : [];
            return new Cyclusregels(
                cyclus,
                Scalar(Required(root, "titel")).Value ?? "",
                fileName,
                Parameter(Required(root, "publicatiedatum"), Date),
                Parameter(Required(root, "behoefte_peildatum"), Date),
                Parameter(Required(root, "totaal_plaatsen"), PositiveInt),
                Parameter(Required(root, "amv_plaatsen"), n => IsNull(n) ? (int?)null : PositiveInt(n)),
                Parameter(Required(root, "peildatum_bevolking"), Date),
                Parameter(Required(root, "indeling_op"), Date),
                ReadSleutel(sleutel),
                Parameter(Required(root, "verdeelmethode"), Method),
                beschikbaarheid,
                termijnen,
                Optional(root, "telregels") is { } tel ? ReadTelregels(Mapping(tel)) : null,
                Optional(root, "prognose") is { } pr ? ReadPrognose(Mapping(pr)) : null,
                Optional(root, "uitkering") is { } u ? ReadUitkering(Mapping(u)) : null);
        }

        /// <summary><c>uitkering: { naam: { grondslag: toegezegde-plaatsen|plaatsen-boven-taak, bedrag_per_plaats: { waarde, bron } } }</c>.</summary>
        private List<Uitkeringsregel> ReadUitkering(YamlMappingNode node) =>
            [.. node.Children.Select(kv =>
            {
                var regel = Mapping(kv.Value);
                CheckKeys(regel, ["grondslag", "bedrag_per_plaats"], $"uitkering.{Key(kv.Key)}");
                var grondslagNode = Scalar(Required(regel, "grondslag"));
                var grondslag = grondslagNode.Value switch
                {
                    "toegezegde-plaatsen" => UitkeringsGrondslag.ToegezegdePlaatsen,
                    "plaatsen-boven-taak" => UitkeringsGrondslag.PlaatsenBovenTaak,
                    _ => throw Error(grondslagNode, $"onbekende grondslag '{grondslagNode.Value}'; gebruik toegezegde-plaatsen of plaatsen-boven-taak"),
                };
                return new Uitkeringsregel(Key(kv.Key), grondslag, Parameter(Required(regel, "bedrag_per_plaats"), NonNegativeDecimal));
            })];

        private decimal NonNegativeDecimal(YamlScalarNode n) =>
            Decimal(n) is var d and >= 0 ? d : throw Error(n, $"verwacht een bedrag van 0 of meer, niet {n.Value}");

        private Prognoseregels ReadPrognose(YamlMappingNode node)
        {
            CheckKeys(node, ["doelbezetting", "herzieningsdrempel"], "prognose");
            return new Prognoseregels(
                Parameter(Required(node, "doelbezetting"), Fraction01),
                Parameter(Required(node, "herzieningsdrempel"), Fraction01));
        }

        private Telregels ReadTelregels(YamlMappingNode node)
        {
            CheckKeys(node, ["peildatum", "beschikbaar_uiterlijk", "beschikbaar_tot_minstens", "soorten", "minimum_plaatsen_meer_dan",
                "minimale_duur_jaren", "bestuursovereenkomst_vereist", "fasen"], "telregels");
            var fasen = Mapping(Required(node, "fasen"));
            CheckKeys(fasen, [.. LocatieNamen.Fasen.Keys], "telregels.fasen");
            return new Telregels(
                Parameter(Required(node, "peildatum"), Date),
                Parameter(Required(node, "beschikbaar_uiterlijk"), Date),
                Parameter(Required(node, "beschikbaar_tot_minstens"), n => IsNull(n) ? (DateOnly?)null : Date(n)),
                SequenceParameter(Required(node, "soorten"), Soort),
                Parameter(Required(node, "minimum_plaatsen_meer_dan"), Int),
                Parameter(Required(node, "minimale_duur_jaren"), Int),
                Parameter(Required(node, "bestuursovereenkomst_vereist"), Bool),
                fasen.Children.ToDictionary(kv => LocatieNamen.Fasen[Key(kv.Key)], kv => Parameter(kv.Value, Fraction01)));
        }

        private Parameter<IReadOnlyList<T>> SequenceParameter<T>(YamlNode node, Func<YamlScalarNode, T> convert)
        {
            var map = Mapping(node);
            CheckKeys(map, ["waarde", "bron", "url", "toelichting"], "een parameter");
            var waarde = Required(map, "waarde") as YamlSequenceNode ?? throw Error(Required(map, "waarde"), "verwacht een lijst, bijvoorbeeld [regulier, amv]");
            return new Parameter<IReadOnlyList<T>>(
                waarde.Children.Select(c => convert(Scalar(c))).ToList(), RequiredText(map, "bron"), OptionalText(map, "url"), OptionalText(map, "toelichting"));
        }

        private LocatieSoort Soort(YamlScalarNode n) =>
            LocatieNamen.Soorten.TryGetValue(n.Value ?? "", out var s)
                ? s
                : throw Error(n, $"onbekende soort '{n.Value}'; bekend zijn {string.Join(", ", LocatieNamen.Soorten.Keys)}");

        private bool Bool(YamlScalarNode n) => n.Value switch
        {
            "true" or "ja" => true,
            "false" or "nee" => false,
            _ => throw Error(n, $"'{n.Value}' is geen ja/nee-waarde (true of false)"),
        };

        private decimal Fraction01(YamlScalarNode n) =>
            Decimal(n) is var d and >= 0 and <= 1 ? d : throw Error(n, "een factor ligt tussen 0 en 1");

        private SleutelRegel ReadSleutel(YamlMappingNode node)
        {
            CheckKeys(node, ["type", "parameters", "bron", "url", "toelichting"], "sleutel");
            var typeNode = Scalar(Required(node, "type"));
            var type = typeNode.Value ?? "";
            if (!Verdeelsleutels.Exists(type))
                throw Error(typeNode, $"onbekende sleutel '{type}'; bekend zijn {string.Join(", ", Verdeelsleutels.Types)}");
            var parameters = Optional(node, "parameters") is { } p
                ? Mapping(p).Children.ToDictionary(kv => Key(kv.Key), kv => Parameter(kv.Value, Decimal))
                : new Dictionary<string, Parameter<decimal>>();
            return new SleutelRegel(
                Verdeelsleutels.Canonical(type),
                parameters,
                RequiredText(node, "bron"),
                OptionalText(node, "url"),
                OptionalText(node, "toelichting"));
        }

        private Beschikbaarheid ReadBeschikbaarheid(YamlMappingNode node)
        {
            CheckKeys(node, ["beschikbaar_meerjarig", "peildatum", "horizon", "te_realiseren"], "beschikbaarheid");
            return new Beschikbaarheid(
                Parameter(Required(node, "beschikbaar_meerjarig"), PositiveInt),
                Parameter(Required(node, "peildatum"), Date),
                Parameter(Required(node, "horizon"), Date),
                Parameter(Required(node, "te_realiseren"), PositiveInt));
        }

        private Parameter<T> Parameter<T>(YamlNode node, Func<YamlScalarNode, T> convert)
        {
            var map = Mapping(node);
            CheckKeys(map, ["waarde", "bron", "url", "toelichting"], "een parameter");
            var bron = RequiredText(map, "bron");
            if (string.IsNullOrWhiteSpace(bron)) throw Error(map, "elke waarde heeft een bron nodig ('bron' is leeg)");
            return new Parameter<T>(convert(Scalar(Required(map, "waarde"))), bron, OptionalText(map, "url"), OptionalText(map, "toelichting"));
        }

        private DateOnly Date(YamlScalarNode n) =>
            DateOnly.TryParseExact(n.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Error(n, $"'{n.Value}' is geen datum; schrijf JJJJ-MM-DD");

        private int Int(YamlScalarNode n) =>
            int.TryParse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw Error(n, $"'{n.Value}' is geen geheel getal");

        private int PositiveInt(YamlScalarNode n) => Int(n) is var v and > 0 ? v : throw Error(n, "het getal moet groter dan 0 zijn");

        private decimal Decimal(YamlScalarNode n) =>
            decimal.TryParse(n.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw Error(n, $"'{n.Value}' is geen getal (gebruik een decimale punt)");

        private ApportionmentMethod Method(YamlScalarNode n) =>
            ApportionmentMethods.ByName.TryGetValue(n.Value ?? "", out var m)
                ? m
                : throw Error(n, $"onbekende verdeelmethode '{n.Value}'; bekend zijn {string.Join(", ", ApportionmentMethods.ByName.Keys)}");

        private static bool IsNull(YamlScalarNode n) => n.Style == ScalarStyle.Plain && n.Value is "null" or "~" or "";

        private YamlNode Required(YamlMappingNode map, string key) =>
            Optional(map, key) ?? throw Error(map, $"'{key}' ontbreekt");

        private static YamlNode? Optional(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private string RequiredText(YamlMappingNode map, string key) => Scalar(Required(map, key)).Value ?? "";

        private string? OptionalText(YamlMappingNode map, string key) => Optional(map, key) is { } n ? Scalar(n).Value : null;

        private void CheckKeys(YamlMappingNode map, string[] allowed, string where)
        {
            foreach (var key in map.Children.Keys)
                if (!allowed.Contains(Key(key)))
                    throw Error(key, $"onbekende sleutel '{Key(key)}' in {where}; toegestaan zijn {string.Join(", ", allowed)}");
        }

        private string Key(YamlNode node) => Scalar(node).Value ?? "";

        private YamlScalarNode Scalar(YamlNode node) => node as YamlScalarNode ?? throw Error(node, "verwacht een enkele waarde");

        private YamlMappingNode Mapping(YamlNode node) =>
            node as YamlMappingNode ?? throw Error(node, "verwacht een blok met 'waarde' en 'bron'");

        private InvalidInputException Error(YamlNode node, string message) =>
            new($"{fileName}, regel {node.Start.Line}, kolom {node.Start.Column}: {message}.");
    }
}
