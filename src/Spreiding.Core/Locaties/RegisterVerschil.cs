namespace Spreiding.Core.Locaties;

/// <summary>One changed location: before, after, and the names of the fields that differ.</summary>
public sealed record LocatieWijziging(Locatie Oud, Locatie Nieuw, IReadOnlyList<string> Velden);

/// <summary>What an import would do to the register: the basis of <c>--dry-run</c> and of the import itself.</summary>
public sealed record RegisterVerschil(
    IReadOnlyList<Locatie> Toegevoegd,
    IReadOnlyList<LocatieWijziging> Gewijzigd,
    IReadOnlyList<Locatie> Verwijderd,
    int Ongewijzigd)
{
    public bool IsLeeg => Toegevoegd.Count == 0 && Gewijzigd.Count == 0 && Verwijderd.Count == 0;

    /// <summary>
    /// Compares the register with an incoming file. With <paramref name="volledig"/> the file is the whole
    /// register, so locations missing from it are removed; otherwise it only adds and changes.
    /// Results are ordered by id (ordinal), never by file order.
    /// </summary>
    public static RegisterVerschil Bepaal(IReadOnlyList<Locatie> huidig, IReadOnlyList<Locatie> nieuw, bool volledig)
    {
        var bestaand = huidig.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var binnen = new HashSet<string>(StringComparer.Ordinal);
        var toegevoegd = new List<Locatie>();
        var gewijzigd = new List<LocatieWijziging>();
        var ongewijzigd = 0;
        foreach (var l in nieuw.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            binnen.Add(l.Id);
            if (!bestaand.TryGetValue(l.Id, out var oud)) toegevoegd.Add(l);
            else if (oud == l) ongewijzigd++;
            else gewijzigd.Add(new LocatieWijziging(oud, l, Velden(oud, l)));
        }
        var verwijderd = volledig
            ? huidig.Where(l => !binnen.Contains(l.Id)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList()
            : [];
        return new RegisterVerschil(toegevoegd, gewijzigd, verwijderd, ongewijzigd);
    }

    /// <summary>The register's field names (as in the file columns) whose values differ.</summary>
    public static IReadOnlyList<string> Velden(Locatie a, Locatie b)
    {
        var velden = new List<string>();
        if (a.Naam != b.Naam) velden.Add("naam");
        if (a.Gemeente != b.Gemeente) velden.Add("gemeentecode");
        if (a.Plaatsen != b.Plaatsen) velden.Add("plaatsen");
        if (a.AmvPlaatsen != b.AmvPlaatsen) velden.Add("amv_plaatsen");
        if (a.Soort != b.Soort) velden.Add("soort");
        if (a.Fase != b.Fase) velden.Add("fase");
        if (a.Begindatum != b.Begindatum) velden.Add("begindatum");
        if (a.Einddatum != b.Einddatum) velden.Add("einddatum");
        if (a.Bestuursovereenkomst.Getekend != b.Bestuursovereenkomst.Getekend) velden.Add("bo_getekend");
        if (a.Bestuursovereenkomst.Datum != b.Bestuursovereenkomst.Datum) velden.Add("bo_datum");
        if (a.Bestuursovereenkomst.Einddatum != b.Bestuursovereenkomst.Einddatum) velden.Add("bo_einddatum");
        if (a.Bron != b.Bron) velden.Add("bron");
        if (a.Opmerkingen != b.Opmerkingen) velden.Add("opmerkingen");
        return velden;
    }
}
