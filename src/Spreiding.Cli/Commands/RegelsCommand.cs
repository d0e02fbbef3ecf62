using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core.Apportionment;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary><c>spreiding regels --cyclus 2024</c>: every legal number of a cycle with its source.</summary>
internal static class RegelsCommand
{
    public static Command Create()
    {
        var cyclus = Opties.Cyclus();
        var command = new Command("regels", "Toon de regels van een cyclus: elke waarde met haar bron.");
        command.Options.Add(cyclus);
        command.SetAction(parse =>
        {
            var r = RegelsLoader.Bundled(parse.GetValue(cyclus));
            var console = Consoles.For(parse.InvocationConfiguration.Output);
            var table = new Table { Title = new TableTitle(Markup.Escape($"{r.Titel} ({r.Bestand})")), Border = TableBorder.Rounded };
            table.AddColumns("Parameter", "Waarde", "Bron");
            void Row(string name, string value, string bron) => table.AddRow(Markup.Escape(name), Markup.Escape(value), Markup.Escape(bron));
            string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Row("publicatiedatum", D(r.Publicatiedatum.Waarde), r.Publicatiedatum.Bron);
            Row("behoefte_peildatum", D(r.BehoeftePeildatum.Waarde), r.BehoeftePeildatum.Bron);
            Row("totaal_plaatsen", r.TotaalPlaatsen.Waarde.ToString(CultureInfo.InvariantCulture), r.TotaalPlaatsen.Bron);
            Row("amv_plaatsen", r.AmvPlaatsen.Waarde?.ToString(CultureInfo.InvariantCulture) ?? "(niet gepubliceerd)", r.AmvPlaatsen.Bron);
            Row("peildatum_bevolking", D(r.PeildatumBevolking.Waarde), r.PeildatumBevolking.Bron);
            Row("indeling_op", D(r.IndelingOp.Waarde), r.IndelingOp.Bron);
            Row("sleutel", r.Sleutel.Type, r.Sleutel.Bron);
            foreach (var (name, p) in r.Sleutel.Parameters)
                Row("sleutel." + name, p.Waarde.ToString(CultureInfo.InvariantCulture), p.Bron);
            Row("verdeelmethode", r.Verdeelmethode.Waarde.Name(), r.Verdeelmethode.Bron);
            if (r.Beschikbaarheid is { } b)
            {
                Row("beschikbaar_meerjarig", b.BeschikbaarMeerjarig.Waarde.ToString(CultureInfo.InvariantCulture), b.BeschikbaarMeerjarig.Bron);
                Row("beschikbaarheid.peildatum", D(b.Peildatum.Waarde), b.Peildatum.Bron);
                Row("beschikbaarheid.horizon", D(b.Horizon.Waarde), b.Horizon.Bron);
                Row("te_realiseren", b.TeRealiseren.Waarde.ToString(CultureInfo.InvariantCulture), b.TeRealiseren.Bron);
            }
            foreach (var t in r.Termijnen) Row("termijn." + t.Naam, D(t.Datum.Waarde), t.Datum.Bron);
            console.Write(table);
            return 0;
        });
        return command;
    }
}
