using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;
using Spreiding.Data.Grafieken;
using Spreiding.Web.Features.Dashboard;
using Spreiding.Web.Features.Plannen;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Provincies;

/// <summary><c>/provincies/PV27</c>: a province's municipalities (sortable with <c>?sorteer=</c>) and its map.</summary>
public static class ProvincieEndpoints
{
    /// <summary>The sortable columns: query value, header, numeric, sort key. Ties are broken by municipality code, ascending in both directions.</summary>
    private static readonly (string Sleutel, string Kop, bool Getal, Func<IEnumerable<GemeenteRaming>, bool, IOrderedEnumerable<GemeenteRaming>> Orden)[] Kolommen =
    [
        ("code", "Code", false, Op(g => g.Gemeente.Code.ToString(), StringComparer.Ordinal)),
        ("naam", "Gemeente", false, Op(g => g.Gemeente.Naam, StringComparer.Ordinal)),
        ("inwoners", "Inwoners", true, Op(g => g.Inwoners, Comparer<int>.Default)),
        ("plaatsen", "Plaatsen", true, Op(g => g.Plaatsen, Comparer<int>.Default)),
    ];

    private static Func<IEnumerable<GemeenteRaming>, bool, IOrderedEnumerable<GemeenteRaming>> Op<T>(Func<GemeenteRaming, T> sleutel, IComparer<T> volgorde) =>
        (rijen, aflopend) => (aflopend ? rijen.OrderByDescending(sleutel, volgorde) : rijen.OrderBy(sleutel, volgorde))
            .ThenBy(g => g.Gemeente.Code.ToString(), StringComparer.Ordinal);

    /// <summary>The rows in the order of column <paramref name="sleutel"/>; whatever order they come in, ties follow the code.</summary>
    internal static IOrderedEnumerable<GemeenteRaming> Sorteer(IEnumerable<GemeenteRaming> rijen, string sleutel, bool aflopend) =>
        Kolommen.Single(k => k.Sleutel == sleutel).Orden(rijen, aflopend);

    public static IEndpointRouteBuilder MapProvincies(this IEndpointRouteBuilder app)
    {
        // richting=op|af; volgorde is the older name of the same parameter, still understood.
        app.MapGet("/provincies/{code}", (string code, string? cyclus, string? sorteer, string? richting, string? volgorde, RamingDienst dienst, PlanDienst plannen) =>
                Verzoek.Pagina(() => Toon(code, Verzoek.Cyclus(cyclus), sorteer, richting ?? volgorde, dienst, plannen)))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Toon(string code, int cyclus, string? sorteer, string? richting, RamingDienst dienst, PlanDienst plannen)
    {
        var raming = dienst.Raming(cyclus);
        var provincie = (ProvincieCode.TryParse(code, out var pc) ? raming.Provincies.FirstOrDefault(p => p.Provincie.Code == pc) : null)
            ?? throw WebFout.OnbekendeProvincie(code);
        var kolom = Kolommen.FirstOrDefault(k => k.Sleutel == (sorteer ?? "naam"));
        if (kolom.Sleutel is null)
            throw WebFout.OngeldigeParameter("sorteer", $"Sorteer op {string.Join(", ", Kolommen.Select(k => k.Sleutel))}.");
        if (richting is not (null or "op" or "af"))
            throw WebFout.OngeldigeParameter("richting", "Gebruik richting=op (oplopend) of richting=af (aflopend).");
        var aflopend = richting == "af";

        var gemeenten = raming.Gemeenten.Where(g => g.Gemeente.Provincie == provincie.Provincie.Code).ToList();
        var geordend = Sorteer(gemeenten, kolom.Sleutel, aflopend);
        var codes = gemeenten.Select(g => g.Gemeente.Code.ToString()).ToHashSet();
        var kaart = SvgKaart.Niveau($"Plaatsen per gemeente in {provincie.Provincie.Naam}, cyclus {cyclus}",
            SvgKaart.Gemeenten.Where(k => codes.Contains(k.Code)).ToList(),
            gemeenten.ToDictionary(g => g.Gemeente.Code.ToString(), g => g.Plaatsen), "plaatsen");
        var pad = $"/provincies/{provincie.Provincie.Code}";

        var kop = H($"""
            <tr class="utrecht-table__row">
            {Kolommen.Select(k => KolomKop(k.Sleutel, k.Kop, k.Getal, kolom.Sleutel == k.Sleutel, aflopend, pad, cyclus))}
            </tr>
            """);

        var inhoud = H($"""
            <p class="utrecht-paragraph"><a class="utrecht-link" href="/?cyclus={cyclus}">Landelijk overzicht</a></p>
            <h1 class="utrecht-heading-1">{provincie.Provincie.Naam} ({provincie.Provincie.Code.ToString()})</h1>
            {NietWettelijk(raming)}
            <dl class="spreiding-kerncijfers">
            <div><dt>Provinciale opgave</dt><dd>{Getal(provincie.Plaatsen)}</dd></div>
            <div><dt>Gemeenten</dt><dd>{Getal(provincie.AantalGemeenten)}</dd></div>
            <div><dt>Inwoners</dt><dd>{Getal(provincie.Inwoners)}</dd></div>
            </dl>
            <p class="utrecht-paragraph">{raming.Regels.Titel}. Verdeelsleutel: {raming.SleutelOmschrijving}.</p>
            {PlanSamenvatting.VoorProvincie(plannen, cyclus, provincie.Provincie.Code)}
            {Kaart(kaart, "provincie", "tabel-provincie")}
            <h2 class="utrecht-heading-2">Gemeenten</h2>
            {ProvincieRijen(gemeenten.Count == 0 ? [] : geordend, cyclus, kop, provincie.Provincie.Naam)}
            """);
        return Html($"{provincie.Provincie.Naam}, cyclus {cyclus}", inhoud);
    }

    private static Markup ProvincieRijen(IEnumerable<GemeenteRaming> rijen, int cyclus, Markup kop, string naam) => H($"""
        <div class="spreiding-tabel" role="region" aria-labelledby="tabel-provincie-bijschrift" tabindex="0">
        <table class="utrecht-table" id="tabel-provincie">
        <caption id="tabel-provincie-bijschrift" class="utrecht-table__caption">Indicatief aantal plaatsen per gemeente in {naam}, cyclus {cyclus}</caption>
        <thead class="utrecht-table__header">{kop}</thead>
        <tbody class="utrecht-table__body">
        {rijen.Select(g => H($"""
            <tr class="utrecht-table__row"><td class="utrecht-table__cell">{g.Gemeente.Code.ToString()}</td>
            <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="/gemeenten/{g.Gemeente.Code.ToString()}?cyclus={cyclus}">{g.Gemeente.Naam}</a></th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(g.Inwoners)}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-data">{Getal(g.Plaatsen)}</td></tr>
            """))}
        </tbody>
        </table>
        </div>
        """);

    private static Markup KolomKop(string sleutel, string kop, bool getal, bool actief, bool aflopend, string pad, int cyclus)
    {
        var volgende = actief && !aflopend ? "af" : "op";
        // aria-sort only on the column the table is sorted by (WAI-ARIA: one sorted header at a time).
        var aria = actief ? H($" aria-sort=\"{(aflopend ? "descending" : "ascending")}\"") : Markup.Leeg;
        var klasse = getal ? "utrecht-table__header-cell utrecht-table__header-cell--numeric-column" : "utrecht-table__header-cell";
        var uitleg = actief ? (aflopend ? " (aflopend gesorteerd)" : " (oplopend gesorteerd)") : "";
        return H($"""<th class="{klasse}" scope="col"{aria}><a class="utrecht-link" href="{pad}?cyclus={cyclus}&sorteer={sleutel}&richting={volgende}">{kop}<span class="spreiding-verborgen">{uitleg}, sorteer {(volgende == "af" ? "aflopend" : "oplopend")}</span></a></th>""");
    }
}
