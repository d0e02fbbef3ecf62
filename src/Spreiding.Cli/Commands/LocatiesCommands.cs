using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Data.Locaties;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary><c>spreiding locaties importeer|lijst|sjabloon|historie|voorbeeld</c>: the register of reception locations.</summary>
internal static class LocatiesCommands
{
    /// <summary>How many additions, changes and removals an import report lists one by one.</summary>
    private const int MaxRegelsPerSoort = 100;

    public static Command Create()
    {
        var command = new Command("locaties", "Het register van opvanglocaties: importeren, bekijken, exporteren.");
        command.Subcommands.Add(Importeer());
        command.Subcommands.Add(Lijst());
        command.Subcommands.Add(Sjabloon());
        command.Subcommands.Add(Historie());
        command.Subcommands.Add(Voorbeeld());
        return command;
    }

    private static Option<string?> Door() => new("--door") { Description = "Naam waaronder de wijziging wordt vastgelegd (standaard de gebruikersnaam)." };

    private static Command Importeer()
    {
        var file = new Argument<string>("bestand") { Description = "CSV of XLSX met de kolommen van het sjabloon (zie docs/locaties-kolommen.md)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Toon wat er zou worden toegevoegd, gewijzigd en verwijderd, zonder iets op te slaan." };
        var aanvullen = new Option<bool>("--aanvullen") { Description = "Alleen toevoegen en wijzigen; locaties die niet in het bestand staan blijven staan." };
        var door = Door();
        var vastgelegdOp = new Option<string?>("--vastgelegd-op")
        {
            Description = "Leg de import vast op deze datum (JJJJ-MM-DD, einde van de dag) in plaats van nu: om maandelijkse standen van vroeger in volgorde na te laden.",
        };
        var command = new Command("importeer", "Importeer het register uit een bestand (alles of niets). Standaard is het bestand het hele register.");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { dryRun, aanvullen, door, vastgelegdOp }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var path = parse.GetValue(file)!;
            var import = LocatieBestand.LeesImport(path, context.Bronnen.Indeling, ActueleIndelingsdatum());
            if (import.GenegeerdeKolommen.Count > 0)
                context.Error.WriteLine($"Waarschuwing: deze kolommen zijn niet gebruikt: {string.Join(", ", import.GenegeerdeKolommen)} (zie docs/locaties-kolommen.md).");
            var moment = parse.GetValue(vastgelegdOp) is { } d ? OpgaveCommand.EindVanDag(DataCommands.ParseDatum(d)) : DateTimeOffset.UtcNow;
            Importeer(context, import.Locaties, Path.GetFileName(path),
                parse.GetValue(dryRun), !parse.GetValue(aanvullen), Context.Gebruiker(parse.GetValue(door)), moment);
            return 0;
        });
        return command;
    }

    private static Command Voorbeeld()
    {
        var door = Door();
        var dryRun = new Option<bool>("--dry-run") { Description = "Toon alleen wat er zou veranderen." };
        var command = new Command("voorbeeld", "Laad het meegeleverde VOORBEELDregister (data/voorbeeld/locaties.csv; geen echt COA-register).");
        command.Options.Add(door);
        command.Options.Add(dryRun);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            using var stream = EmbeddedFiles.Open("voorbeeld/locaties.csv");
            var locaties = LocatieBestand.Lees(stream, "locaties.csv", context.Bronnen.Indeling, ActueleIndelingsdatum());
            Importeer(context, locaties, "voorbeeld/locaties.csv", parse.GetValue(dryRun), volledig: true, Context.Gebruiker(parse.GetValue(door)), DateTimeOffset.UtcNow);
            context.Error.WriteLine(OpgaveUitvoer.VoorbeeldWaarschuwing);
            return 0;
        });
        return command;
    }

    private static void Importeer(Context context, IReadOnlyList<Locatie> nieuw, string bron, bool dryRun, bool volledig, string door, DateTimeOffset moment)
    {
        var store = context.Locaties;
        // History is read by time: a back-dated import may not slip in before what is already recorded.
        if (store.LaatsteWijziging() is { } laatste && moment < laatste)
            throw new InvalidInputException(
                $"Het register heeft al wijzigingen tot {laatste:yyyy-MM-dd HH:mm} UTC; een import kan niet eerder worden vastgelegd. " +
                "Laad oudere standen van oud naar nieuw, vóór recentere imports.");
        var (verschil, toegepast) = dryRun
            ? (RegisterVerschil.Bepaal(store.Lijst(), nieuw, volledig), false)
            : (store.Importeer(nieuw, volledig, $"{door} (import {bron})", moment), true);
        var o = context.Out;
        o.WriteLine($"{(dryRun ? "Proefimport (er is niets opgeslagen)" : "Import")} van {bron}: {nieuw.Count} locaties in het bestand; " +
                    $"{verschil.Toegevoegd.Count} toegevoegd, {verschil.Gewijzigd.Count} gewijzigd, {verschil.Verwijderd.Count} verwijderd, {verschil.Ongewijzigd} ongewijzigd" +
                    (volledig ? "." : " (aanvullen: niets verwijderd)."));
        Lijst(o, "+", verschil.Toegevoegd.Select(l => $"{l.Id} {l.Naam} ({l.Gemeente}, {l.Plaatsen} plaatsen)").ToList());
        Lijst(o, "~", verschil.Gewijzigd.Select(w => $"{w.Nieuw.Id} {w.Nieuw.Naam}: " +
            string.Join(", ", w.Velden.Select(v => $"{v} {Waarde(w.Oud, v)} -> {Waarde(w.Nieuw, v)}"))).ToList());
        Lijst(o, "-", verschil.Verwijderd.Select(l => $"{l.Id} {l.Naam} ({l.Gemeente})").ToList());
        if (toegepast && verschil.IsLeeg) o.WriteLine("Het register was al gelijk aan het bestand; er is niets gewijzigd.");
    }

    private static void Lijst(TextWriter o, string teken, IReadOnlyList<string> regels)
    {
        foreach (var r in regels.Take(MaxRegelsPerSoort)) o.WriteLine($"  {teken} {r}");
        if (regels.Count > MaxRegelsPerSoort) o.WriteLine($"  {teken} ... en {regels.Count - MaxRegelsPerSoort} meer");
    }

    /// <summary>A field's value as written in the import file, for change reports.</summary>
    internal static string Waarde(Locatie l, string veld) => veld switch
    {
        "naam" => l.Naam,
        "gemeentecode" => l.Gemeente.ToString(),
        "plaatsen" => l.Plaatsen.ToString(CultureInfo.InvariantCulture),
        "amv_plaatsen" => l.AmvPlaatsen.ToString(CultureInfo.InvariantCulture),
        "soort" => l.Soort.Naam(),
        "fase" => l.Fase.Naam(),
        "begindatum" => Datum(l.Begindatum),
        "einddatum" => Datum(l.Einddatum),
        "bo_getekend" => l.Bestuursovereenkomst.Getekend ? "ja" : "nee",
        "bo_datum" => Datum(l.Bestuursovereenkomst.Datum),
        "bo_einddatum" => Datum(l.Bestuursovereenkomst.Einddatum),
        "bron" => l.Bron ?? "",
        "opmerkingen" => l.Opmerkingen ?? "",
        _ => "?",
    };

    private static string Datum(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(leeg)";

    private static Command Lijst()
    {
        var gemeente = new Option<string?>("--gemeente") { Description = "Alleen de locaties van deze gemeente, bijvoorbeeld GM0363." };
        var op = new Option<string?>("--op") { Description = "Het register zoals het op deze datum was vastgelegd (JJJJ-MM-DD)." };
        var formaat = Opties.Formaat("tabel", "csv", "json", "xlsx");
        var uit = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand (verplicht bij --formaat xlsx)." };
        var command = new Command("lijst", "Toon het register, eventueel voor één gemeente of zoals het op een datum was.");
        foreach (var o in new Option[] { gemeente, op, formaat, uit }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var moment = parse.GetValue(op) is { } d ? OpgaveCommand.EindVanDag(DataCommands.ParseDatum(d)) : (DateTimeOffset?)null;
            IReadOnlyList<Locatie> locaties = context.Locaties.Lijst(moment);
            if (parse.GetValue(gemeente) is { } g)
            {
                var code = GemeenteCode.Parse(g);
                locaties = locaties.Where(l => l.Gemeente == code).ToList();
            }
            var voorbeeld = OpgaveUitvoer.BevatVoorbeeld(locaties);
            if (voorbeeld) context.Error.WriteLine(OpgaveUitvoer.VoorbeeldWaarschuwing);
            var bestand = parse.GetValue(uit);
            switch (parse.GetValue(formaat))
            {
                case "csv":
                    OpgaveCommand.Schrijf(bestand, context.Out, w => LocatieExport.Csv(locaties, w));
                    break;
                case "json":
                    OpgaveCommand.Schrijf(bestand, context.Out, w => LocatieExport.Json(locaties, w));
                    break;
                case "xlsx":
                    if (bestand is null) throw new InvalidInputException("Geef met --uit BESTAND.xlsx aan waar het werkboek moet komen.");
                    using (var stream = File.Create(bestand)) LocatieExport.Xlsx(locaties, stream);
                    context.Out.WriteLine($"Geschreven: {bestand}");
                    break;
                default:
                    var console = Consoles.For(context.Out);
                    var table = new Table
                    {
                        Title = new TableTitle(Markup.Escape($"Register: {locaties.Count} locaties" + (moment is { } m ? $" zoals vastgelegd op {m:yyyy-MM-dd}" : "") +
                                                             (voorbeeld ? " — VOORBEELDGEGEVENS" : ""))),
                        Border = TableBorder.Rounded,
                    };
                    table.AddColumns("Id", "Naam", "Gemeente", "Plaatsen", "Amv", "Soort", "Fase", "Begin", "Einde", "BO");
                    foreach (var l in locaties)
                        table.AddRow(Markup.Escape(l.Id), Markup.Escape(l.Naam), l.Gemeente.ToString(), Nederlands.Geheel(l.Plaatsen), Nederlands.Geheel(l.AmvPlaatsen),
                            l.Soort.Naam(), l.Fase.Naam(), Datum(l.Begindatum), Datum(l.Einddatum), l.Bestuursovereenkomst.Getekend ? "ja" : "nee");
                    console.Write(table);
                    break;
            }
            return 0;
        });
        return command;
    }

    private static Command Sjabloon()
    {
        var formaat = Opties.Formaat("xlsx", "csv");
        var uit = new Option<string?>("--uit") { Description = "Bestandsnaam (standaard locaties-sjabloon.xlsx of .csv)." };
        var command = new Command("sjabloon", "Schrijf een leeg sjabloon voor het register, met de kolommen en toelichting.");
        command.Options.Add(formaat);
        command.Options.Add(uit);
        command.SetAction(parse =>
        {
            var f = Bestandsformaten.Parse(parse.GetValue(formaat)!);
            var path = parse.GetValue(uit) ?? $"locaties-sjabloon.{f.Naam()}";
            LocatieSjabloon.Schrijf(path, f);
            parse.InvocationConfiguration.Output.WriteLine($"Geschreven: {path} (kolommen: zie docs/locaties-kolommen.md)");
            return 0;
        });
        return command;
    }

    private static Command Historie()
    {
        var id = new Argument<string>("id") { Description = "Het id van de locatie." };
        var command = new Command("historie", "Toon elke versie van een locatie: wie, wanneer, wat er veranderde.");
        command.Arguments.Add(id);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var versies = context.Locaties.Historie(parse.GetValue(id)!);
            if (versies.Count == 0) throw new InvalidInputException($"Er is geen locatie met id '{parse.GetValue(id)}' in het register.");
            Locatie? vorige = null;
            foreach (var v in versies)
            {
                var wat = v.Verwijderd ? "verwijderd"
                    : vorige is null ? $"toegevoegd: {v.Locatie.Naam}, {v.Locatie.Gemeente}, {v.Locatie.Plaatsen} plaatsen, {v.Locatie.Fase.Naam()}"
                    : string.Join(", ", RegisterVerschil.Velden(vorige, v.Locatie).Select(f => $"{f} {Waarde(vorige, f)} -> {Waarde(v.Locatie, f)}"));
                context.Out.WriteLine($"versie {v.Versie}, {v.GewijzigdOp:yyyy-MM-dd HH:mm:ss} UTC, door {v.GewijzigdDoor}: {wat}");
                vorige = v.Verwijderd ? vorige : v.Locatie;
            }
            return 0;
        });
        return command;
    }

    /// <summary>Imported registers are checked against the division of the most recent cycle.</summary>
    private static DateOnly ActueleIndelingsdatum() => RegelsLoader.Bundled(RegelsLoader.BundledCycles()[^1]).IndelingOp.Waarde;
}
