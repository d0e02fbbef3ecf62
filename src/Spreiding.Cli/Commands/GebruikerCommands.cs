using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Accounts;
using Spreiding.Data.Opslag;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding gebruiker maak --naam ... --rol provincie --provincie PV26</c>: an account for the web application, with a
/// one-time password printed once (the user chooses an own password at the first sign-in); <c>spreiding gebruiker lijst</c>.
/// </summary>
internal static class GebruikerCommands
{
    public static Command Create()
    {
        var command = new Command("gebruiker", "Accounts van de webapplicatie: aanmaken en tonen.");
        command.Subcommands.Add(Maak());
        command.Subcommands.Add(Lijst());
        return command;
    }

    private static Command Maak()
    {
        var naam = new Option<string>("--naam") { Description = "Gebruikersnaam (1 tot 64 tekens).", Required = true };
        var rol = new Option<string>("--rol") { Description = $"Rol: {string.Join(", ", Enum.GetValues<Rol>().Select(Account.Code))}.", Required = true };
        var provincie = new Option<string?>("--provincie") { Description = "Voor de rol provincie: de provinciecode, bijvoorbeeld PV26." };
        var gemeente = new Option<string?>("--gemeente") { Description = "Voor de rol gemeente: de gemeentecode, bijvoorbeeld GM0344." };
        var door = new Option<string?>("--door") { Description = "Wie het account aanmaakt (voor het auditlogboek); standaard de gebruiker van het besturingssysteem." };
        var command = new Command("maak", "Maak een account met een eenmalig wachtwoord (wordt één keer getoond).");
        command.Options.Add(naam);
        command.Options.Add(rol);
        command.Options.Add(provincie);
        command.Options.Add(gemeente);
        command.Options.Add(door);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var r = Account.TryParseRol(parse.GetValue(rol), out var gekozen) ? gekozen
                : throw new InvalidInputException($"Onbekende rol '{parse.GetValue(rol)}'. Kies uit: {string.Join(", ", Enum.GetValues<Rol>().Select(Account.Code))}.");
            var p = parse.GetValue(provincie) is { Length: > 0 } pt ? ProvincieCode.Parse(pt) : (ProvincieCode?)null;
            var g = parse.GetValue(gemeente) is { Length: > 0 } gt ? GemeenteCode.Parse(gt) : (GemeenteCode?)null;
            var (gebruiker, wachtwoord) = Accountbeheer.Maak(new GebruikerStore(context.Database), context.Bronnen.Indeling,
                parse.GetValue(naam)!, r, p, g, $"{Context.Gebruiker(parse.GetValue(door))} (cli)", "cli", DateTimeOffset.UtcNow);
            context.Out.WriteLine($"Account '{gebruiker.Naam}' aangemaakt (rol {Account.Code(gebruiker.Rol)}{(gebruiker.Provincie is { } x ? $", provincie {x}" : "")}{(gebruiker.Gemeente is { } y ? $", gemeente {y}" : "")}) in {context.Database.Path}.");
            context.Out.WriteLine($"Eenmalig wachtwoord: {wachtwoord}");
            context.Out.WriteLine("Geef het veilig door; het wordt niet nog eens getoond. Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.");
            return 0;
        });
        return command;
    }

    private static Command Lijst()
    {
        var command = new Command("lijst", "Toon alle accounts (zonder wachtwoorden).");
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Gebruikersnaam", "Rol", "Provincie/gemeente", "Wachtwoord", "Aangemaakt");
            foreach (var g in new GebruikerStore(context.Database).Lijst())
                table.AddRow(Markup.Escape(g.Naam), Account.Code(g.Rol), g.Provincie?.ToString() ?? g.Gemeente?.ToString() ?? "-",
                    g.WachtwoordWijzigen ? "nog eenmalig" : "eigen", Markup.Escape($"{g.AangemaaktOp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} door {g.AangemaaktDoor}"));
            Consoles.For(context.Out).Write(table);
            return 0;
        });
        return command;
    }
}
