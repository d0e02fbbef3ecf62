using System.Globalization;

namespace Spreiding.Core.Publicatie;

/// <summary>One row of a comparison: a province or a municipality, old and new, and why it changed.</summary>
/// <param name="Niveau"><c>provincie</c> or <c>gemeente</c>.</param>
/// <param name="Oud">Places in the old publication; null when the row is new.</param>
/// <param name="Redenen">Why the number changed, in Dutch; empty when it did not.</param>
public sealed record VerschilRij(
    string Niveau,
    string Code,
    string Naam,
    string Provinciecode,
    int? Oud,
    int? Nieuw,
    int? AmvOud,
    int? AmvNieuw,
    IReadOnlyList<string> Redenen)
{
    public int Verschil => (Nieuw ?? 0) - (Oud ?? 0);
    public int? AmvVerschil => AmvOud is null && AmvNieuw is null ? null : (AmvNieuw ?? 0) - (AmvOud ?? 0);
    public bool Gewijzigd => Oud != Nieuw || AmvOud != AmvNieuw;
}

/// <summary>
/// The difference between two publications. Attribution is by listing which inputs differ (not by recomputing
/// with mixed inputs): national inputs (total, method, key, rules, bounds, lot, division) are a reason for every
/// changed row; a municipality's own population or SES-WOA score is named for that municipality, and a change of
/// other municipalities' data is named as "elders" (it moves every share). A province's reasons are those of its
/// municipalities.
/// </summary>
public sealed record PublicatieVerschil(IReadOnlyList<string> Invoerwijzigingen, IReadOnlyList<VerschilRij> Provincies, IReadOnlyList<VerschilRij> Gemeenten)
{
    public const string CsvHeader = "niveau,code,naam,provinciecode,oud,nieuw,verschil,amv_oud,amv_nieuw,amv_verschil,redenen";

    public static PublicatieVerschil Bereken(PublicatieInhoud a, PublicatieInhoud b)
    {
        var ia = a.Invoer;
        var ib = b.Invoer;
        var ua = a.Uitvoer;
        var ub = b.Uitvoer;
        var landelijk = new List<string>();
        var wijzigingen = new List<string>();
        if (ua.Totaal != ub.Totaal)
        {
            landelijk.Add("totaal gewijzigd");
            wijzigingen.Add($"totaal: {Nederlands.Geheel(ua.Totaal)} -> {Nederlands.Geheel(ub.Totaal)}");
        }
        if (ua.AmvTotaal != ub.AmvTotaal && ua.Totaal != ub.Totaal)
            wijzigingen[^1] += ua.AmvTotaal is null ? " (daardoor weer amv verdeeld)" : " (daardoor geen amv-verdeling)";
        else if (ua.AmvTotaal != ub.AmvTotaal)
        {
            landelijk.Add("amv-totaal gewijzigd");
            wijzigingen.Add($"amv-totaal: {Tekst(ua.AmvTotaal)} -> {Tekst(ub.AmvTotaal)}");
        }
        if (ua.Methode != ub.Methode)
        {
            landelijk.Add("methode gewijzigd");
            wijzigingen.Add($"methode: {ua.Methode} -> {ub.Methode}");
        }
        if (ua.Sleutel != ub.Sleutel)
        {
            landelijk.Add("sleutel gewijzigd");
            wijzigingen.Add($"sleutel: {ua.SleutelOmschrijving} -> {ub.SleutelOmschrijving}");
        }
        if (ia.RegelsSha256 != ib.RegelsSha256 || ia.RegelsBestand != ib.RegelsBestand)
        {
            landelijk.Add("regels gewijzigd");
            wijzigingen.Add($"regels: {ia.RegelsBestand} ({ia.RegelsSha256[..12]}) -> {ib.RegelsBestand} ({ib.RegelsSha256[..12]})");
        }
        if (ia.Opties.Minimum != ib.Opties.Minimum || ia.Opties.Maximum != ib.Opties.Maximum)
        {
            landelijk.Add("minimum of maximum gewijzigd");
            wijzigingen.Add($"minimum/maximum: {Tekst(ia.Opties.Minimum)}/{Tekst(ia.Opties.Maximum)} -> {Tekst(ib.Opties.Minimum)}/{Tekst(ib.Opties.Maximum)}");
        }
        if (ia.Opties.Loting != ib.Opties.Loting)
        {
            landelijk.Add("loting gewijzigd");
            wijzigingen.Add($"lotingszaad: {Tekst(ia.Opties.Loting)} -> {Tekst(ib.Opties.Loting)}");
        }

        var sesTelt = ua.Sleutel == Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam || ub.Sleutel == Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam;
        var ga = ua.Gemeenten.ToDictionary(g => g.Gemeentecode);
        var gb = ub.Gemeenten.ToDictionary(g => g.Gemeentecode);
        var codes = ga.Keys.Union(gb.Keys).Order(StringComparer.Ordinal).ToList();
        var inwonersAnders = codes.Where(c => ga.GetValueOrDefault(c)?.Inwoners != gb.GetValueOrDefault(c)?.Inwoners).ToHashSet();
        var sesAnders = codes.Where(c => ga.GetValueOrDefault(c)?.SesWoa != gb.GetValueOrDefault(c)?.SesWoa).ToHashSet();
        var indelingAnders = codes.Where(c => !ga.ContainsKey(c) || !gb.ContainsKey(c)).ToHashSet();
        if (ia.Bevolking.Sha256 != ib.Bevolking.Sha256 || ia.Bevolking.Peildatum != ib.Bevolking.Peildatum)
            wijzigingen.Add($"bevolking: {ia.Bevolking.Omschrijving} -> {ib.Bevolking.Omschrijving}; andere inwonertallen voor {inwonersAnders.Count} gemeente(n)");
        if ((ia.SesWoa?.Sha256 != ib.SesWoa?.Sha256) && sesTelt)
            wijzigingen.Add($"SES-WOA: {ia.SesWoa?.Omschrijving ?? "geen"} -> {ib.SesWoa?.Omschrijving ?? "geen"}; andere scores voor {sesAnders.Count} gemeente(n)");
        if (indelingAnders.Count > 0)
            wijzigingen.Add($"gemeentelijke indeling: {indelingAnders.Count} gemeente(n) nieuw of vervallen");

        var gemeenten = new List<VerschilRij>();
        foreach (var code in codes)
        {
            var oud = ga.GetValueOrDefault(code);
            var nieuw = gb.GetValueOrDefault(code);
            var redenen = new List<string>();
            if (oud?.Plaatsen != nieuw?.Plaatsen || oud?.Amv != nieuw?.Amv)
            {
                redenen.AddRange(landelijk);
                if (oud is null) redenen.Add("nieuwe gemeente");
                else if (nieuw is null) redenen.Add("gemeente vervallen");
                else
                {
                    if (oud.Inwoners != nieuw.Inwoners)
                        redenen.Add($"inwoners gewijzigd ({Nederlands.Geheel(oud.Inwoners)} -> {Nederlands.Geheel(nieuw.Inwoners)})");
                    else if (inwonersAnders.Count > 0) redenen.Add("inwoners elders gewijzigd");
                    if (sesTelt)
                    {
                        if (oud.SesWoa != nieuw.SesWoa) redenen.Add($"SES-WOA gewijzigd ({oud.SesWoa ?? "geen"} -> {nieuw.SesWoa ?? "geen"})");
                        else if (sesAnders.Count > 0) redenen.Add("SES-WOA elders gewijzigd");
                    }
                    if (indelingAnders.Count > 0) redenen.Add("gemeentelijke indeling gewijzigd");
                }
                if (redenen.Count == 0) redenen.Add("geen invoer gewijzigd: andere berekening (codeversie)");
            }
            var basis = nieuw ?? oud!;
            gemeenten.Add(new VerschilRij("gemeente", code, basis.Gemeentenaam, basis.Provinciecode, oud?.Plaatsen, nieuw?.Plaatsen, oud?.Amv, nieuw?.Amv, redenen));
        }

        var pa = ua.Provincies.ToDictionary(p => p.Provinciecode);
        var pb = ub.Provincies.ToDictionary(p => p.Provinciecode);
        var provincies = new List<VerschilRij>();
        foreach (var code in pa.Keys.Union(pb.Keys).Order(StringComparer.Ordinal))
        {
            var oud = pa.GetValueOrDefault(code);
            var nieuw = pb.GetValueOrDefault(code);
            var redenen = oud?.Plaatsen != nieuw?.Plaatsen || oud?.Amv != nieuw?.Amv
                ? gemeenten.Where(g => g.Provinciecode == code).SelectMany(g => g.Redenen.Select(Algemeen)).Distinct().ToList()
                : [];
            if (redenen.Count == 0 && (oud?.Plaatsen != nieuw?.Plaatsen || oud?.Amv != nieuw?.Amv)) redenen.Add("geen invoer gewijzigd: andere berekening (codeversie)");
            var basis = nieuw ?? oud!;
            provincies.Add(new VerschilRij("provincie", code, basis.Provincie, code, oud?.Plaatsen, nieuw?.Plaatsen, oud?.Amv, nieuw?.Amv, redenen));
        }
        return new PublicatieVerschil(wijzigingen, provincies, gemeenten);
    }

    /// <summary>A municipality's reason without its own numbers, for the province row.</summary>
    private static string Algemeen(string reden)
    {
        var i = reden.IndexOf(" (", StringComparison.Ordinal);
        return i < 0 ? reden : reden[..i];
    }

    private static string Tekst<T>(T? waarde) where T : struct, IFormattable =>
        waarde is { } w ? w.ToString(null, CultureInfo.InvariantCulture) : "geen";

    /// <summary>Provinces first, then municipalities; comma separated, invariant numbers, LF.</summary>
    public string Csv()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(CsvHeader).Append('\n');
        foreach (var r in Provincies.Concat(Gemeenten))
            sb.Append(r.Niveau).Append(',').Append(r.Code).Append(',').Append(CsvVeld(r.Naam)).Append(',').Append(r.Provinciecode).Append(',')
              .Append(Getal(r.Oud)).Append(',').Append(Getal(r.Nieuw)).Append(',').Append(r.Verschil.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Getal(r.AmvOud)).Append(',').Append(Getal(r.AmvNieuw)).Append(',').Append(Getal(r.AmvVerschil)).Append(',')
              .Append(CsvVeld(string.Join("; ", r.Redenen))).Append('\n');
        return sb.ToString();
    }

    private static string Getal(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string CsvVeld(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
