using System.Globalization;

namespace Spreiding.Web.Infrastructure;

/// <summary>Query parameters shared by pages and API, checked with a Dutch message.</summary>
public static class Verzoek
{
    public static int Cyclus(string? waarde) =>
        string.IsNullOrWhiteSpace(waarde) ? RamingDienst.StandaardCyclus
        : int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c
        : throw WebFout.OngeldigeParameter("cyclus", $"'{waarde}' is geen jaartal; gebruik bijvoorbeeld cyclus=2024.");

    public static int Geheel(string? waarde, string naam, int standaard, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(waarde)) return standaard;
        if (!int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw WebFout.OngeldigeParameter(naam, $"'{waarde}' is geen geldige waarde voor {naam}: geef een geheel getal van {min} tot en met {max}.");
        return n;
    }

    /// <summary>Runs a page handler; a <see cref="WebFout"/> becomes an error page with its status.</summary>
    public static IResult Pagina(Func<IResult> handler)
    {
        try
        {
            return handler();
        }
        catch (WebFout fout)
        {
            return Infrastructure.Pagina.Fout(fout);
        }
    }
}
