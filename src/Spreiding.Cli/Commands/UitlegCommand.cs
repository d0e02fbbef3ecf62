using System.CommandLine;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;

namespace Spreiding.Cli.Commands;

/// <summary><c>spreiding uitleg GM0377</c>: why a municipality's number is what it is.</summary>
internal static class UitlegCommand
{
    public static Command Create()
    {
        var options = new RamingOptions();
        var gemeente = new Argument<string>("gemeente") { Description = "De gemeentecode, bijvoorbeeld GM0377." };
        var command = new Command("uitleg", "Leg in gewone woorden uit hoe het aantal van één gemeente tot stand komt.");
        command.Arguments.Add(gemeente);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var code = GemeenteCode.Parse(parse.GetValue(gemeente)!);
            var raming = options.Bereken(parse, context);
            var stappen = Uitleg.Voor(raming, code);
            var g = raming.Gemeente(code);
            context.Out.WriteLine($"Uitleg: {g.Gemeente.Naam} ({g.Gemeente.Code}), {raming.Regels.Titel}");
            if (!raming.IsWettelijk) context.Out.WriteLine("LET OP: niet de wettelijke verdeling.");
            context.Out.WriteLine();
            var nummer = 1;
            foreach (var stap in stappen)
            {
                context.Out.WriteLine($"{nummer++}. {stap.Stap}: {stap.Waarde}");
                context.Out.WriteLine($"   {stap.Zin}");
            }
            context.Out.WriteLine();
            context.Out.WriteLine($"Bronnen: {raming.Bevolking.Bron.Naam} ({raming.Bevolking.Bron.Attributie})" +
                                  (raming.SleutelType == Core.Verdeelsleutel.InwonersSesWoaSleutel.TypeNaam && raming.SesWoa is { } s
                                      ? $"; {s.Bron.Naam} ({s.Bron.Attributie})" : "") +
                                  $"; regels {raming.Regels.Bestand}.");
            return 0;
        });
        return command;
    }
}
