using System.Globalization;
using System.Text;
using System.Xml;

namespace Spreiding.Core.Publicatie;

/// <summary>What identifies a stored publication outside its hashed content.</summary>
/// <param name="AangemaaktOp">The creation moment (UTC): the Atom <c>updated</c> of its entry.</param>
public sealed record PublicatieKop(string Id, int Cyclus, string Soort, DateTimeOffset AangemaaktOp, string Sha256);

/// <summary>Renders the Atom feed and the notice for a Provinciale Regietafel. Pure: no clock, no I/O.</summary>
public static class PublicatieTeksten
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>A stable id: <c>urn:spreiding:publicatie:2024-1</c>, with <c>:PV27</c> for a province's entry.</summary>
    public static string EntryId(string id, string? provinciecode) =>
        "urn:spreiding:publicatie:" + id + (provinciecode is null ? "" : ":" + provinciecode);

    public static string FeedId(string? provinciecode) => "urn:spreiding:publicaties" + (provinciecode is null ? "" : ":" + provinciecode);

    private static string Tijd(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An Atom 1.0 feed with one entry per publication, newest first. The feed's <c>updated</c> is the newest
    /// entry's creation moment (or 1970-01-01 when there are none), so the feed never reads the clock.
    /// </summary>
    public static string Atom(IReadOnlyList<(PublicatieKop Kop, PublicatieInhoud Inhoud)> publicaties, string? provinciecode)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true };
        using (var w = XmlWriter.Create(new StringWriter(sb, CultureInfo.InvariantCulture), settings))
        {
            string? provincieNaam = null;
            if (provinciecode is not null)
                provincieNaam = publicaties.SelectMany(p => p.Inhoud.Uitvoer.Provincies).FirstOrDefault(p => p.Provinciecode == provinciecode)?.Provincie ?? provinciecode;
            w.WriteStartElement("feed", AtomNamespace);
            w.WriteAttributeString("xml", "lang", null, "nl");
            w.WriteElementString("id", AtomNamespace, FeedId(provinciecode));
            w.WriteElementString("title", AtomNamespace, "Capaciteitsramingen Spreidingswet" + (provincieNaam is null ? "" : " — provincie " + provincieNaam));
            var laatste = publicaties.Count == 0 ? DateTimeOffset.UnixEpoch : publicaties.Max(p => p.Kop.AangemaaktOp);
            w.WriteElementString("updated", AtomNamespace, Tijd(laatste));
            w.WriteStartElement("author", AtomNamespace);
            w.WriteElementString("name", AtomNamespace, "Spreiding");
            w.WriteEndElement();
            foreach (var (kop, inhoud) in publicaties.OrderByDescending(p => p.Kop.AangemaaktOp).ThenByDescending(p => p.Kop.Cyclus).ThenByDescending(p => p.Kop.Id, StringComparer.Ordinal))
            {
                var u = inhoud.Uitvoer;
                var prov = provinciecode is null ? null : u.Provincies.FirstOrDefault(p => p.Provinciecode == provinciecode);
                if (provinciecode is not null && prov is null) continue;
                w.WriteStartElement("entry", AtomNamespace);
                w.WriteElementString("id", AtomNamespace, EntryId(kop.Id, provinciecode));
                var titel = $"{Soortnaam(kop.Soort)} {kop.Cyclus} (publicatie {kop.Id})" +
                            (prov is null ? $": {Nederlands.Geheel(u.Toegekend)} plaatsen" : $": {prov.Provincie} {Nederlands.Geheel(prov.Plaatsen)} plaatsen");
                w.WriteElementString("title", AtomNamespace, titel);
                w.WriteElementString("updated", AtomNamespace, Tijd(kop.AangemaaktOp));
                w.WriteElementString("published", AtomNamespace, Tijd(kop.AangemaaktOp));
                var samenvatting = new StringBuilder();
                samenvatting.Append(u.Wettelijk ? "Wettelijke verdeling. " : "NIET de wettelijke verdeling: " + string.Join("; ", u.Afwijkingen) + ". ");
                if (prov is not null)
                {
                    samenvatting.Append($"Provinciale opgave {prov.Provincie}: {Nederlands.Geheel(prov.Plaatsen)} plaatsen");
                    if (prov.Amv is { } a) samenvatting.Append($", waarvan {Nederlands.Geheel(a)} amv");
                    samenvatting.Append(". ");
                    samenvatting.Append(string.Join("; ", u.Gemeenten.Where(g => g.Provinciecode == provinciecode).Select(g => $"{g.Gemeentenaam} {Nederlands.Geheel(g.Plaatsen)}")));
                    samenvatting.Append(". ");
                }
                else
                {
                    samenvatting.Append($"Totaal {Nederlands.Geheel(u.Totaal)}, toegekend {Nederlands.Geheel(u.Toegekend)}; ");
                    samenvatting.Append(string.Join("; ", u.Provincies.Select(p => $"{p.Provincie} {Nederlands.Geheel(p.Plaatsen)}")));
                    samenvatting.Append(". ");
                }
                samenvatting.Append($"SHA-256 {kop.Sha256}.");
                w.WriteStartElement("summary", AtomNamespace);
                w.WriteAttributeString("type", "text");
                w.WriteString(samenvatting.ToString());
                w.WriteEndElement();
                w.WriteStartElement("category", AtomNamespace);
                w.WriteAttributeString("term", kop.Soort);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    public static string Soortnaam(string soort) => soort == PublicatieSoorten.Tussentijds ? "Tussentijdse wijziging capaciteitsraming" : "Capaciteitsraming";

    /// <summary>
    /// The notice for the secretary of a Provinciale Regietafel, ready to forward: the province's task, each
    /// municipality's new number and what changed since <paramref name="vorige"/> (when given).
    /// </summary>
    public static string Bericht(PublicatieKop kop, PublicatieInhoud inhoud, string provinciecode, (PublicatieKop Kop, PublicatieInhoud Inhoud)? vorige)
    {
        var u = inhoud.Uitvoer;
        var prov = u.Provincies.FirstOrDefault(p => p.Provinciecode == provinciecode)
            ?? throw new InvalidInputException($"Provincie {provinciecode} komt niet voor in publicatie {kop.Id}; kies uit {string.Join(", ", u.Provincies.Select(p => p.Provinciecode))}.");
        var verschil = vorige is { } v ? PublicatieVerschil.Bereken(v.Inhoud, inhoud) : null;
        var sb = new StringBuilder();
        sb.Append($"Onderwerp: {Soortnaam(kop.Soort)} {kop.Cyclus} (publicatie {kop.Id}): opgave provincie {prov.Provincie}\n\n");
        sb.Append($"Aan de leden van de Provinciale Regietafel {prov.Provincie},\n\n");
        sb.Append($"Op {Nederlands.Datum(DateOnly.FromDateTime(kop.AangemaaktOp.UtcDateTime))} is publicatie {kop.Id} van de {Soortnaam(kop.Soort).ToLowerInvariant()} {kop.Cyclus} vastgelegd. ");
        sb.Append($"De provinciale opgave voor {prov.Provincie} is {Nederlands.Geheel(prov.Plaatsen)} opvangplaatsen");
        if (prov.Amv is { } amv) sb.Append($", waarvan {Nederlands.Geheel(amv)} voor alleenstaande minderjarige vreemdelingen (amv)");
        sb.Append(". Het aantal per gemeente is indicatief; gemeenten kunnen binnen de provincie afspraken maken over een andere verdeling.\n\n");
        if (!u.Wettelijk)
            sb.Append("Let op: dit is NIET de wettelijke verdeling, want: " + string.Join("; ", u.Afwijkingen) + ".\n\n");

        if (verschil is not null && vorige is { } vk)
        {
            var pv = verschil.Provincies.FirstOrDefault(p => p.Code == provinciecode);
            sb.Append($"Wat is gewijzigd sinds publicatie {vk.Kop.Id}:\n");
            if (verschil.Invoerwijzigingen.Count == 0) sb.Append("- geen wijziging in de invoer\n");
            foreach (var w in verschil.Invoerwijzigingen) sb.Append("- ").Append(w).Append('\n');
            if (pv is not null && pv.Oud is { } oud)
                sb.Append($"- provinciale opgave: {Nederlands.Geheel(oud)} -> {Nederlands.Geheel(prov.Plaatsen)} ({Met(pv.Verschil)})\n");
            sb.Append('\n');
        }
        else
            sb.Append("Er is geen eerdere publicatie om mee te vergelijken.\n\n");

        sb.Append("Per gemeente:\n");
        var rijen = verschil?.Gemeenten.ToDictionary(r => r.Code);
        foreach (var g in u.Gemeenten.Where(g => g.Provinciecode == provinciecode))
        {
            sb.Append($"- {g.Gemeentenaam} ({g.Gemeentecode}): {Nederlands.Geheel(g.Plaatsen)} plaatsen");
            if (g.Amv is { } a) sb.Append($", waarvan {Nederlands.Geheel(a)} amv");
            if (rijen is not null && rijen.TryGetValue(g.Gemeentecode, out var r))
            {
                if (r.Oud is null) sb.Append("; nieuw in deze publicatie");
                else if (!r.Gewijzigd) sb.Append("; ongewijzigd");
                else
                {
                    sb.Append($"; was {Nederlands.Geheel(r.Oud.Value)} ({Met(r.Verschil)})");
                    if (r.AmvOud != r.AmvNieuw) sb.Append($", amv was {(r.AmvOud is { } ao ? Nederlands.Geheel(ao) : "niet verdeeld")}");
                    sb.Append(": ").Append(string.Join("; ", r.Redenen));
                }
            }
            sb.Append('\n');
        }
        sb.Append('\n');
        sb.Append($"Methode: {u.SleutelOmschrijving}; {u.MethodeOmschrijving}.\n");
        var i = inhoud.Invoer;
        sb.Append($"Bronnen: {i.Bevolking.Omschrijving} ({i.Bevolking.Attributie})");
        if (i.SesWoa is { } s && u.Sleutel == Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam) sb.Append($"; {s.Omschrijving} ({s.Attributie})");
        sb.Append(".\n");
        sb.Append($"Controlegetal (SHA-256): {kop.Sha256}\n");
        sb.Append($"Narekenen kan met: spreiding publicatie controleer {kop.Id}\n");
        return sb.ToString();
    }

    private static string Met(int n) => n > 0 ? "+" + Nederlands.Geheel(n) : Nederlands.Geheel(n);
}
