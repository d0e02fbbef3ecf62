using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spreiding.Core;
using Spreiding.Core.Locaties;
using Spreiding.Core.Opgave;

namespace Spreiding.Cli.Uitvoer;

/// <summary>Renders an opgave (the task after counting the register) as a table, CSV, JSON or XLSX rows.</summary>
internal static class OpgaveUitvoer
{
    public const string GemeenteCsvHeader = "gemeentecode,gemeentenaam,provinciecode,indicatief,geteld,resterend,overschot";
    public const string ProvincieCsvHeader = "provinciecode,provincie,indicatief,geteld,resterend,overschot,te_realiseren";
    public const string LandCsvHeader = "totaal,beschikbaar,te_realiseren,gepubliceerd_beschikbaar,gepubliceerd_te_realiseren";
    public const string LocatieCsvHeader = "id,naam,gemeentecode,plaatsen,soort,fase,uitkomst,geteld,redenen";

    /// <summary>The marker every example row carries in its source column (data/voorbeeld/LEESMIJ.md).</summary>
    public const string VoorbeeldMarkering = "VOORBEELDGEGEVENS";

    public static bool BevatVoorbeeld(IEnumerable<Locatie> locaties) =>
        locaties.Any(l => l.Bron?.Contains(VoorbeeldMarkering, StringComparison.OrdinalIgnoreCase) == true);

    public static string VoorbeeldWaarschuwing =>
        "Let op: het register bevat VOORBEELDGEGEVENS (data/voorbeeld), geen echt COA-register.";

    public static string Uitkomst(TelUitkomst u) => u switch
    {
        TelUitkomst.Telt => "telt",
        TelUitkomst.TeltDeels => "telt deels",
        _ => "telt niet",
    };

    public static (IReadOnlyList<string> Kop, List<IReadOnlyList<object?>> Rijen) Tabel(OpgaveOverzicht o, string niveau) => niveau switch
    {
        "gemeente" => (GemeenteCsvHeader.Split(','), o.Gemeenten!.Select(g => (IReadOnlyList<object?>)
            [g.Gemeente.Code.ToString(), g.Gemeente.Naam, g.Gemeente.Provincie.ToString(), g.Indicatief, g.Geteld, g.Resterend, g.Overschot]).ToList()),
        "provincie" => (ProvincieCsvHeader.Split(','), o.Provincies!.Select(p => (IReadOnlyList<object?>)
            [p.Provincie.Code.ToString(), p.Provincie.Naam, p.Indicatief, p.Geteld, p.SomResterend, p.SomOverschot, p.TeRealiseren]).ToList()),
        "locatie" => (LocatieCsvHeader.Split(','), o.Tellingen.Select(t => (IReadOnlyList<object?>)
            [t.Locatie.Id, t.Locatie.Naam, t.Locatie.Gemeente.ToString(), t.Locatie.Plaatsen, t.Locatie.Soort.Naam(), t.Locatie.Fase.Naam(),
             Uitkomst(t.Uitkomst), t.GeteldePlaatsen, string.Join("; ", t.Redenen)]).ToList()),
        _ => (LandCsvHeader.Split(','), [[o.Totaal, o.Beschikbaar, o.TeRealiseren, o.Gepubliceerd?.BeschikbaarMeerjarig.Waarde, o.Gepubliceerd?.TeRealiseren.Waarde]]),
    };

    public static void Csv(OpgaveOverzicht o, string niveau, TextWriter output)
    {
        var (kop, rijen) = Tabel(o, niveau);
        var sb = new StringBuilder(string.Join(',', kop)).Append('\n');
        foreach (var rij in rijen)
            sb.Append(string.Join(',', rij.Select(c => c switch
            {
                null => "",
                int i => i.ToString(CultureInfo.InvariantCulture),
                string s => RamingUitvoer.Csv(s),
                _ => RamingUitvoer.Csv(Convert.ToString(c, CultureInfo.InvariantCulture) ?? ""),
            }))).Append('\n');
        output.Write(sb.ToString());
    }

    public static void Json(OpgaveOverzicht o, string niveau, bool voorbeeld, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("cyclus", o.Regels.Cyclus);
            w.WriteString("regels", o.Regels.Bestand);
            w.WriteBoolean("voorbeeldgegevens", voorbeeld);
            w.WriteString("niveau", niveau);
            w.WriteNumber("totaal", o.Totaal);
            w.WriteNumber("beschikbaar", o.Beschikbaar);
            w.WriteNumber("te_realiseren", o.TeRealiseren);
            if (o.Gepubliceerd is { } p)
            {
                w.WriteStartObject("gepubliceerd");
                w.WriteNumber("beschikbaar_meerjarig", p.BeschikbaarMeerjarig.Waarde);
                w.WriteNumber("te_realiseren", p.TeRealiseren.Waarde);
                w.WriteString("bron", p.BeschikbaarMeerjarig.Bron);
                w.WriteEndObject();
            }
            if (o.Raming is { } r)
            {
                w.WriteBoolean("wettelijk", r.IsWettelijk);
                w.WriteStartArray("afwijkingen");
                foreach (var a in r.Afwijkingen) w.WriteStringValue(a);
                w.WriteEndArray();
            }
            var (kop, rijen) = Tabel(o, niveau);
            w.WriteStartArray(niveau switch { "gemeente" => "gemeenten", "provincie" => "provincies", "locatie" => "locaties", _ => "land" });
            foreach (var rij in rijen)
            {
                w.WriteStartObject();
                for (var i = 0; i < kop.Count; i++)
                {
                    switch (rij[i])
                    {
                        case null: w.WriteNull(kop[i]); break;
                        case int n: w.WriteNumber(kop[i], n); break;
                        default: w.WriteString(kop[i], Convert.ToString(rij[i], CultureInfo.InvariantCulture)); break;
                    }
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    public static void Tekst(OpgaveOverzicht o, string niveau, bool voorbeeld, TextWriter output)
    {
        var console = Consoles.For(output);
        var titel = $"Opgave cyclus {o.Regels.Cyclus} ({niveau})" + (voorbeeld ? " — VOORBEELDGEGEVENS" : "");
        if (niveau == "land")
        {
            console.WriteLine(titel);
            console.WriteLine($"  Totaal nodig:            {Nederlands.Geheel(o.Totaal),8}  ({o.Regels.TotaalPlaatsen.Bron})");
            console.WriteLine($"  Beschikbaar (geteld):    {Nederlands.Geheel(o.Beschikbaar),8}  ({o.Tellingen.Count(t => t.GeteldePlaatsen > 0)} van {o.Tellingen.Count} locaties tellen mee)");
            console.WriteLine($"  Nog te realiseren:       {Nederlands.Geheel(o.TeRealiseren),8}");
            if (o.Gepubliceerd is { } p)
                console.WriteLine($"  Gepubliceerd: circa {Nederlands.Geheel(p.BeschikbaarMeerjarig.Waarde)} beschikbaar, circa {Nederlands.Geheel(p.TeRealiseren.Waarde)} te realiseren ({p.BeschikbaarMeerjarig.Bron}).");
        }
        else
        {
            var (kop, rijen) = Tabel(o, niveau);
            var table = new Table { Title = new TableTitle(Markup.Escape(titel)), Border = TableBorder.Rounded };
            foreach (var k in kop) table.AddColumn(Markup.Escape(k));
            foreach (var rij in rijen)
                table.AddRow(rij.Select(c => Markup.Escape(c switch { null => "-", int i => Nederlands.Geheel(i), _ => c.ToString() ?? "" })).ToArray());
            console.Write(table);
        }
        if (o.Raming is { IsWettelijk: false } r)
            console.WriteLine("Let op: de indicatieve aantallen zijn niet de wettelijke verdeling, want: " + string.Join("; ", r.Afwijkingen) + ".");
        if (voorbeeld) console.WriteLine(VoorbeeldWaarschuwing);
    }
}
