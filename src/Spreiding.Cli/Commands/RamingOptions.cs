using System.CommandLine;
using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Raming;
using Spreiding.Core.Verdeelsleutel;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary>The options shared by <c>raming</c> and <c>uitleg</c>, and how they become a raming.</summary>
internal sealed class RamingOptions
{
    public readonly Option<int> Cyclus = Opties.Cyclus();
    public readonly Option<int?> Totaal = new("--totaal") { Description = "Een ander landelijk totaal dan de regels (een wat-als)." };
    public readonly Option<string?> Methode = new("--methode")
    {
        Description = "Verdeelmethode: " + string.Join(", ", ApportionmentMethods.ByName.Keys) + " (standaard: die van de cyclus).",
    };
    public readonly Option<string?> Sleutel = new("--sleutel")
    {
        Description = "Verdeelsleutel: ses-woa (wettelijk) of inwoners (standaard: die van de cyclus).",
    };
    public readonly Option<string?> Ses = new("--ses") { Description = "SES-WOA-bestand om te gebruiken zonder het op te slaan." };
    public readonly Option<string?> SesPeriode = new("--ses-periode") { Description = "De CBS-periode van het --ses-bestand, als het bestand die niet noemt (bijvoorbeeld 2022)." };
    public readonly Option<string?> Bevolking = new("--bevolking") { Description = "Bevolkingsbestand om te gebruiken zonder het op te slaan." };
    public readonly Option<ulong?> Loting = new("--loting") { Description = "Lotingszaad: beslis een gelijke stand door een reproduceerbare loting." };
    public readonly Option<int?> Minimum = new("--minimum") { Description = "Minimum aantal plaatsen per gemeente." };
    public readonly Option<int?> Maximum = new("--maximum") { Description = "Maximum aantal plaatsen per gemeente." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Cyclus, Totaal, Methode, Sleutel, Ses, SesPeriode, Bevolking, Loting, Minimum, Maximum })
            command.Options.Add(option);
    }

    public Capaciteitsraming Bereken(ParseResult parse, Context context)
    {
        var regels = RegelsLoader.Bundled(parse.GetValue(Cyclus));
        var bronnen = context.Bronnen;
        var sleuteltype = parse.GetValue(Sleutel) is { } s ? Verdeelsleutels.Canonical(s) : regels.Sleutel.Type;
        if (!Verdeelsleutels.Exists(sleuteltype))
            throw new InvalidInputException(
                $"Onbekende verdeelsleutel '{sleuteltype}'. Kies uit: ses-woa, {string.Join(", ", Verdeelsleutels.Types)}.");
        var bevolking = bronnen.Bevolking(regels.PeildatumBevolking.Waarde, parse.GetValue(Bevolking));
        // SES-WOA is loaded for every key: the population-only key shows the scores without using them.
        var ses = bronnen.SesWoa(parse.GetValue(Ses), regels.IndelingOp.Waarde, parse.GetValue(SesPeriode));
        var opties = new RamingOpties(
            parse.GetValue(Totaal),
            parse.GetValue(Methode) is { } m ? ApportionmentMethods.Parse(m) : null,
            sleuteltype,
            parse.GetValue(Loting) is { } seed ? new TieRule.Lot(seed) : null,
            parse.GetValue(Minimum),
            parse.GetValue(Maximum));
        try
        {
            return RamingEngine.Bereken(new RamingInvoer(regels, bronnen.Indeling, bevolking, ses, opties));
        }
        catch (OntbrekendeGegevensException e) when (e.Sleutel == InwonersSesWoaSleutel.TypeNaam)
        {
            throw new InvalidInputException(
                $"De wettelijke verdeelsleutel (inwoners gecorrigeerd met de SES-WOA-score) kan niet worden berekend: " +
                $"voor {e.Ontbrekend.Count} van de {e.AantalGemeenten} gemeenten is geen SES-WOA-score geladen " +
                $"(bijvoorbeeld {string.Join(", ", e.Ontbrekend.Take(3).Select(g => $"{g.Code} {g.Naam}"))}). " +
                "Download de CBS-tabel 85900NED of 86092NED ('Sociaal-economische status; scores per wijk en buurt', alleen gemeenten) " +
                "en laad die met 'spreiding data importeer ses-woa BESTAND', of geef '--ses BESTAND'. " +
                "Zie 'spreiding data status' voor wat ontbreekt. Wilt u een verdeling naar alleen inwoners (niet de wettelijke verdeling)? " +
                "Geef dan '--sleutel inwoners'.");
        }
        catch (TieException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }
}
