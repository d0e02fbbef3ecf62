using System.CommandLine;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core.Apportionment;
using Spreiding.Data.Verdeling;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding verdeel</c>: the apportionment module on its own, for any list of weights (a
/// province's own split, the taakstelling for permit holders, checking other bodies' tables).
/// </summary>
internal static class VerdeelCommand
{
    public static Command Create()
    {
        var gewichten = new Option<string>("--gewichten") { Description = "CSV met kolommen naam,gewicht (en eventueel minimum,maximum).", Required = true };
        var totaal = new Option<int>("--totaal") { Description = "Het aantal te verdelen plaatsen.", Required = true };
        var methode = new Option<string>("--methode") { Description = "Verdeelmethode: " + string.Join(", ", ApportionmentMethods.ByName.Keys) + ".", Required = true };
        var minimum = new Option<int?>("--minimum") { Description = "Minimum per naam (geldt naast een kolom 'minimum')." };
        var maximum = new Option<int?>("--maximum") { Description = "Maximum per naam (geldt naast een kolom 'maximum')." };
        var loting = new Option<ulong?>("--loting") { Description = "Lotingszaad: beslis een gelijke stand door een reproduceerbare loting." };
        var command = new Command("verdeel", "Verdeel een totaal over een lijst gewichten met een gekozen methode; uitvoer CSV naam,gewicht,quotum,plaatsen.");
        foreach (var option in new Option[] { gewichten, totaal, methode, minimum, maximum, loting }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var claimants = GewichtenBestand.Read(parse.GetValue(gewichten)!)
                .Select(c => c with
                {
                    Minimum = c.Minimum ?? parse.GetValue(minimum),
                    Maximum = c.Maximum ?? parse.GetValue(maximum),
                })
                .ToList();
            var request = new ApportionmentRequest(
                claimants,
                parse.GetValue(totaal),
                ApportionmentMethods.Parse(parse.GetValue(methode)!),
                parse.GetValue(loting) is { } seed ? new TieRule.Lot(seed) : new TieRule.Refuse());
            var result = Apportioner.Apportion(request);
            var error = parse.InvocationConfiguration.Error;
            error.WriteLine($"Verdeeld: {result.Assigned} van {result.Total} met {result.Method.Description()}" +
                            (result.Difference != 0 ? $" (verschil {result.Difference})." : "."));
            foreach (var lot in result.Lots)
                error.WriteLine($"Loting (zaad {lot.Seed}) tussen {string.Join(", ", lot.Tied)} om {lot.Contested} plaats(en): gewonnen door {string.Join(", ", lot.Winners)}.");
            parse.InvocationConfiguration.Output.Write(GewichtenBestand.ToCsv(result, RamingUitvoer.QuotumDecimalen));
            return 0;
        });
        return command;
    }
}
