using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Locaties;
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
            if (r.Telregels is { } tel)
            {
                Row("telregels.peildatum", D(tel.Peildatum.Waarde), tel.Peildatum.Bron);
                Row("telregels.beschikbaar_uiterlijk", D(tel.BeschikbaarUiterlijk.Waarde), tel.BeschikbaarUiterlijk.Bron);
                Row("telregels.beschikbaar_tot_minstens", tel.BeschikbaarTotMinstens.Waarde is { } tot ? D(tot) : "-", tel.BeschikbaarTotMinstens.Bron);
                Row("telregels.soorten", string.Join(", ", tel.Soorten.Waarde.Select(s => s.Naam())), tel.Soorten.Bron);
                Row("telregels.minimum_plaatsen_meer_dan", tel.MinimumPlaatsenMeerDan.Waarde.ToString(CultureInfo.InvariantCulture), tel.MinimumPlaatsenMeerDan.Bron);
                Row("telregels.minimale_duur_jaren", tel.MinimaleDuurJaren.Waarde.ToString(CultureInfo.InvariantCulture), tel.MinimaleDuurJaren.Bron);
                Row("telregels.bestuursovereenkomst_vereist", tel.BestuursovereenkomstVereist.Waarde ? "ja" : "nee", tel.BestuursovereenkomstVereist.Bron);
                foreach (var (fase, factor) in tel.FaseFactoren.OrderBy(kv => kv.Key))
                    Row("telregels.fasen." + fase.Naam(), factor.Waarde.ToString(CultureInfo.InvariantCulture), factor.Bron);
            }
            foreach (var u in r.Uitkering ?? [])
                Row($"uitkering.{u.Naam}", $"{u.BedragPerPlaats.Waarde.ToString(CultureInfo.InvariantCulture)} per plaats ({(u.Grondslag == Spreiding.Core.Plan.UitkeringsGrondslag.ToegezegdePlaatsen ? "toegezegde-plaatsen" : "plaatsen-boven-taak")})", u.BedragPerPlaats.Bron);
            if (r.Uitkering is null)
                Row("uitkering", "(geen bedragen)", "De Regeling specifieke uitkeringen zit niet in de bronnen; voeg een sectie 'uitkering' met bron toe om bedragen te tonen.");
            console.Write(table);
            return 0;
        });
        return command;
    }
}
