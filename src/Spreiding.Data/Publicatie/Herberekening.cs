using System.Reflection;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Publicatie;
using Spreiding.Core.Raming;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;

namespace Spreiding.Data.Publicatie;

/// <summary>The outcome of <see cref="Herberekening.Controleer"/>: empty <see cref="Verschillen"/> means it holds ("klopt").</summary>
public sealed record Controle(string OpgeslagenSha256, string BerekendeSha256, IReadOnlyList<string> Verschillen)
{
    public bool Klopt => Verschillen.Count == 0;
}

/// <summary>Builds a publication's content from a raming and recomputes it from stored inputs alone.</summary>
public static class Herberekening
{
    /// <summary>The informational version of this program (kept with a publication, outside its hash).</summary>
    public static string CodeVersie =>
        typeof(Herberekening).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Herberekening).Assembly.GetName().Version?.ToString()
        ?? "onbekend";

    /// <summary>The bundled rules text of <paramref name="cyclus"/>, as <c>RegelsLoader.Bundled</c> reads it.</summary>
    public static string BundledRegelsInhoud(int cyclus) => EmbeddedFiles.ReadText($"rules/cyclus-{cyclus}.yaml");

    /// <summary>The inputs of <paramref name="raming"/> as a publication keeps them.</summary>
    public static PublicatieInvoer Invoer(Capaciteitsraming raming, string soort, string regelsInhoud, OptiesInvoer opties, Core.Indeling.GemeentelijkeIndeling indeling)
    {
        var datum = raming.Regels.IndelingOp.Waarde;
        var gemeenten = indeling.OpDatum(datum);
        var provincies = indeling.Provincies.Where(p => gemeenten.Any(g => g.Provincie == p.Code)).ToList();
        return new PublicatieInvoer(
            raming.Regels.Cyclus, soort, raming.Regels.Bestand, CanoniekeJson.Lf(regelsInhoud), gemeenten, provincies,
            DatasetInvoer.Van(raming.Bevolking), raming.SesWoa is { } s ? DatasetInvoer.Van(s) : null, opties);
    }

    /// <summary>Computes the raming again from <paramref name="invoer"/> alone (rules text, division, datasets, options).</summary>
    public static Capaciteitsraming Bereken(PublicatieInvoer invoer)
    {
        var regels = RegelsLoader.Parse(invoer.RegelsInhoud, invoer.RegelsBestand);
        try
        {
            return RamingEngine.Bereken(new RamingInvoer(
                regels, invoer.Indeling(), invoer.Bevolking.AlsBevolking(), invoer.SesWoa?.AlsSesWoa(), invoer.Opties.AlsRamingOpties()));
        }
        catch (TieException e)
        {
            throw new Core.InvalidInputException(e.Message);
        }
    }

    public static PublicatieInhoud Inhoud(PublicatieInvoer invoer) => new(invoer, PublicatieUitvoer.Van(Bereken(invoer)));

    /// <summary>
    /// Recomputes <paramref name="p"/> from its stored inputs and compares byte for byte: the stored hash with the hash
    /// of the stored content, and the stored outputs with the recomputed ones (naming each field that differs).
    /// </summary>
    public static Controle Controleer(OpgeslagenPublicatie p)
    {
        var verschillen = new List<string>();
        var opgeslagenInhoud = p.Inhoud.Sha256();
        if (opgeslagenInhoud != p.Sha256)
            verschillen.Add($"de hash van de opgeslagen inhoud is {opgeslagenInhoud}, maar bij de publicatie is {p.Sha256} vastgelegd");
        if (p.Invoer.Soort != p.Soort)
            verschillen.Add($"soort: '{p.Soort}' bij de publicatie, '{p.Invoer.Soort}' in de invoer");
        PublicatieInhoud herberekend;
        try
        {
            herberekend = Inhoud(p.Invoer);
        }
        catch (Core.InvalidInputException e)
        {
            verschillen.Add("de opgeslagen invoer kan niet opnieuw worden berekend: " + e.Message);
            return new Controle(p.Sha256, "", verschillen);
        }
        var oud = p.Uitvoer.CanoniekeTekst();
        var nieuw = herberekend.Uitvoer.CanoniekeTekst();
        if (oud != nieuw)
            verschillen.AddRange(UitvoerVerschillen(p.Uitvoer, herberekend.Uitvoer));
        var berekend = herberekend.Sha256();
        if (berekend != p.Sha256 && verschillen.Count == 0)
            verschillen.Add($"de herberekende hash {berekend} wijkt af van de vastgelegde {p.Sha256}");
        return new Controle(p.Sha256, berekend, verschillen);
    }

    /// <summary>Field by field: which stored outputs differ from the recomputed ones.</summary>
    public static IReadOnlyList<string> UitvoerVerschillen(PublicatieUitvoer opgeslagen, PublicatieUitvoer berekend)
    {
        var lijst = new List<string>();
        Vergelijk(lijst, "landelijk", Zonder(opgeslagen.Canoniek(), "gemeenten", "provincies"), Zonder(berekend.Canoniek(), "gemeenten", "provincies"));
        VergelijkRijen(lijst, opgeslagen.Gemeenten.Select(g => (g.Gemeentecode + " " + g.Gemeentenaam, g.Canoniek())),
            berekend.Gemeenten.Select(g => (g.Gemeentecode + " " + g.Gemeentenaam, g.Canoniek())));
        VergelijkRijen(lijst, opgeslagen.Provincies.Select(p => (p.Provinciecode + " " + p.Provincie, p.Canoniek())),
            berekend.Provincies.Select(p => (p.Provinciecode + " " + p.Provincie, p.Canoniek())));
        if (lijst.Count == 0) lijst.Add("de canonieke uitvoer verschilt (volgorde of vorm)");
        return lijst;
    }

    private static Dictionary<string, object?> Zonder(IReadOnlyDictionary<string, object?> o, params string[] keys) =>
        o.Where(kv => !keys.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);

    private static void VergelijkRijen(List<string> lijst, IEnumerable<(string Naam, IReadOnlyDictionary<string, object?> Rij)> oud,
        IEnumerable<(string Naam, IReadOnlyDictionary<string, object?> Rij)> nieuw)
    {
        var a = oud.ToDictionary(r => r.Naam.Split(' ')[0], r => r);
        var b = nieuw.ToDictionary(r => r.Naam.Split(' ')[0], r => r);
        foreach (var code in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            if (!b.TryGetValue(code, out var n)) { lijst.Add($"{a[code].Naam}: staat in de opgeslagen uitvoer, niet in de herberekening"); continue; }
            if (!a.TryGetValue(code, out var o)) { lijst.Add($"{n.Naam}: ontbreekt in de opgeslagen uitvoer"); continue; }
            Vergelijk(lijst, o.Naam, o.Rij, n.Rij);
        }
    }

    private static void Vergelijk(List<string> lijst, string waar, IReadOnlyDictionary<string, object?> oud, IReadOnlyDictionary<string, object?> nieuw)
    {
        foreach (var key in oud.Keys.Union(nieuw.Keys).Order(StringComparer.Ordinal))
        {
            var o = CanoniekeJson.Schrijf(oud.GetValueOrDefault(key));
            var n = CanoniekeJson.Schrijf(nieuw.GetValueOrDefault(key));
            if (o != n) lijst.Add($"{waar}: {key} opgeslagen {o}, herberekend {n}");
        }
    }
}
