using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;
using Spreiding.Core.Monitor;
using Spreiding.Data.Grafieken;
using Spreiding.Data.Locaties;
using Spreiding.Data.Opslag;
using Spreiding.Data.Regels;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding monitor</c>: realisation over time. For the register as recorded at the end of every month, per
/// municipality, province or the country: the task of the cycle's raming, the places counted under its telregels,
/// the fulfilment rate, what remains and the places whose end date lies before the horizon. See docs/monitor.md.
/// </summary>
internal static class MonitorCommand
{
    public static Command Create()
    {
        var raming = new RamingOptions();
        var tot = new Option<string?>("--tot") { Description = "Laatste peildatum (JJJJ-MM-DD); standaard de datum van de laatste wijziging van het register." };
        var van = new Option<string?>("--van") { Description = "Begin bij de maand van deze datum (JJJJ-MM-DD); standaard de eerste maand met locaties in het register." };
        var niveau = new Option<string>("--niveau") { Description = "land, provincie of gemeente.", DefaultValueFactory = _ => "provincie" };
        niveau.AcceptOnlyFromAmong("land", "provincie", "gemeente");
        var provincie = new Option<string?>("--provincie") { Description = "Alleen deze provincie (en bij --niveau gemeente haar gemeenten), bijvoorbeeld PV27." };
        var formaat = Opties.Formaat("tabel", "csv", "xlsx", "json");
        var uit = new Option<string?>("--uit") { Description = "Schrijf naar dit bestand (verplicht bij --formaat xlsx)." };
        var grafiek = new Option<string?>("--grafiek") { Description = "Schrijf in deze map per provincie en voor het land een SVG-grafiek van de vervullingsgraad." };
        var command = new Command("monitor",
            "Volg de realisatie: per maandeinde de opgave, gerealiseerde (getelde) plaatsen, vervullingsgraad, resterend en aflopende plaatsen.");
        raming.AddTo(command);
        foreach (var o in new Option[] { tot, van, niveau, provincie, formaat, uit, grafiek }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var regels = RegelsLoader.Bundled(parse.GetValue(raming.Cyclus));
            var telregels = regels.Telregels
                ?? throw new InvalidInputException($"De regels van cyclus {regels.Cyclus} hebben geen telregels; zonder telregels valt er niets te tellen.");
            var gekozenNiveau = parse.GetValue(niveau)!;
            var filter = parse.GetValue(provincie) is { } pv ? ProvincieCode.Parse(pv) : (ProvincieCode?)null;
            if (filter is not null && gekozenNiveau == "land")
                throw new InvalidInputException("--provincie past niet bij --niveau land; kies --niveau provincie of gemeente.");

            var standen = Standen(context.Locaties,
                parse.GetValue(van) is { } v ? DataCommands.ParseDatum(v) : null,
                parse.GetValue(tot) is { } t ? DataCommands.ParseDatum(t) : null);
            // The national level needs no per-municipality raming (as 'opgave --niveau land'), unless charts per
            // province or another total are asked for.
            var landelijk = gekozenNiveau == "land" && parse.GetValue(grafiek) is null && parse.GetValue(raming.Totaal) is null;
            Monitorreeks reeks;
            if (landelijk)
                reeks = Realisatiemonitor.VolgLandelijk(regels, telregels, standen.Select(s => (s.Peildatum, s.Register)));
            else
            {
                var berekend = raming.Bereken(parse, context);
                if (filter is { } f && berekend.Provincies.All(p => p.Provincie.Code != f))
                    throw new InvalidInputException(
                        $"Provincie {f} bestaat niet in de indeling van cyclus {regels.Cyclus}. Kies uit: {string.Join(", ", berekend.Provincies.Select(p => p.Provincie.Code))}.");
                reeks = Realisatiemonitor.Volg(berekend, telregels, standen.Select(s => (s.Peildatum, s.Register)));
            }
            var voorbeeld = standen.Any(s => OpgaveUitvoer.BevatVoorbeeld(s.Register));
            var uitvoer = new MonitorUitvoer(reeks, gekozenNiveau, filter, voorbeeld);

            var laatste = reeks.Peilmomenten[^1];
            context.Error.WriteLine($"Realisatiemonitor cyclus {regels.Cyclus}: {reeks.Peilmomenten.Count} peildata van {reeks.Peilmomenten[0].Peildatum:yyyy-MM-dd} " +
                                    $"tot {laatste.Peildatum:yyyy-MM-dd} (het register zoals vastgelegd aan het einde van elke maand); landelijk op {laatste.Peildatum:yyyy-MM-dd} " +
                                    $"{Nederlands.Geheel(laatste.Land.Gerealiseerd)} van {Nederlands.Geheel(laatste.Land.Opgave)} plaatsen gerealiseerd ({laatste.Land.Vervullingsgraad.Nederlands}).");
            context.Error.WriteLine("Aflopend binnen de horizon: " + uitvoer.HorizonUitleg + ".");
            if (voorbeeld) context.Error.WriteLine(OpgaveUitvoer.VoorbeeldWaarschuwing);
            if (!reeks.IsWettelijk)
                context.Error.WriteLine("Waarschuwing: de opgaven zijn NIET de wettelijke verdeling, want: " + string.Join("; ", reeks.Afwijkingen) + ".");

            if (parse.GetValue(grafiek) is { } map)
            {
                var geschreven = uitvoer.Grafieken(map);
                context.Error.WriteLine($"Grafieken geschreven: {geschreven.Count} SVG-bestanden in {map} ({string.Join(", ", geschreven.Select(Path.GetFileName))}).");
            }

            var bestand = parse.GetValue(uit);
            switch (parse.GetValue(formaat))
            {
                case "xlsx":
                    if (bestand is null) throw new InvalidInputException("Geef met --uit BESTAND.xlsx aan waar het werkboek moet komen.");
                    using (var stream = File.Create(bestand)) uitvoer.Xlsx(stream);
                    context.Out.WriteLine($"Geschreven: {bestand}");
                    break;
                case "csv":
                    OpgaveCommand.Schrijf(bestand, context.Out, uitvoer.Csv);
                    break;
                case "json":
                    OpgaveCommand.Schrijf(bestand, context.Out, uitvoer.Json);
                    break;
                default:
                    OpgaveCommand.Schrijf(bestand, context.Out, uitvoer.Tekst);
                    break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>One snapshot read from the register.</summary>
    internal sealed record Stand(DateOnly Peildatum, IReadOnlyList<Locatie> Register);

    /// <summary>
    /// The register at every peildatum: month ends from the month of <paramref name="van"/> (default: back from
    /// <paramref name="tot"/> while the register at the previous month end is not empty) up to <paramref name="tot"/>
    /// (default: the day of the last recorded change), which is the last peildatum.
    /// </summary>
    internal static IReadOnlyList<Stand> Standen(LocatieStore store, DateOnly? van, DateOnly? tot)
    {
        var laatste = store.LaatsteWijziging()
            ?? throw new InvalidInputException(
                "Het register is leeg: er valt geen realisatie te volgen. Laad eerst locaties met 'spreiding locaties importeer BESTAND' " +
                "(oudere maandstanden met --vastgelegd-op JJJJ-MM-DD, van oud naar nieuw) of 'spreiding locaties voorbeeld'.");
        var laatsteDatum = DateOnly.FromDateTime(laatste.UtcDateTime);
        var einde = tot ?? laatsteDatum;
        if (van is { } begin && begin > einde)
            throw new InvalidInputException($"--van {begin:yyyy-MM-dd} ligt na de laatste peildatum {einde:yyyy-MM-dd} (--tot of de laatste wijziging van het register).");

        var eindstand = store.Lijst(OpgaveCommand.EindVanDag(einde));
        if (eindstand.Count == 0)
            throw new InvalidInputException(
                $"Op {einde:yyyy-MM-dd} (einde van de dag) stonden er geen locaties in het register: er valt niets te volgen. " +
                $"Kies met --tot een latere datum; de laatste wijziging van het register is van {laatsteDatum:yyyy-MM-dd}.");

        if (van is { } vanaf)
        {
            var data = Realisatiemonitor.Peildata(vanaf, einde);
            return data.Select(d => new Stand(d, d == einde ? eindstand : store.Lijst(OpgaveCommand.EindVanDag(d)))).ToList();
        }

        // From the first month with data: walk back month end by month end until the register was empty.
        var standen = new List<Stand> { new(einde, eindstand) };
        for (var maand = new DateOnly(einde.Year, einde.Month, 1); ; maand = maand.AddMonths(-1))
        {
            var vorige = maand.AddDays(-1);
            var register = store.Lijst(OpgaveCommand.EindVanDag(vorige));
            if (register.Count == 0) break;
            standen.Add(new Stand(vorige, register));
        }
        standen.Reverse();
        return standen;
    }
}

/// <summary>Renders a <see cref="Monitorreeks"/> as a table, CSV, JSON, XLSX and SVG charts.</summary>
internal sealed class MonitorUitvoer(Monitorreeks reeks, string niveau, ProvincieCode? provincie, bool voorbeeld)
{
    public const string LandCsvHeader = "peildatum,opgave,gerealiseerd,vervullingsgraad,resterend,aflopend_binnen_horizon,horizon";
    public const string ProvincieCsvHeader = "peildatum,provinciecode,provincie,opgave,gerealiseerd,vervullingsgraad,resterend,aflopend_binnen_horizon,horizon";
    public const string GemeenteCsvHeader = "peildatum,gemeentecode,gemeentenaam,provinciecode,provincie,opgave,gerealiseerd,vervullingsgraad,resterend,aflopend_binnen_horizon,horizon";

    private string Kop => niveau switch { "land" => LandCsvHeader, "gemeente" => GemeenteCsvHeader, _ => ProvincieCsvHeader };

    public string HorizonUitleg => reeks.Peilmomenten[0].Horizon.Bron == HorizonBron.Telregels
        ? $"plaatsen die aan alle telregels voldoen behalve de horizon, met een einddatum (locatie of getekende bestuursovereenkomst) vóór {reeks.Peilmomenten[0].Horizon.Datum:yyyy-MM-dd} (beschikbaar_tot_minstens; deze plaatsen tellen daarom niet mee als gerealiseerd)"
        : $"getelde plaatsen met een einddatum (locatie of getekende bestuursovereenkomst) binnen {Realisatiemonitor.HorizonMaandenZonderTelregel} maanden na de peildatum (de telregels van cyclus {reeks.Regels.Cyclus} noemen geen horizon)";

    private string Titel => $"Realisatiemonitor cyclus {reeks.Regels.Cyclus} ({niveau}{(provincie is { } p ? " " + p : "")})" + (voorbeeld ? " — VOORBEELDGEGEVENS" : "");

    /// <summary>The rows, typed: DateOnly, string, int, <see cref="Vervullingsgraad"/>.</summary>
    private IEnumerable<IReadOnlyList<object>> Rijen()
    {
        foreach (var m in reeks.Peilmomenten)
        {
            switch (niveau)
            {
                case "land":
                    yield return [m.Peildatum, .. Cijfers(m.Land), m.Horizon.Datum];
                    break;
                case "gemeente":
                    var namen = m.Provincies.ToDictionary(p => p.Provincie.Code, p => p.Provincie.Naam);
                    foreach (var g in m.Gemeenten.Where(g => provincie is null || g.Gemeente.Provincie == provincie).OrderBy(g => g.Gemeente.Code))
                        yield return [m.Peildatum, g.Gemeente.Code.ToString(), g.Gemeente.Naam, g.Gemeente.Provincie.ToString(),
                            namen.GetValueOrDefault(g.Gemeente.Provincie, g.ProvincieNaam), .. Cijfers(g.Cijfers), m.Horizon.Datum];
                    break;
                default:
                    foreach (var p in m.Provincies.Where(p => provincie is null || p.Provincie.Code == provincie).OrderBy(p => p.Provincie.Code))
                        yield return [m.Peildatum, p.Provincie.Code.ToString(), p.Provincie.Naam, .. Cijfers(p.Cijfers), m.Horizon.Datum];
                    break;
            }
        }
    }

    private static object[] Cijfers(Realisatie r) => [r.Opgave, r.Gerealiseerd, r.Vervullingsgraad, r.Resterend, r.AflopendBinnenHorizon];

    public void Csv(TextWriter output)
    {
        var sb = new StringBuilder(Kop).Append('\n');
        foreach (var rij in Rijen())
            sb.Append(string.Join(',', rij.Select(c => c switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                int i => i.ToString(CultureInfo.InvariantCulture),
                Vervullingsgraad v => v.Invariant,
                _ => RamingUitvoer.Csv(Convert.ToString(c, CultureInfo.InvariantCulture) ?? ""),
            }))).Append('\n');
        output.Write(sb.ToString());
    }

    public void Json(TextWriter output)
    {
        var kop = Kop.Split(',');
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("cyclus", reeks.Regels.Cyclus);
            w.WriteString("regels", reeks.Regels.Bestand);
            w.WriteBoolean("voorbeeldgegevens", voorbeeld);
            w.WriteString("niveau", niveau);
            if (provincie is { } p) w.WriteString("provincie", p.ToString());
            w.WriteBoolean("wettelijk", reeks.IsWettelijk);
            w.WriteStartArray("afwijkingen");
            foreach (var a in reeks.Afwijkingen) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteString("aflopend_binnen_horizon", HorizonUitleg);
            w.WriteStartArray("peildata");
            foreach (var m in reeks.Peilmomenten) w.WriteStringValue(m.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndArray();
            w.WriteStartArray("rijen");
            foreach (var rij in Rijen())
            {
                w.WriteStartObject();
                for (var i = 0; i < kop.Length; i++)
                {
                    switch (rij[i])
                    {
                        case int n: w.WriteNumber(kop[i], n); break;
                        case DateOnly d: w.WriteString(kop[i], d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                        case Vervullingsgraad v:
                            w.WritePropertyName(kop[i]);
                            // The exact one-decimal text as a JSON number (12.3), null when the task is 0.
                            if (v.IsGedefinieerd) w.WriteRawValue(v.Invariant);
                            else w.WriteNullValue();
                            break;
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

    public void Xlsx(Stream stream)
    {
        var rijen = Rijen().Select(rij => (IReadOnlyList<object?>)rij.Select(c => c switch
        {
            Vervullingsgraad v => v.Procent is { } pct ? new XlsxCel(pct, "0.0") : (object)Vervullingsgraad.NietGedefinieerd,
            _ => c,
        }).ToList());
        var voetnoten = new List<string>
        {
            "vervullingsgraad = gerealiseerd / opgave in procenten, exact uit de gehele getallen, half naar boven afgerond op één decimaal; '-' bij opgave 0.",
            "aflopend_binnen_horizon: " + HorizonUitleg + ".",
            $"Regels: {reeks.Regels.Bestand}. Het register zoals vastgelegd aan het einde van elke peildatum. Bevolking: CBS, CC BY 4.0.",
        };
        if (!reeks.IsWettelijk) voetnoten.Add("Niet de wettelijke verdeling: " + string.Join("; ", reeks.Afwijkingen) + ".");
        if (voorbeeld) voetnoten.Add(OpgaveUitvoer.VoorbeeldWaarschuwing);
        XlsxTabel.Schrijf(stream, [new XlsxWerkblad("Monitor", Kop.Split(','), rijen) { Titel = Titel, Voetnoten = voetnoten }]);
    }

    public void Tekst(TextWriter output)
    {
        var console = Consoles.For(output);
        var table = new Table { Title = new TableTitle(Markup.Escape(Titel)), Border = TableBorder.Rounded };
        var kop = Kop.Split(',');
        foreach (var k in kop.Take(kop.Length - 1)) table.AddColumn(Markup.Escape(k));
        foreach (var rij in Rijen())
            table.AddRow(rij.Take(rij.Count - 1).Select(c => Markup.Escape(c switch
            {
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                int i => Nederlands.Geheel(i),
                Vervullingsgraad v => v.Nederlands,
                _ => c.ToString() ?? "",
            })).ToArray());
        console.Write(table);
        console.WriteLine("Aflopend binnen de horizon: " + HorizonUitleg + ".");
        if (!reeks.IsWettelijk)
            console.WriteLine("Let op: de opgaven zijn niet de wettelijke verdeling, want: " + string.Join("; ", reeks.Afwijkingen) + ".");
        if (voorbeeld) console.WriteLine(OpgaveUitvoer.VoorbeeldWaarschuwing);
    }

    /// <summary>Writes <c>vervullingsgraad-nederland.svg</c> and <c>vervullingsgraad-PVnn.svg</c> per province (only the chosen one with --provincie); returns the paths.</summary>
    public IReadOnlyList<string> Grafieken(string map)
    {
        Directory.CreateDirectory(map);
        var cyclus = reeks.Regels.Cyclus;
        var suffix = voorbeeld ? " (VOORBEELDGEGEVENS)" : "";
        var land = new Lijnreeks("Nederland", reeks.Peilmomenten.Select(m => Punt(m.Peildatum, m.Land)).ToList(), Gestreept: true);
        var paden = new List<string>();

        void Schrijf(string naam, string titel, IReadOnlyList<Lijnreeks> lijnen)
        {
            var pad = Path.Combine(map, naam);
            File.WriteAllText(pad, SvgLijnen.Lijnen(titel, "vervullingsgraad (%)", lijnen, Procent, AsProcent, vanafNul: true, referentie: 100, referentieLabel: "opgave (100%)"));
            paden.Add(pad);
        }

        Schrijf("vervullingsgraad-nederland.svg", $"Vervullingsgraad Nederland, cyclus {cyclus}{suffix}", [land with { Gestreept = false }]);
        foreach (var p in reeks.Peilmomenten[0].Provincies.Where(p => provincie is null || p.Provincie.Code == provincie).OrderBy(p => p.Provincie.Code))
        {
            var lijn = new Lijnreeks(p.Provincie.Naam, reeks.Peilmomenten
                .Select(m => Punt(m.Peildatum, m.Provincies.Single(q => q.Provincie.Code == p.Provincie.Code).Cijfers)).ToList());
            Schrijf($"vervullingsgraad-{p.Provincie.Code}.svg", $"Vervullingsgraad {p.Provincie.Naam}, cyclus {cyclus}{suffix}", [lijn, land]);
        }
        return paden;
    }

    private static Lijnpunt Punt(DateOnly datum, Realisatie r) =>
        new(datum, r.Vervullingsgraad.Procent is { } p ? (double)p : null);

    private static string Procent(double waarde) => Nederlands.Decimaal((decimal)waarde, 1) + "%";

    private static string AsProcent(double waarde) => Nederlands.Geheel((long)Math.Round(waarde)) + "%";
}
