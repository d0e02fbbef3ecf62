using System.CommandLine;
using Spreiding.Cli.Uitvoer;

namespace Spreiding.Cli.Commands;

/// <summary><c>spreiding raming</c>: the indicative distribution per municipality or province.</summary>
internal static class RamingCommand
{
    public static Command Create()
    {
        var options = new RamingOptions();
        var niveau = new Option<string>("--niveau") { Description = "gemeente of provincie.", DefaultValueFactory = _ => "gemeente" };
        niveau.AcceptOnlyFromAmong("gemeente", "provincie");
        var formaat = Opties.Formaat("tabel", "csv", "json");
        var command = new Command("raming", "Bereken de capaciteitsraming: het landelijk totaal verdeeld over gemeenten en provincies.");
        options.AddTo(command);
        command.Options.Add(niveau);
        command.Options.Add(formaat);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var raming = options.Bereken(parse, context);
            var provincie = parse.GetValue(niveau) == "provincie";
            RamingUitvoer.Metadata(raming, context.Error);
            switch (parse.GetValue(formaat))
            {
                case "csv":
                    if (provincie) RamingUitvoer.ProvinciesCsv(raming, context.Out);
                    else RamingUitvoer.GemeentenCsv(raming, context.Out);
                    break;
                case "json":
                    RamingUitvoer.Json(raming, provincie, context.Out);
                    break;
                default:
                    RamingUitvoer.Tabel(raming, provincie, context.Out);
                    break;
            }
            return 0;
        });
        return command;
    }
}
