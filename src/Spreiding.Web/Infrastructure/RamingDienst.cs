using System.Collections.Concurrent;
using Spreiding.Core;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Locaties;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;
using Spreiding.Core.Verdeelsleutel;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Opslag;
using Spreiding.Data.Regels;

namespace Spreiding.Web.Infrastructure;

/// <summary>
/// The rameningen the pages and the API show: per cycle the statutory key when its data are complete,
/// otherwise the population-only key (then <see cref="Capaciteitsraming.IsWettelijk"/> is false and every
/// page says so). Cached per cycle and state of the imported datasets.
/// </summary>
public sealed class RamingDienst(SpreidingDatabase database, TimeProvider klok)
{
    public const string VoorbeeldMarkering = "VOORBEELDGEGEVENS";
    public const int StandaardCyclus = 2024;

    /// <summary>How long the state of the datasets and the register is trusted before the database is asked again.</summary>
    public static readonly TimeSpan StandGeldig = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(int, string), Capaciteitsraming> _cache = new();
    private readonly ConcurrentDictionary<(string, string), object> _weergaven = new();
    private (string Stand, DateTimeOffset Tot) _stand = ("", DateTimeOffset.MinValue);

    /// <summary>How many renderings that depend on free query input (scenario variants) are kept; the oldest goes first.</summary>
    public const int MaximumVarianten = 96;

    private readonly Lock _variantSlot = new();
    private readonly Dictionary<string, Lazy<object>> _varianten = new(StringComparer.Ordinal);
    private readonly Queue<string> _variantVolgorde = new();

    public RamingDienst(SpreidingDatabase database) : this(database, TimeProvider.System) { }

    /// <summary>
    /// The state of the imported datasets and of the register, read at most every <see cref="StandGeldig"/>:
    /// a page rendered for one state is reused until the data change (imports by the CLI are seen within that time).
    /// </summary>
    public string Stand()
    {
        var nu = klok.GetUtcNow();
        var huidig = _stand;
        if (nu < huidig.Tot) return huidig.Stand;
        var datasets = new DatasetStore(database).List();
        var register = new LocatieStore(database).LaatsteWijziging();
        var stand = (datasets.Count == 0 ? "" : $"{datasets.Count}:{datasets[^1].Id}:{datasets[^1].Sha256}") + "|" + register?.ToString("O");
        if (stand != huidig.Stand)
        {
            _weergaven.Clear();
            lock (_variantSlot)
            {
                _varianten.Clear();
                _variantVolgorde.Clear();
            }
        }
        _stand = (stand, nu + StandGeldig);
        return stand;
    }

    /// <summary>A rendering (a page, an API body) made once per key and state of the data.</summary>
    public T Onthoud<T>(string sleutel, Func<T> maak) where T : class =>
        (T)_weergaven.GetOrAdd((sleutel, Stand()), _ => maak());

    /// <summary>
    /// As <see cref="Onthoud"/>, for renderings whose key comes from free query input (a scenario with chosen lever values,
    /// runs and seed): at most <see cref="MaximumVarianten"/> are kept, the oldest is dropped first, so no sequence of
    /// requests can grow the cache without bound. A rendering is made once even when requests for it arrive together;
    /// one that fails is not kept.
    /// </summary>
    public T OnthoudVariant<T>(string sleutel, Func<T> maak) where T : class
    {
        var volledig = sleutel + "\n" + Stand();
        Lazy<object> lui;
        lock (_variantSlot)
        {
            if (!_varianten.TryGetValue(volledig, out lui!))
            {
                lui = new Lazy<object>(() => maak(), LazyThreadSafetyMode.ExecutionAndPublication);
                _varianten[volledig] = lui;
                _variantVolgorde.Enqueue(volledig);
                while (_varianten.Count > MaximumVarianten && _variantVolgorde.TryDequeue(out var oudste)) _varianten.Remove(oudste);
            }
        }
        try
        {
            return (T)lui.Value;
        }
        catch
        {
            lock (_variantSlot)
                if (_varianten.TryGetValue(volledig, out var huidig) && ReferenceEquals(huidig, lui)) _varianten.Remove(volledig);
            throw;
        }
    }

    /// <summary>How many variant renderings are kept now (for tests of the bound).</summary>
    internal int AantalVarianten
    {
        get { lock (_variantSlot) return _varianten.Count; }
    }

    public SpreidingDatabase Database => database;

    public IReadOnlyList<int> Cycli => RegelsLoader.BundledCycles();

    public Gegevensbronnen Bronnen => new(new DatasetStore(database));

    public Cyclusregels Regels(int cyclus) =>
        Cycli.Contains(cyclus) ? RegelsLoader.Bundled(cyclus) : throw WebFout.OnbekendeCyclus(cyclus, Cycli);

    public Capaciteitsraming Raming(int cyclus)
    {
        var regels = Regels(cyclus);
        return _cache.GetOrAdd((cyclus, Stand()), _ => Bereken(regels));
    }

    private Capaciteitsraming Bereken(Cyclusregels regels)
    {
        var bronnen = Bronnen;
        Bevolking bevolking;
        try
        {
            bevolking = bronnen.Bevolking(regels.PeildatumBevolking.Waarde, null);
        }
        catch (OntbrekendeBevolkingException e)
        {
            throw new WebFout(StatusCodes.Status409Conflict, "Gegevens ontbreken", e.Message);
        }
        var ses = bronnen.SesWoa(null, regels.IndelingOp.Waarde);
        try
        {
            return RamingEngine.Bereken(new RamingInvoer(regels, bronnen.Indeling, bevolking, ses, Opties(regels.Sleutel.Type)));
        }
        catch (OntbrekendeGegevensException e) when (e.Sleutel == InwonersSesWoaSleutel.TypeNaam)
        {
            // The statutory key cannot be computed on incomplete SES-WOA data: show the population-only key, labelled.
            return RamingEngine.Bereken(new RamingInvoer(regels, bronnen.Indeling, bevolking, ses, Opties(Verdeelsleutels.Canonical("inwoners"))));
        }
        catch (InvalidInputException e)
        {
            throw new WebFout(StatusCodes.Status409Conflict, "Raming niet te berekenen", e.Message);
        }
    }

    private static RamingOpties Opties(string sleutel) => new(null, null, sleutel, null, null, null);

    public IReadOnlyList<Locatie> Register() => new LocatieStore(database).Lijst();

    public static bool BevatVoorbeeld(IEnumerable<Locatie> locaties) =>
        locaties.Any(l => l.Bron?.Contains(VoorbeeldMarkering, StringComparison.OrdinalIgnoreCase) == true);
}
