using Spectre.Console;

namespace Spreiding.Cli.Uitvoer;

internal static class Consoles
{
    /// <summary>A Spectre console writing plain text (no colours, fixed width) to a writer, so output is the same in a pipe.</summary>
    public static IAnsiConsole For(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        return console;
    }
}
