using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Core.Regels;
using Spreiding.Data.Grafieken;
using Spreiding.Data.Regels;
using Spreiding.Data.Scenarios;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding scenario run|vergelijk|backtest</c>: the forecast of the need for reception places per scenario,
/// with Monte Carlo bands, distributed over provinces and municipalities with the cycle's key and method.
/// </summary>
internal static class ScenarioCommands
{
    private const int StandaardRuns = 1000;
    private const ulong StandaardZaad = 2026;

    public static Command Create()
    {
        var command = new Command("scenario", "Prognose van de opvangbehoefte per scenario, met onzekerheid en de verdeling over gemeenten.");
        command.Subcommands.Add(Run());
        command.Subcommands.Add(Vergelijk());
        command.Subcommands.Add(Backtest());
        return command;
    }

    private sealed class Opties
    {
        public readonly Option<int> Runs = new("--runs") { Description = "Aantal Monte Carlo-runs.", DefaultValueFactory = _ => StandaardRuns };
        public readonly Option<ulong> Zaad = new("--seed") { Description = "Zaad van de toevalsgenerator: hetzelfde zaad geeft dezelfde uitkomst.", DefaultValueFactory = _ => StandaardZaad };
        public readonly Option<string> Niveau = NiveauOptie();
        public readonly Option<string> Formaat = Commands.Opties.Formaat("tabel", "csv", "json");
        public readonly Option<string?> Grafiek = new("--grafiek") { Description = "Map waarin de grafieken (SVG) komen." };

        private static Option<string> NiveauOptie()
        {
            var o = new Option<string>("--niveau") { Description = "land, provincie of gemeente.", DefaultValueFactory = _ => "provincie" };
            o.AcceptOnlyFromAmong("land", "provincie", "gemeente");
            return o;
        }

        public void AddTo(Command c)
        {
            foreach (var o in new Option[] { Runs, Zaad, Niveau, Formaat, Grafiek }) c.Options.Add(o);
        }
    }

    private static Doorrekening Reken(Context context, Scenario scenario, int runs, ulong zaad)
    {
        if (runs < 1) throw new InvalidInputException("--runs moet minstens 1 zijn.");
        return ScenarioDoorrekening.Reken(scenario, runs, zaad, context.Bronnen, context.Locaties.Lijst(), Voortgang.Melder(context, $"{scenario.Naam}: {runs} runs"));
    }

    private static Prognoseregels Prognoseregels(Cyclusregels regels) => ScenarioDoorrekening.Prognoseregels(regels);

    private static Command Run()
    {
        var bestand = new Argument<string>("bestand") { Description = "Het scenariobestand (YAML), bijvoorbeeld scenarios/basis-2026.yaml." };
        var opties = new Opties();
        var command = new Command("run", "Reken een scenario door: behoefte met P10/P50/P90, verdeling over provincies en gemeenten, gevoeligheid.");
        command.Arguments.Add(bestand);
        opties.AddTo(command);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var scenario = ScenarioLoader.Lees(parse.GetValue(bestand)!);
            var d = Reken(context, scenario, parse.GetValue(opties.Runs), parse.GetValue(opties.Zaad));
            var tornado = Gevoeligheid.Tornado(scenario, (double)Prognoseregels(d.Regels).Doelbezetting.Waarde);
            Kanttekeningen(context, d);
            var niveau = parse.GetValue(opties.Niveau)!;
            switch (parse.GetValue(opties.Formaat))
            {
                case "csv": context.Out.Write(RunCsv(d, niveau)); break;
                case "json": context.Out.Write(RunJson(d, tornado, niveau)); break;
                default: RunTabel(d, tornado, niveau, context.Out); break;
            }
            if (parse.GetValue(opties.Grafiek) is { } map) Grafieken(map, d, tornado, context.Out);
            return 0;
        });
        return command;
    }

    private static Command Vergelijk()
    {
        var a = new Argument<string>("basis") { Description = "Het basisscenario, bijvoorbeeld scenarios/basis-2026.yaml." };
        var b = new Argument<string>("scenario") { Description = "Het scenario met hefbomen, bijvoorbeeld scenarios/brief-2026.yaml." };
        var opties = new Opties();
        var command = new Command("vergelijk", "Zet een scenario naast de basis: behoefte, provincies, gemeenten, resterende opgave en de verschillen, met de herzieningstoets.");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        opties.AddTo(command);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var runs = parse.GetValue(opties.Runs);
            var zaad = parse.GetValue(opties.Zaad);
            var basis = Reken(context, ScenarioLoader.Lees(parse.GetValue(a)!), runs, zaad);
            var scenario = Reken(context, ScenarioLoader.Lees(parse.GetValue(b)!), runs, zaad);
            if (basis.Regels.Cyclus != scenario.Regels.Cyclus)
                throw new InvalidInputException($"De scenario's verdelen volgens verschillende cycli ({basis.Regels.Cyclus} en {scenario.Regels.Cyclus}); vergelijk scenario's van één cyclus.");
            var v = Vergelijking.Vergelijk(basis.MonteCarlo, scenario.MonteCarlo, Prognoseregels(basis.Regels), basis.Verdeling, scenario.Verdeling);
            Kanttekeningen(context, basis);
            var niveau = parse.GetValue(opties.Niveau)!;
            switch (parse.GetValue(opties.Formaat))
            {
                case "csv": context.Out.Write(VergelijkCsv(v, niveau)); break;
                case "json": context.Out.Write(VergelijkJson(v, niveau)); break;
                default: VergelijkTabel(v, niveau, context.Out); break;
            }
            if (parse.GetValue(opties.Grafiek) is { } map)
            {
                Directory.CreateDirectory(map);
                Schrijf(Path.Combine(map, "behoefte-basis.svg"), Band(basis), context.Out);
                Schrijf(Path.Combine(map, "behoefte-scenario.svg"), Band(scenario), context.Out);
            }
            return 0;
        });
        return command;
    }

    private static Command Backtest()
    {
        var bestand = new Argument<string>("bestand") { Description = "Een scenariobestand met ijkpunten, bijvoorbeeld scenarios/backtest-2024.yaml." };
        var formaat = Commands.Opties.Formaat("tabel", "csv");
        var command = new Command("backtest", "Reken het model door vanaf een bekende beginstand en vergelijk met de bekende uitkomsten.");
        command.Arguments.Add(bestand);
        command.Options.Add(formaat);
        command.SetAction(parse =>
        {
            var gelezen = ScenarioLoader.LeesBestand(parse.GetValue(bestand)!);
            if (gelezen.Ijkpunten.Count == 0)
                throw new InvalidInputException($"{gelezen.Scenario.Bestand} heeft geen ijkpunten; een backtest vergelijkt het model met bekende uitkomsten (sleutel 'ijkpunten').");
            var regels = RegelsLoader.Bundled(gelezen.Scenario.Verdeling.Cyclus);
            var resultaat = Core.Prognose.Backtest.Draai(gelezen.Scenario, gelezen.Ijkpunten, (double)Prognoseregels(regels).Doelbezetting.Waarde);
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(formaat) == "csv")
            {
                var sb = new StringBuilder("datum,grootheid,model,bekend,fout,relatieve_fout,bron\n");
                foreach (var u in resultaat.Uitkomsten)
                    sb.Append(CultureInfo.InvariantCulture,
                        $"{u.Ijkpunt.Datum:yyyy-MM-dd},{u.Ijkpunt.Grootheid},{Math.Round(u.Model)},{u.Ijkpunt.Bekend},{Math.Round(u.Fout)},{(u.RelatieveFout is { } r ? r.ToString("0.0000", CultureInfo.InvariantCulture) : "")},{RamingUitvoer.Csv(u.Ijkpunt.Bron)}\n");
                o.Write(sb.ToString());
                return 0;
            }
            o.WriteLine($"Backtest {gelezen.Scenario.Naam} ({gelezen.Scenario.Bestand}), start {gelezen.Scenario.Startdatum:yyyy-MM-dd}");
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Datum", "Grootheid", "Model", "Bekend", "Fout", "Relatief", "Bron");
            foreach (var u in resultaat.Uitkomsten)
                table.AddRow(u.Ijkpunt.Datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), u.Ijkpunt.Grootheid, G(u.Model), G(u.Ijkpunt.Bekend), G(u.Fout),
                    u.RelatieveFout is { } r ? Nederlands.Procent((decimal)r, 1) : "-", Markup.Escape(u.Ijkpunt.Bron));
            Consoles.For(o).Write(table);
            if (resultaat.GemiddeldeAbsoluteRelatieveFout is { } gem)
                o.WriteLine($"Gemiddelde absolute relatieve fout: {Nederlands.Procent((decimal)gem, 1)}.");
            return 0;
        });
        return command;
    }

    // ------------------------------------------------------------------ output

    private static string G(double v) => Nederlands.Geheel((long)Math.Round(v, MidpointRounding.AwayFromZero));

    private static string I(double v) => ((long)Math.Round(v, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    private static void Kanttekeningen(Context context, Doorrekening d)
    {
        var mc = d.MonteCarlo;
        context.Error.WriteLine($"{d.Scenario.Naam} ({d.Scenario.Bestand}): {mc.Runs} runs, zaad {mc.Zaad}; verdeeld volgens cyclus {d.Regels.Cyclus} ({d.Regels.Bestand}).");
        if (!d.Raming.IsWettelijk)
            context.Error.WriteLine("Waarschuwing: de verdeling over gemeenten is NIET de wettelijke verdeling, want: " + string.Join("; ", d.Raming.Afwijkingen) + ".");
        if (d.Verdeling.Raming.Bevolking.Bron is { } b) context.Error.WriteLine($"Bron bevolking: {b.Naam} ({b.Attributie}).");
    }

    private static string Doelregel(Doorrekening d)
    {
        if (d.Scenario.Doel is not { } doel) return "";
        var centraal = MonteCarloResultaat.AfrondenHalfOmhoog(d.MonteCarlo.CentraleBehoefte);
        var binnen = Math.Abs(centraal - doel.Behoefte) <= doel.Marge;
        return $"Doel: {Nederlands.Geheel(doel.Behoefte)} ± {Nederlands.Geheel(doel.Marge)} ({doel.Bron}); centraal {Nederlands.Geheel(centraal)}: " +
               (binnen ? "gereproduceerd binnen de marge." : "NIET binnen de marge.");
    }

    private static void RunTabel(Doorrekening d, Tornado tornado, string niveau, TextWriter o)
    {
        var mc = d.MonteCarlo;
        var l = mc.Landelijk;
        o.WriteLine($"Scenario: {d.Scenario.Naam} ({d.Scenario.Bestand}); {Nederlands.Geheel(mc.Runs)} runs, zaad {mc.Zaad}");
        o.WriteLine($"Behoefte op {Nederlands.Datum(mc.Peildatum)}: centraal {G(mc.CentraleBehoefte)}; P10 {G(l.P10)}, P50 {G(l.P50)}, P90 {G(l.P90)} plaatsen.");
        if (Doelregel(d) is { Length: > 0 } doel) o.WriteLine(doel);
        foreach (var h in d.Scenario.Hefbomen)
            o.WriteLine($"Hefboom: {h.Naam} ({h.Type}) vanaf {Nederlands.Datum(h.Start)}, effect {h.Effect.Waarde.ToString(CultureInfo.InvariantCulture)}" +
                        (h.Effect.IsOnzeker ? $" ({h.Effect.Min!.Value.ToString(CultureInfo.InvariantCulture)}-{h.Effect.Max!.Value.ToString(CultureInfo.InvariantCulture)})" : "") + $"; bron: {h.Effect.Bron}");
        var console = Consoles.For(o);
        if (niveau != "land") console.Write(VerdelingTabel(d, niveau));
        var t = new Table { Title = new TableTitle("Gevoeligheid: wat de behoefte het meest verschuift"), Border = TableBorder.Rounded };
        t.AddColumns("Parameter of hefboom", "Bij minimum", "Bij maximum", "Zwaai");
        foreach (var b in tornado.Balken.Take(8)) t.AddRow(Markup.Escape(b.Naam), G(b.BehoefteBijMin), G(b.BehoefteBijMax), G(b.Zwaai));
        console.Write(t);
    }

    private static Table VerdelingTabel(Doorrekening d, string niveau)
    {
        var v = d.Verdeling;
        var table = new Table { Title = new TableTitle(Markup.Escape($"Indicatief aantal en te realiseren per {niveau} (P10 / P50 / P90)")), Border = TableBorder.Rounded };
        table.AddColumns(niveau == "gemeente" ? "Gemeente" : "Provincie", "Geteld", "Plaatsen P10", "P50", "P90", "Te realiseren P10", "P50", "P90");
        if (niveau == "gemeente")
            foreach (var g in v.Gemeenten)
                table.AddRow($"{g.Gemeente.Code} {Markup.Escape(g.Gemeente.Naam)}", Nederlands.Geheel(g.Geteld), Nederlands.Geheel(g.Plaatsen.P10), Nederlands.Geheel(g.Plaatsen.P50),
                    Nederlands.Geheel(g.Plaatsen.P90), Nederlands.Geheel(g.Resterend.P10), Nederlands.Geheel(g.Resterend.P50), Nederlands.Geheel(g.Resterend.P90));
        else
            foreach (var p in v.Provincies)
                table.AddRow($"{p.Provincie.Code} {Markup.Escape(p.Provincie.Naam)}", Nederlands.Geheel(p.Geteld), Nederlands.Geheel(p.Plaatsen.P10), Nederlands.Geheel(p.Plaatsen.P50),
                    Nederlands.Geheel(p.Plaatsen.P90), Nederlands.Geheel(p.TeRealiseren.P10), Nederlands.Geheel(p.TeRealiseren.P50), Nederlands.Geheel(p.TeRealiseren.P90));
        return table;
    }

    private static string RunCsv(Doorrekening d, string niveau)
    {
        var sb = new StringBuilder();
        var mc = d.MonteCarlo;
        switch (niveau)
        {
            case "land":
                sb.Append("peildatum,centraal,p10,p50,p90,doel,marge\n");
                sb.Append(CultureInfo.InvariantCulture, $"{mc.Peildatum:yyyy-MM-dd},{I(mc.CentraleBehoefte)},{I(mc.Landelijk.P10)},{I(mc.Landelijk.P50)},{I(mc.Landelijk.P90)},{d.Scenario.Doel?.Behoefte},{d.Scenario.Doel?.Marge}\n");
                break;
            case "gemeente":
                sb.Append("gemeentecode,gemeentenaam,provinciecode,geteld,plaatsen_p10,plaatsen_p50,plaatsen_p90,resterend_p10,resterend_p50,resterend_p90\n");
                foreach (var g in d.Verdeling.Gemeenten)
                    sb.Append(CultureInfo.InvariantCulture, $"{g.Gemeente.Code},{RamingUitvoer.Csv(g.Gemeente.Naam)},{g.Gemeente.Provincie},{g.Geteld},{g.Plaatsen.P10},{g.Plaatsen.P50},{g.Plaatsen.P90},{g.Resterend.P10},{g.Resterend.P50},{g.Resterend.P90}\n");
                break;
            default:
                sb.Append("provinciecode,provincie,geteld,plaatsen_p10,plaatsen_p50,plaatsen_p90,te_realiseren_p10,te_realiseren_p50,te_realiseren_p90\n");
                foreach (var p in d.Verdeling.Provincies)
                    sb.Append(CultureInfo.InvariantCulture, $"{p.Provincie.Code},{RamingUitvoer.Csv(p.Provincie.Naam)},{p.Geteld},{p.Plaatsen.P10},{p.Plaatsen.P50},{p.Plaatsen.P90},{p.TeRealiseren.P10},{p.TeRealiseren.P50},{p.TeRealiseren.P90}\n");
                break;
        }
        return sb.ToString();
    }

    private static string RunJson(Doorrekening d, Tornado tornado, string niveau)
    {
        var mc = d.MonteCarlo;
        return Json(w =>
        {
            w.WriteString("scenario", d.Scenario.Naam);
            w.WriteString("bestand", d.Scenario.Bestand);
            w.WriteNumber("runs", mc.Runs);
            w.WriteNumber("zaad", mc.Zaad);
            w.WriteString("peildatum", mc.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("centraal", MonteCarloResultaat.AfrondenHalfOmhoog(mc.CentraleBehoefte));
            Percentiel(w, "behoefte", mc.Landelijk);
            w.WriteBoolean("wettelijke_verdeling", d.Raming.IsWettelijk);
            w.WriteStartArray("behoefte_per_maand");
            for (var i = 0; i < mc.Datums.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("maand", mc.Datums[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("centraal", MonteCarloResultaat.AfrondenHalfOmhoog(mc.CentraalPad.Behoefte[i]));
                Percentiel(w, "behoefte", mc.PerMaand[i]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("tornado");
            foreach (var b in tornado.Balken)
            {
                w.WriteStartObject();
                w.WriteString("naam", b.Naam);
                w.WriteNumber("bij_minimum", MonteCarloResultaat.AfrondenHalfOmhoog(b.BehoefteBijMin));
                w.WriteNumber("bij_maximum", MonteCarloResultaat.AfrondenHalfOmhoog(b.BehoefteBijMax));
                w.WriteString("bron", b.Bron);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (niveau != "land")
            {
                w.WriteStartArray(niveau == "gemeente" ? "gemeenten" : "provincies");
                if (niveau == "gemeente")
                    foreach (var g in d.Verdeling.Gemeenten)
                    {
                        w.WriteStartObject();
                        w.WriteString("gemeentecode", g.Gemeente.Code.ToString());
                        w.WriteString("gemeentenaam", g.Gemeente.Naam);
                        w.WriteNumber("geteld", g.Geteld);
                        Percentiel(w, "plaatsen", g.Plaatsen);
                        Percentiel(w, "resterend", g.Resterend);
                        w.WriteEndObject();
                    }
                else
                    foreach (var p in d.Verdeling.Provincies)
                    {
                        w.WriteStartObject();
                        w.WriteString("provinciecode", p.Provincie.Code.ToString());
                        w.WriteString("provincie", p.Provincie.Naam);
                        w.WriteNumber("geteld", p.Geteld);
                        Percentiel(w, "plaatsen", p.Plaatsen);
                        Percentiel(w, "te_realiseren", p.TeRealiseren);
                        w.WriteEndObject();
                    }
                w.WriteEndArray();
            }
        });
    }

    private static void VergelijkTabel(Vergelijkingsresultaat v, string niveau, TextWriter o)
    {
        var l = v.Landelijk;
        o.WriteLine($"Vergelijking: {v.Scenario} tegen {v.Basis}; {Nederlands.Geheel(v.Runs)} runs per scenario, zaad {v.Zaad}; peildatum {Nederlands.Datum(v.Peildatum)}.");
        o.WriteLine($"Behoefte basis:    P10 {G(l.Basis.P10)}, P50 {G(l.Basis.P50)}, P90 {G(l.Basis.P90)}");
        o.WriteLine($"Behoefte scenario: P10 {G(l.Scenario.P10)}, P50 {G(l.Scenario.P50)}, P90 {G(l.Scenario.P90)}");
        o.WriteLine($"Verschil per run:  P10 {G(l.Verschil.P10)}, P50 {G(l.Verschil.P50)}, P90 {G(l.Verschil.P90)}");
        o.WriteLine("Herzieningstoets: " + v.Herziening.Zin);
        if (niveau == "land") return;
        var table = new Table { Title = new TableTitle(Markup.Escape($"Verschil per {niveau}: scenario min basis (P50, en P10-P90 van het verschil per run)")), Border = TableBorder.Rounded };
        table.AddColumns(niveau == "gemeente" ? "Gemeente" : "Provincie", "Basis P50", "Scenario P50", "Verschil P50", "Verschil P10", "Verschil P90", "Te realiseren basis", "Te realiseren scenario");
        if (niveau == "gemeente")
            foreach (var g in v.Gemeenten)
                table.AddRow($"{g.Gemeente.Code} {Markup.Escape(g.Gemeente.Naam)}", Nederlands.Geheel(g.BasisP50), Nederlands.Geheel(g.ScenarioP50), Nederlands.Geheel(g.VerschilP50),
                    Nederlands.Geheel(g.VerschilPerRun.P10), Nederlands.Geheel(g.VerschilPerRun.P90), Nederlands.Geheel(g.BasisResterendP50), Nederlands.Geheel(g.ScenarioResterendP50));
        else
            foreach (var p in v.Provincies)
                table.AddRow($"{p.Provincie.Code} {Markup.Escape(p.Provincie.Naam)}", Nederlands.Geheel(p.BasisP50), Nederlands.Geheel(p.ScenarioP50), Nederlands.Geheel(p.VerschilP50),
                    Nederlands.Geheel(p.VerschilPerRun.P10), Nederlands.Geheel(p.VerschilPerRun.P90), Nederlands.Geheel(p.BasisTeRealiserenP50), Nederlands.Geheel(p.ScenarioTeRealiserenP50));
        Consoles.For(o).Write(table);
    }

    private static string VergelijkCsv(Vergelijkingsresultaat v, string niveau)
    {
        var sb = new StringBuilder();
        switch (niveau)
        {
            case "land":
                var l = v.Landelijk;
                sb.Append("peildatum,basis_p50,scenario_p50,verschil_p10,verschil_p50,verschil_p90,relatief_verschil,herziening\n");
                sb.Append(CultureInfo.InvariantCulture,
                    $"{v.Peildatum:yyyy-MM-dd},{I(l.Basis.P50)},{I(l.Scenario.P50)},{I(l.Verschil.P10)},{I(l.Verschil.P50)},{I(l.Verschil.P90)},{v.Herziening.RelatiefVerschil.ToString("0.0000", CultureInfo.InvariantCulture)},{(v.Herziening.Gemarkeerd ? "ja" : "nee")}\n");
                break;
            case "gemeente":
                sb.Append("gemeentecode,gemeentenaam,basis_p50,scenario_p50,verschil_p50,verschil_p10,verschil_p90,resterend_basis_p50,resterend_scenario_p50\n");
                foreach (var g in v.Gemeenten)
                    sb.Append(CultureInfo.InvariantCulture, $"{g.Gemeente.Code},{RamingUitvoer.Csv(g.Gemeente.Naam)},{g.BasisP50},{g.ScenarioP50},{g.VerschilP50},{g.VerschilPerRun.P10},{g.VerschilPerRun.P90},{g.BasisResterendP50},{g.ScenarioResterendP50}\n");
                break;
            default:
                sb.Append("provinciecode,provincie,basis_p50,scenario_p50,verschil_p50,verschil_p10,verschil_p90,te_realiseren_basis_p50,te_realiseren_scenario_p50\n");
                foreach (var p in v.Provincies)
                    sb.Append(CultureInfo.InvariantCulture, $"{p.Provincie.Code},{RamingUitvoer.Csv(p.Provincie.Naam)},{p.BasisP50},{p.ScenarioP50},{p.VerschilP50},{p.VerschilPerRun.P10},{p.VerschilPerRun.P90},{p.BasisTeRealiserenP50},{p.ScenarioTeRealiserenP50}\n");
                break;
        }
        return sb.ToString();
    }

    private static string VergelijkJson(Vergelijkingsresultaat v, string niveau) => Json(w =>
    {
        w.WriteString("basis", v.Basis);
        w.WriteString("scenario", v.Scenario);
        w.WriteNumber("runs", v.Runs);
        w.WriteNumber("zaad", v.Zaad);
        w.WriteString("peildatum", v.Peildatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Percentiel(w, "behoefte_basis", v.Landelijk.Basis);
        Percentiel(w, "behoefte_scenario", v.Landelijk.Scenario);
        Verschil(w, "verschil", v.Landelijk.Verschil);
        w.WriteBoolean("herziening_gemarkeerd", v.Herziening.Gemarkeerd);
        w.WriteString("herziening", v.Herziening.Zin);
        if (niveau == "land") return;
        w.WriteStartArray("provincies");
        foreach (var p in v.Provincies)
        {
            w.WriteStartObject();
            w.WriteString("provinciecode", p.Provincie.Code.ToString());
            w.WriteNumber("basis_p50", p.BasisP50);
            w.WriteNumber("scenario_p50", p.ScenarioP50);
            Percentiel(w, "verschil", p.VerschilPerRun);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (niveau != "gemeente") return;
        w.WriteStartArray("gemeenten");
        foreach (var g in v.Gemeenten)
        {
            w.WriteStartObject();
            w.WriteString("gemeentecode", g.Gemeente.Code.ToString());
            w.WriteNumber("basis_p50", g.BasisP50);
            w.WriteNumber("scenario_p50", g.ScenarioP50);
            Percentiel(w, "verschil", g.VerschilPerRun);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void Percentiel(Utf8JsonWriter w, string naam, Percentielen p)
    {
        w.WriteStartObject(naam);
        w.WriteNumber("p10", MonteCarloResultaat.AfrondenHalfOmhoog(p.P10));
        w.WriteNumber("p50", MonteCarloResultaat.AfrondenHalfOmhoog(p.P50));
        w.WriteNumber("p90", MonteCarloResultaat.AfrondenHalfOmhoog(p.P90));
        w.WriteEndObject();
    }

    /// <summary>A difference may be negative: rounded half away from zero, not as a need (which refuses negatives).</summary>
    private static void Verschil(Utf8JsonWriter w, string naam, Percentielen p)
    {
        w.WriteStartObject(naam);
        w.WriteNumber("p10", Math.Round(p.P10, MidpointRounding.AwayFromZero));
        w.WriteNumber("p50", Math.Round(p.P50, MidpointRounding.AwayFromZero));
        w.WriteNumber("p90", Math.Round(p.P90, MidpointRounding.AwayFromZero));
        w.WriteEndObject();
    }

    private static void Percentiel(Utf8JsonWriter w, string naam, GeheelPercentielen p)
    {
        w.WriteStartObject(naam);
        w.WriteNumber("p10", p.P10);
        w.WriteNumber("p50", p.P50);
        w.WriteNumber("p90", p.P90);
        w.WriteEndObject();
    }

    private static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Band(Doorrekening d)
    {
        var mc = d.MonteCarlo;
        var punten = mc.Datums.Select((datum, i) => new Bandpunt(datum, mc.PerMaand[i].P10, mc.PerMaand[i].P50, mc.PerMaand[i].P90, mc.CentraalPad.Behoefte[i])).ToList();
        return SvgGrafiek.Band($"Behoefte aan opvangplaatsen: {d.Scenario.Naam}", "plaatsen", punten,
            d.Scenario.Doel?.Behoefte, d.Scenario.Doel is { } doel ? $"{Nederlands.Geheel(doel.Behoefte)} ({doel.Bron.Split(',')[0]})" : null);
    }

    private static void Grafieken(string map, Doorrekening d, Tornado tornado, TextWriter o)
    {
        Directory.CreateDirectory(map);
        Schrijf(Path.Combine(map, "behoefte.svg"), Band(d), o);
        Schrijf(Path.Combine(map, "tornado.svg"), SvgGrafiek.Tornado($"Gevoeligheid: {d.Scenario.Naam}", "plaatsen op " + Nederlands.Datum(tornado.Peildatum),
            tornado.CentraleBehoefte, tornado.Balken.Take(12).Select(b => new TornadoBalk(b.Naam, b.BehoefteBijMin, b.BehoefteBijMax)).ToList()), o);
    }

    private static void Schrijf(string pad, string inhoud, TextWriter o)
    {
        File.WriteAllText(pad, inhoud);
        o.WriteLine($"Geschreven: {pad}");
    }
}

/// <summary>A progress bar on the terminal for long runs; silent when stderr is not a terminal (pipes, tests).</summary>
internal static class Voortgang
{
    public static Action<int, int>? Melder(Context context, string omschrijving)
    {
        if (CliApp.Terminal is not { } terminal) return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });
        var laatste = -1;
        return (klaar, totaal) =>
        {
            var procent = totaal == 0 ? 100 : klaar * 100 / totaal;
            if (procent == laatste || procent % 5 != 0) return;
            laatste = procent;
            lock (console) console.Write(new Markup($"\r{Markup.Escape(omschrijving)}: {procent,3}% "));
            if (klaar == totaal) lock (console) console.WriteLine();
        };
    }
}
