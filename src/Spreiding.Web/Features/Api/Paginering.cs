using System.Globalization;
using Spreiding.Web.Infrastructure;

namespace Spreiding.Web.Features.Api;

/// <summary><c>?pagina=1&amp;paginagrootte=50</c> (1 to 100) and the links self, first, prev, next, last.</summary>
public readonly record struct Paginering(int Pagina, int Grootte)
{
    public const int Standaard = 50;
    public const int Maximum = 100;

    public static Paginering Lees(string? pagina, string? paginagrootte) =>
        new(Verzoek.Geheel(pagina, "pagina", 1, 1, int.MaxValue), Verzoek.Geheel(paginagrootte, "paginagrootte", Standaard, 1, Maximum));

    public int AantalPaginas(int totaal) => Math.Max(1, (totaal + Grootte - 1) / Grootte);

    public IEnumerable<T> Deel<T>(IEnumerable<T> alles) => alles.Skip((int)Math.Min(int.MaxValue, (long)(Pagina - 1) * Grootte)).Take(Grootte);

    /// <param name="pad">The absolute URL of the collection without query string.</param>
    /// <param name="extra">Further query parameters to keep, already encoded (e.g. <c>gemeente=GM0363</c>).</param>
    public Links Links(string pad, int totaal, string? extra = null)
    {
        var laatste = AantalPaginas(totaal);
        var grootte = Grootte;
        Link L(int p) => new($"{pad}?{(extra is null ? "" : extra + "&")}pagina={p.ToString(CultureInfo.InvariantCulture)}&paginagrootte={grootte.ToString(CultureInfo.InvariantCulture)}");
        return new Links(L(Pagina), L(1), Pagina > 1 ? L(Math.Min(Pagina - 1, laatste)) : null, Pagina < laatste ? L(Pagina + 1) : null, L(laatste));
    }
}
