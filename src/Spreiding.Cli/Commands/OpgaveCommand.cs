using System.CommandLine;
using System.Globalization;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Opgave;
using Spreiding.Data.Locaties;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding opgave</c>: the task after counting the register — per municipality, per province, or
/// nationally (the arithmetic of the letter of 5 February 2026: total, available, to realise).
/// </summary>
internal static class OpgaveCommand
{
    public static Command Create()
    {
        var raming = new RamingOptions();
        var peildatum = new Option<string?>("--peildatum")
        {
            Description = "Lees het register zoals het op deze datum was vastgelegd (JJJJ-MM-DD); standaard het huidige register.",
        };
        var niveau = new Option<string>("--niveau") { Description = "gemeente, provincie, land of locatie (de telling per locatie).", DefaultValueFactory = _ => "gemeente" };
        niveau.AcceptOnlyFromAmong("gemeente", "provincie", "land", "locatie");
        var formaat = Opties.Formaat("tabel", "csv", "json", "xlsx");
        var uit = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand (verplicht bij --formaat xlsx)." };
        var command = new Command("opgave", "Bereken de opgave: indicatief aantal, getelde plaatsen uit het register, resterend en overschot.");
        raming.AddTo(command);
        foreach (var o in new Option[] { peildatum, niveau, formaat, uit }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var regels = RegelsLoader.Bundled(parse.GetValue(raming.Cyclus));
            var telregels = regels.Telregels
                ?? throw new InvalidInputException($"De regels van cyclus {regels.Cyclus} hebben geen telregels.");
            var op = parse.GetValue(peildatum) is { } p ? EindVanDag(DataCommands.ParseDatum(p)) : (DateTimeOffset?)null;
            var register = context.Locaties.Lijst(op);
            var gekozenNiveau = parse.GetValue(niveau)!;

            // The national total and the per-location count need no per-municipality raming.
            var overzicht = gekozenNiveau is "land" or "locatie"
                ? OpgaveEngine.Landelijk(regels, telregels, register)
                : OpgaveEngine.PerGemeente(raming.Bereken(parse, context), telregels, register);

            var voorbeeld = OpgaveUitvoer.BevatVoorbeeld(register);
            context.Error.WriteLine($"Opgave cyclus {regels.Cyclus}: register met {register.Count} locaties" +
                                    (op is { } d ? $" zoals vastgelegd op {d:yyyy-MM-dd}" : "") +
                                    $"; totaal {overzicht.Totaal}, beschikbaar {overzicht.Beschikbaar}, te realiseren {overzicht.TeRealiseren}.");
            if (voorbeeld) context.Error.WriteLine(OpgaveUitvoer.VoorbeeldWaarschuwing);
            if (overzicht.Raming is { IsWettelijk: false } r)
                context.Error.WriteLine("Waarschuwing: de indicatieve aantallen zijn NIET de wettelijke verdeling, want: " + string.Join("; ", r.Afwijkingen) + ".");

            var bestand = parse.GetValue(uit);
            switch (parse.GetValue(formaat))
            {
                case "xlsx":
                    if (bestand is null) throw new InvalidInputException("Geef met --uit BESTAND.xlsx aan waar het werkboek moet komen.");
                    var (kop, rijen) = OpgaveUitvoer.Tabel(overzicht, gekozenNiveau);
                    using (var stream = File.Create(bestand))
                        XlsxTabel.Schrijf(stream, "Opgave", kop, rijen,
                            $"Opgave cyclus {regels.Cyclus}, niveau {gekozenNiveau}" + (voorbeeld ? " (VOORBEELDGEGEVENS)" : ""),
                            [$"Regels: {regels.Bestand}. Totaal {overzicht.Totaal}, beschikbaar {overzicht.Beschikbaar}, te realiseren {overzicht.TeRealiseren}.",
                             "Bevolking: CBS, CC BY 4.0."]);
                    context.Out.WriteLine($"Geschreven: {bestand}");
                    break;
                case "csv":
                    Schrijf(bestand, context.Out, w => OpgaveUitvoer.Csv(overzicht, gekozenNiveau, w));
                    break;
                case "json":
                    Schrijf(bestand, context.Out, w => OpgaveUitvoer.Json(overzicht, gekozenNiveau, voorbeeld, w));
                    break;
                default:
                    OpgaveUitvoer.Tekst(overzicht, gekozenNiveau, voorbeeld, context.Out);
                    break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>A peildatum means the register as it stood at the end of that day (UTC).</summary>
    internal static DateTimeOffset EindVanDag(DateOnly datum) =>
        new(datum.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    internal static void Schrijf(string? bestand, TextWriter stdout, Action<TextWriter> write)
    {
        if (bestand is null)
        {
            write(stdout);
            return;
        }
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        write(buffer);
        File.WriteAllText(bestand, buffer.ToString());
        stdout.WriteLine($"Geschreven: {bestand}");
    }
}
