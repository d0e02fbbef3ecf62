using System.CommandLine;

namespace Spreiding.Cli.Commands;

internal static class Opties
{
    public static Option<string> Formaat(params string[] allowed)
    {
        var option = new Option<string>("--formaat")
        {
            Description = "Uitvoerformaat: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<int> Cyclus() => new("--cyclus") { Description = "De cyclus van de raming, bijvoorbeeld 2024.", Required = true };
}
