using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Data.Gegevens;
using Spreiding.Data.Import;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary><c>spreiding data status</c> and <c>spreiding data importeer bevolking|ses-woa</c>.</summary>
internal static class DataCommands
{
    public static Command Create()
    {
        var data = new Command("data", "Referentiegegevens: wat is geladen, en nieuwe CBS-tabellen importeren.");
        data.Subcommands.Add(Status());
        var importeer = new Command("importeer", "Importeer een CBS-tabel in de database (alles of niets).");
        importeer.Subcommands.Add(ImporteerBevolking());
        importeer.Subcommands.Add(ImporteerSesWoa());
        data.Subcommands.Add(importeer);
        return data;
    }

    private static Command Status()
    {
        var command = new Command("status", "Toon welke gegevens geladen zijn, hun bron en peildatum, en wat ontbreekt.");
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var console = Consoles.For(context.Out);
            var bronnen = context.Bronnen;
            var indeling = bronnen.Indeling;
            var stored = context.Datasets.List();

            console.WriteLine($"Database: {context.Database.Path} (schemaversie {context.Database.SchemaVersion()})");
            console.WriteLine();
            var table = new Table { Title = new TableTitle("Gegevens per cyclus"), Border = TableBorder.Rounded };
            table.AddColumns("Cyclus", "Gegeven", "Peildatum / periode", "Bron", "Gemeenten", "Status");
            foreach (var cyclus in RegelsLoader.BundledCycles())
            {
                var regels = RegelsLoader.Bundled(cyclus);
                var gemeenten = indeling.OpDatum(regels.IndelingOp.Waarde);
                table.AddRow(cyclus.ToString(CultureInfo.InvariantCulture), "Indeling", regels.IndelingOp.Waarde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "data/referentie/gemeentelijke_indeling.csv (CBS, CC BY 4.0)", gemeenten.Count.ToString(CultureInfo.InvariantCulture), "aanwezig");
                try
                {
                    var bevolking = bronnen.Bevolking(regels.PeildatumBevolking.Waarde, null);
                    table.AddRow("", "Bevolking", regels.PeildatumBevolking.Waarde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        Markup.Escape($"{bevolking.Bron.Naam} ({bevolking.Bron.Attributie})"),
                        bevolking.Inwoners.Count.ToString(CultureInfo.InvariantCulture), "aanwezig");
                }
                catch (OntbrekendeBevolkingException)
                {
                    table.AddRow("", "Bevolking", regels.PeildatumBevolking.Waarde.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        "-", "0", Markup.Escape($"ONTBREEKT: importeer met 'spreiding data importeer bevolking BESTAND --peildatum {regels.PeildatumBevolking.Waarde:yyyy-MM-dd}'"));
                }
            }
            var actueel = indeling.OpDatum(LatestIndelingOp());
            var ses = bronnen.SesWoa(null, LatestIndelingOp());
            var ontbrekend = ses.Ontbrekend(actueel);
            table.AddRow("alle", "SES-WOA", Markup.Escape(ses.Periode), Markup.Escape($"{ses.Bron.Naam} ({ses.Bron.Attributie})"),
                $"{ses.Scores.Count}/{actueel.Count}",
                ontbrekend.Count == 0 ? "volledig: wettelijke sleutel mogelijk" : $"ONVOLLEDIG: {ontbrekend.Count} ontbreken; wettelijke sleutel niet mogelijk");
            console.Write(table);

            if (stored.Count > 0)
            {
                var imports = new Table { Title = new TableTitle("Geïmporteerde datasets"), Border = TableBorder.Rounded };
                imports.AddColumns("Id", "Soort", "Peildatum / periode", "Bestand", "Formaat", "Rijen", "Geïmporteerd op", "SHA-256");
                foreach (var d in stored)
                    imports.AddRow(d.Id.ToString(CultureInfo.InvariantCulture), d.Soort == Data.Opslag.DatasetSoort.Bevolking ? "bevolking" : "ses-woa",
                        Markup.Escape(d.Peildatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? d.Periode ?? "-"), Markup.Escape(d.Bestand),
                        Markup.Escape(d.Formaat), d.Rijen.ToString(CultureInfo.InvariantCulture),
                        d.GeimporteerdOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), d.Sha256[..12]);
                console.Write(imports);
            }

            console.WriteLine();
            console.WriteLine($"Grenzen: {string.Join(", ", EmbeddedFiles.Names("geo").Select(Path.GetFileName))} (CBS/PDOK, CC BY 4.0).");
            if (ontbrekend.Count > 0)
            {
                console.WriteLine();
                console.WriteLine($"SES-WOA ontbreekt voor {ontbrekend.Count} gemeenten:");
                var namen = actueel.ToDictionary(g => g.Code, g => g.Naam);
                foreach (var chunk in ontbrekend.Select(c => $"{c} {namen[c]}").Chunk(4))
                    console.WriteLine("  " + string.Join("; ", chunk));
                console.WriteLine();
                console.WriteLine("Laad een volledige SES-WOA-tabel: download CBS 85900NED of 86092NED (alleen gemeenten) en voer uit: spreiding data importeer ses-woa BESTAND");
            }
            return 0;
        });
        return command;
    }

    private static Command ImporteerBevolking()
    {
        var file = new Argument<string>("bestand") { Description = "CBS StatLine-download of een bestand 'gemeentecode;inwoners'." };
        var peildatum = new Option<string>("--peildatum") { Description = "De peildatum van de telling, bijvoorbeeld 2025-01-01.", Required = true };
        var command = new Command("bevolking", "Importeer het aantal inwoners per gemeente.");
        command.Arguments.Add(file);
        command.Options.Add(peildatum);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var path = parse.GetValue(file)!;
            var datum = ParseDatum(parse.GetValue(peildatum)!);
            var import = BevolkingImporter.Read(path, context.Bronnen.Indeling, datum);
            var id = context.Datasets.SaveBevolking(import.Bevolking, Path.GetFileName(path), import.Format.Omschrijving(), Sha256(path), DateTimeOffset.UtcNow);
            context.Out.WriteLine($"Geïmporteerd als dataset {id}: bevolking op {Nederlands.Datum(datum)}, {import.Bevolking.Inwoners.Count} gemeenten, " +
                                  $"{Nederlands.Geheel(import.Bevolking.Totaal)} inwoners ({import.Format.Omschrijving()}; {import.RowsSkipped} rijen overgeslagen).");
            foreach (var w in import.Warnings) context.Error.WriteLine("Waarschuwing: " + w);
            return 0;
        });
        return command;
    }

    private static Command ImporteerSesWoa()
    {
        var file = new Argument<string>("bestand") { Description = "CBS StatLine-download van 85900NED/86092NED of een bestand 'gemeentecode;ses_woa'." };
        var periode = new Option<string?>("--periode") { Description = "De CBS-periode van de scores, als het bestand die niet noemt." };
        var command = new Command("ses-woa", "Importeer SES-WOA-scores per gemeente (een gedeeltelijk bestand mag).");
        command.Arguments.Add(file);
        command.Options.Add(periode);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var path = parse.GetValue(file)!;
            var indeling = context.Bronnen.Indeling;
            var import = SesWoaImporter.Read(path, indeling, LatestIndelingOp(), parse.GetValue(periode));
            var id = context.Datasets.SaveSesWoa(import.SesWoa, Path.GetFileName(path), import.Format.Omschrijving(), Sha256(path), DateTimeOffset.UtcNow);
            context.Out.WriteLine($"Geïmporteerd als dataset {id}: SES-WOA periode {import.SesWoa.Periode}, {import.SesWoa.Scores.Count} gemeenten " +
                                  $"({import.Format.Omschrijving()}).");
            if (import.Ontbrekend.Count > 0)
                context.Error.WriteLine($"Waarschuwing: {import.Ontbrekend.Count} gemeenten ontbreken; zie 'spreiding data status'.");
            foreach (var w in import.Warnings) context.Error.WriteLine("Waarschuwing: " + w);
            return 0;
        });
        return command;
    }

    /// <summary>New imports are checked against the division of the most recent cycle.</summary>
    private static DateOnly LatestIndelingOp() => RegelsLoader.Bundled(RegelsLoader.BundledCycles()[^1]).IndelingOp.Waarde;

    internal static DateOnly ParseDatum(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidInputException($"'{text}' is geen datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2025-01-01.");

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
