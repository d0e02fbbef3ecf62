using System.CommandLine;
using Spreiding.Cli.Commands;
using Spreiding.Core;

namespace Spreiding.Cli;

/// <summary>
/// The <c>spreiding</c> command line. Output is buffered and written only when a command succeeds,
/// so an error never leaves partial output; errors and warnings go to stderr in Dutch.
/// </summary>
public static class CliApp
{
    public static readonly Option<string?> DatabaseOption = new("--db")
    {
        Description = "SQLite-databasebestand (standaard in de gebruikersmap; ook via SPREIDING_DB).",
        Recursive = true,
    };

    /// <summary>The real stderr when it is a terminal, for progress bars; null in pipes and tests.</summary>
    public static TextWriter? Terminal { get; private set; }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? stderr : null;
        var root = new RootCommand("Spreiding: de capaciteitsraming van de Spreidingswet, exact en uitlegbaar.");
        root.Options.Add(DatabaseOption);
        root.Subcommands.Add(RamingCommand.Create());
        root.Subcommands.Add(UitlegCommand.Create());
        root.Subcommands.Add(DataCommands.Create());
        root.Subcommands.Add(VerdeelCommand.Create());
        root.Subcommands.Add(RegelsCommand.Create());
        root.Subcommands.Add(LocatiesCommands.Create());
        root.Subcommands.Add(OpgaveCommand.Create());
        root.Subcommands.Add(ScenarioCommands.Create());
        root.Subcommands.Add(PublicatieCommands.Create());
        root.Subcommands.Add(MonitorCommand.Create());
        root.Subcommands.Add(GebruikerCommands.Create());

        var parse = root.Parse(args);
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit;
        try
        {
            exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException e)
        {
            stderr.Write(errors.ToString());
            stderr.WriteLine("Fout: " + e.Message);
            return 1;
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.Write(errors.ToString());
            stderr.WriteLine("Fout: bestand niet gevonden: " + e.Message);
            return 1;
        }
        stderr.Write(errors.ToString());
        if (exit == 0) stdout.Write(output.ToString());
        else if (parse.Errors.Count > 0) stdout.Write(output.ToString());
        return exit;
    }
}
