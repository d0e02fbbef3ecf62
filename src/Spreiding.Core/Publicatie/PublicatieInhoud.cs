using System.Globalization;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;

namespace Spreiding.Core.Publicatie;

/// <summary>The soorten of publication: the biennial raming, or an interim change (art. 2 lid 2 wet).</summary>
public static class PublicatieSoorten
{
    public const string Raming = "raming";
    public const string Tussentijds = "tussentijds";

    public static readonly IReadOnlyList<string> Alle = [Raming, Tussentijds];
}

/// <summary>A dataset as it went into a publication: its provenance and every value, as canonical text.</summary>
/// <param name="Soort"><c>bevolking</c> or <c>ses-woa</c>.</param>
/// <param name="Peildatum">Population: the date (<c>yyyy-MM-dd</c>); null for SES-WOA.</param>
/// <param name="Periode">SES-WOA: the CBS period; null for population.</param>
/// <param name="Waarden">Per municipality code the value in invariant notation without trailing zeros.</param>
public sealed record DatasetInvoer(
    string Soort,
    string Naam,
    string Attributie,
    string? Url,
    string? Peildatum,
    string? Periode,
    IReadOnlyDictionary<string, string> Waarden)
{
    /// <summary>SHA-256 of the canonical JSON object of <see cref="Waarden"/> (code to value text, sorted by code).</summary>
    public string Sha256 => CanoniekeJson.Sha256(WaardenObject());

    private SortedDictionary<string, object?> WaardenObject() =>
        new(Waarden.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["soort"] = Soort,
        ["naam"] = Naam,
        ["attributie"] = Attributie,
        ["url"] = Url,
        ["peildatum"] = Peildatum,
        ["periode"] = Periode,
        ["sha256"] = Sha256,
        ["waarden"] = WaardenObject(),
    };

    /// <summary>A short description: name and peildatum or period.</summary>
    public string Omschrijving => Soort == "bevolking" ? $"{Naam}, peildatum {Peildatum}" : $"{Naam}, periode {Periode}";

    public static DatasetInvoer Van(Bevolking b) => new(
        "bevolking", b.Bron.Naam, b.Bron.Attributie, b.Bron.Url, b.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null,
        b.Inwoners.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value.ToString(CultureInfo.InvariantCulture)));

    public static DatasetInvoer Van(SesWoa s) => new(
        "ses-woa", s.Bron.Naam, s.Bron.Attributie, s.Bron.Url, null, s.Periode,
        s.Scores.ToDictionary(kv => kv.Key.ToString(), kv => PublicatieGetallen.Exact(kv.Value)));

    public static DatasetInvoer Lees(IReadOnlyDictionary<string, object?> o) => new(
        (string)o["soort"]!, (string)o["naam"]!, (string)o["attributie"]!, (string?)o["url"], (string?)o["peildatum"], (string?)o["periode"],
        ((IReadOnlyDictionary<string, object?>)o["waarden"]!).ToDictionary(kv => kv.Key, kv => (string)kv.Value!));

    public Bevolking AlsBevolking() => new(
        DateOnly.ParseExact(Peildatum!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new Bron(Naam, Attributie, Url),
        Waarden.ToDictionary(kv => GemeenteCode.Parse(kv.Key), kv => int.Parse(kv.Value, CultureInfo.InvariantCulture)));

    public SesWoa AlsSesWoa() => new(
        Periode!, new Bron(Naam, Attributie, Url),
        Waarden.ToDictionary(kv => GemeenteCode.Parse(kv.Key), kv => decimal.Parse(kv.Value, NumberStyles.Number, CultureInfo.InvariantCulture)));
}

/// <summary>The choices of <c>raming</c> that depart from the rules, as given (null: the rules' own).</summary>
public sealed record OptiesInvoer(int? Totaal, string? Methode, string? Sleutel, ulong? Loting, int? Minimum, int? Maximum)
{
    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["totaal"] = Totaal,
        ["methode"] = Methode,
        ["sleutel"] = Sleutel,
        ["loting"] = Loting,
        ["minimum"] = Minimum,
        ["maximum"] = Maximum,
    };

    public static OptiesInvoer Lees(IReadOnlyDictionary<string, object?> o) => new(
        (int?)(long?)o["totaal"], (string?)o["methode"], (string?)o["sleutel"],
        o["loting"] is { } l ? Convert.ToUInt64(l, CultureInfo.InvariantCulture) : null,
        (int?)(long?)o["minimum"], (int?)(long?)o["maximum"]);

    public RamingOpties AlsRamingOpties() => new(
        Totaal,
        Methode is { } m ? ApportionmentMethods.Parse(m) : null,
        Sleutel,
        Loting is { } seed ? new TieRule.Lot(seed) : null,
        Minimum,
        Maximum);
}

/// <summary>
/// Everything a publication was computed from, stored with it so that <c>publicatie controleer</c> does not depend
/// on later imports or a changed bundle: the rules file's full text (LF line ends), the municipal division in
/// force, both datasets with every value, and the options.
/// </summary>
public sealed record PublicatieInvoer(
    int Cyclus,
    string Soort,
    string RegelsBestand,
    string RegelsInhoud,
    IReadOnlyList<Gemeente> Gemeenten,
    IReadOnlyList<Provincie> Provincies,
    DatasetInvoer Bevolking,
    DatasetInvoer? SesWoa,
    OptiesInvoer Opties)
{
    /// <summary>SHA-256 of the rules text as UTF-8 with LF line ends.</summary>
    public string RegelsSha256 => CanoniekeJson.Sha256(CanoniekeJson.Utf8.GetBytes(CanoniekeJson.Lf(RegelsInhoud)));

    public GemeentelijkeIndeling Indeling() => new(Gemeenten, Provincies);

    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["cyclus"] = Cyclus,
        ["soort"] = Soort,
        ["regels"] = new Dictionary<string, object?>
        {
            ["bestand"] = RegelsBestand,
            ["sha256"] = RegelsSha256,
            ["inhoud"] = CanoniekeJson.Lf(RegelsInhoud),
        },
        ["indeling"] = new Dictionary<string, object?>
        {
            ["gemeenten"] = Gemeenten.OrderBy(g => g.Code).ThenBy(g => g.GeldigVanaf).Select(g => new Dictionary<string, object?>
            {
                ["gemeentecode"] = g.Code.ToString(),
                ["gemeentenaam"] = g.Naam,
                ["cbs_regionaam"] = g.CbsRegionaam,
                ["provinciecode"] = g.Provincie.ToString(),
                ["geldig_vanaf"] = Datum(g.GeldigVanaf),
                ["geldig_tot"] = g.GeldigTot is { } t ? Datum(t) : null,
            }).ToList(),
            ["provincies"] = Provincies.OrderBy(p => p.Code).Select(p => new Dictionary<string, object?>
            {
                ["provinciecode"] = p.Code.ToString(),
                ["provincie"] = p.Naam,
            }).ToList(),
        },
        ["bevolking"] = Bevolking.Canoniek(),
        ["ses_woa"] = SesWoa?.Canoniek(),
        ["opties"] = Opties.Canoniek(),
    };

    /// <summary>The canonical text of the inputs (no trailing line end).</summary>
    public string CanoniekeTekst() => CanoniekeJson.Schrijf(Canoniek());

    /// <summary>Reads the inputs back from their canonical text.</summary>
    public static PublicatieInvoer Lees(string canoniek)
    {
        var o = (IReadOnlyDictionary<string, object?>)CanoniekeLezer.Lees(canoniek)!;
        var regels = (IReadOnlyDictionary<string, object?>)o["regels"]!;
        var indeling = (IReadOnlyDictionary<string, object?>)o["indeling"]!;
        var gemeenten = ((IReadOnlyList<object?>)indeling["gemeenten"]!).Cast<IReadOnlyDictionary<string, object?>>().Select(g => new Gemeente(
            GemeenteCode.Parse((string)g["gemeentecode"]!), (string)g["gemeentenaam"]!, (string)g["cbs_regionaam"]!,
            ProvincieCode.Parse((string)g["provinciecode"]!), LeesDatum((string)g["geldig_vanaf"]!),
            g["geldig_tot"] is string t ? LeesDatum(t) : null)).ToList();
        var provincies = ((IReadOnlyList<object?>)indeling["provincies"]!).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(p => new Provincie(ProvincieCode.Parse((string)p["provinciecode"]!), (string)p["provincie"]!)).ToList();
        return new PublicatieInvoer(
            (int)(long)o["cyclus"]!,
            (string)o["soort"]!,
            (string)regels["bestand"]!,
            (string)regels["inhoud"]!,
            gemeenten,
            provincies,
            DatasetInvoer.Lees((IReadOnlyDictionary<string, object?>)o["bevolking"]!),
            o["ses_woa"] is IReadOnlyDictionary<string, object?> s ? DatasetInvoer.Lees(s) : null,
            OptiesInvoer.Lees((IReadOnlyDictionary<string, object?>)o["opties"]!));
    }

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly LeesDatum(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record GemeenteUitkomst(
    string Gemeentecode,
    string Gemeentenaam,
    string Provinciecode,
    string Provincie,
    long Inwoners,
    string? SesWoa,
    string Correctiefactor,
    string Gewicht,
    string Inwonersquotum,
    string Quotum,
    int Plaatsen,
    bool Begrensd,
    string? AmvQuotum,
    int? Amv)
{
    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["gemeentecode"] = Gemeentecode,
        ["gemeentenaam"] = Gemeentenaam,
        ["provinciecode"] = Provinciecode,
        ["provincie"] = Provincie,
        ["inwoners"] = Inwoners,
        ["ses_woa"] = SesWoa,
        ["correctiefactor"] = Correctiefactor,
        ["gewicht"] = Gewicht,
        ["inwonersquotum"] = Inwonersquotum,
        ["quotum"] = Quotum,
        ["plaatsen"] = Plaatsen,
        ["begrensd"] = Begrensd,
        ["amv_quotum"] = AmvQuotum,
        ["amv"] = Amv,
    };
}

public sealed record ProvincieUitkomst(
    string Provinciecode,
    string Provincie,
    int Gemeenten,
    long Inwoners,
    string Gewicht,
    string Quotum,
    int Plaatsen,
    int? Amv)
{
    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["provinciecode"] = Provinciecode,
        ["provincie"] = Provincie,
        ["gemeenten"] = Gemeenten,
        ["inwoners"] = Inwoners,
        ["gewicht"] = Gewicht,
        ["quotum"] = Quotum,
        ["plaatsen"] = Plaatsen,
        ["amv"] = Amv,
    };
}

public sealed record LotingUitkomst(ulong Zaad, int Betwist, IReadOnlyList<string> Gelijk, IReadOnlyList<string> Winnaars)
{
    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["zaad"] = Zaad,
        ["betwist"] = Betwist,
        ["gelijk"] = Gelijk,
        ["winnaars"] = Winnaars,
    };
}

/// <summary>What a publication says: the national figures, every municipality and every province.</summary>
public sealed record PublicatieUitvoer(
    int Totaal,
    int Toegekend,
    int Verschil,
    int? AmvTotaal,
    int? AmvToegekend,
    string Sleutel,
    string SleutelOmschrijving,
    string Methode,
    string MethodeOmschrijving,
    string? Deler,
    bool Wettelijk,
    IReadOnlyList<string> Afwijkingen,
    IReadOnlyList<LotingUitkomst> Lotingen,
    IReadOnlyList<GemeenteUitkomst> Gemeenten,
    IReadOnlyList<ProvincieUitkomst> Provincies)
{
    public IReadOnlyDictionary<string, object?> Canoniek() => new Dictionary<string, object?>
    {
        ["totaal"] = Totaal,
        ["toegekend"] = Toegekend,
        ["verschil"] = Verschil,
        ["amv_totaal"] = AmvTotaal,
        ["amv_toegekend"] = AmvToegekend,
        ["sleutel"] = Sleutel,
        ["sleutel_omschrijving"] = SleutelOmschrijving,
        ["methode"] = Methode,
        ["methode_omschrijving"] = MethodeOmschrijving,
        ["deler"] = Deler,
        ["wettelijk"] = Wettelijk,
        ["afwijkingen"] = Afwijkingen,
        ["lotingen"] = Lotingen.Select(l => l.Canoniek()).ToList(),
        ["gemeenten"] = Gemeenten.Select(g => g.Canoniek()).ToList(),
        ["provincies"] = Provincies.Select(p => p.Canoniek()).ToList(),
    };

    public string CanoniekeTekst() => CanoniekeJson.Schrijf(Canoniek());

    public static PublicatieUitvoer Van(Capaciteitsraming r) => new(
        r.Totaal,
        r.Toegekend,
        r.Verschil,
        r.AmvTotaal,
        r.AmvToegekend,
        r.SleutelType,
        r.SleutelOmschrijving,
        r.Methode.Name(),
        r.Methode.Description(),
        r.Verdeling.Divisor?.ToString(),
        r.IsWettelijk,
        r.Afwijkingen,
        r.Lotingen.Select(l => new LotingUitkomst(l.Seed, l.Contested, l.Tied, l.Winners)).ToList(),
        r.Gemeenten.Select(g => new GemeenteUitkomst(
            g.Gemeente.Code.ToString(), g.Gemeente.Naam, g.Gemeente.Provincie.ToString(), g.ProvincieNaam, g.Inwoners,
            g.SesWoa is { } s ? PublicatieGetallen.Exact(s) : null,
            PublicatieGetallen.Exact(g.Correctiefactor), PublicatieGetallen.Exact(g.Gewicht),
            g.Inwonersquotum.ToString(), g.Quotum.ToString(), g.Plaatsen, g.Begrensd, g.AmvQuotum?.ToString(), g.Amv)).ToList(),
        r.Provincies.Select(p => new ProvincieUitkomst(
            p.Provincie.Code.ToString(), p.Provincie.Naam, p.AantalGemeenten, p.Inwoners, PublicatieGetallen.Exact(p.Gewicht),
            p.Quotum.ToString(), p.Plaatsen, p.Amv)).ToList());
}

/// <summary>The hashed content of a publication: its inputs and its outputs.</summary>
public sealed record PublicatieInhoud(PublicatieInvoer Invoer, PublicatieUitvoer Uitvoer)
{
    /// <summary><c>{"invoer":…,"uitvoer":…}</c> in canonical JSON followed by one LF.</summary>
    public string CanoniekeTekst() =>
        CanoniekeJson.Schrijf(new Dictionary<string, object?> { ["invoer"] = Invoer.Canoniek(), ["uitvoer"] = Uitvoer.Canoniek() }) + "\n";

    public byte[] CanoniekeBytes() => CanoniekeJson.Utf8.GetBytes(CanoniekeTekst());

    /// <summary>The publication's hash: SHA-256 over <see cref="CanoniekeBytes"/>.</summary>
    public string Sha256() => CanoniekeJson.Sha256(CanoniekeBytes());
}

/// <summary>Number notation shared by the canonical form and the open data.</summary>
public static class PublicatieGetallen
{
    /// <summary>A decimal in plain invariant notation without trailing zeros (as <c>raming --formaat csv</c>).</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Reads a canonical fraction (<c>n</c> or <c>n/d</c>).</summary>
    public static Fraction Breuk(string tekst)
    {
        var i = tekst.IndexOf('/', StringComparison.Ordinal);
        return i < 0
            ? Fraction.FromInteger(Int128.Parse(tekst, CultureInfo.InvariantCulture))
            : new Fraction(Int128.Parse(tekst[..i], CultureInfo.InvariantCulture), Int128.Parse(tekst[(i + 1)..], CultureInfo.InvariantCulture));
    }
}
