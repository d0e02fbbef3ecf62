using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Spreiding.Cli.Uitvoer;
using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Publicatie;
using Spreiding.Core.Verdeelsleutel;
using Spreiding.Data.Grafieken;
using Spreiding.Data.Publicatie;

namespace Spreiding.Cli.Commands;

/// <summary>
/// <c>spreiding publicatie</c>: immutable, hashed publications of a raming, their artefacts (open data, annex,
/// workbooks), verification, comparison, the Atom feed and the notice for a Provinciale Regietafel.
/// </summary>
internal static class PublicatieCommands
{
    public static Command Create()
    {
        var command = new Command("publicatie", "Leg een raming vast als onveranderlijke publicatie met controlegetal; toon, controleer en vergelijk publicaties.");
        command.Subcommands.Add(Maak());
        command.Subcommands.Add(Lijst());
        command.Subcommands.Add(Toon());
        command.Subcommands.Add(Controleer());
        command.Subcommands.Add(Verschil());
        command.Subcommands.Add(Feed());
        command.Subcommands.Add(Bericht());
        return command;
    }

    private static Option<string?> Uit(string beschrijving) => new("--uit") { Description = beschrijving };

    private static Argument<string> Id(string naam = "id") => new(naam) { Description = "De publicatie, bijvoorbeeld 2024-1." };

    private static Command Maak()
    {
        var options = new RamingOptions();
        var soort = new Option<string>("--soort") { Description = "raming of tussentijds.", DefaultValueFactory = _ => PublicatieSoorten.Raming };
        soort.AcceptOnlyFromAmong([.. PublicatieSoorten.Alle]);
        var uit = Uit("Map om de bestanden van de publicatie in te schrijven (CSV, JSON, HTML, XLSX per provincie, PDF).");
        var command = new Command("maak", "Bereken de raming en leg haar vast als publicatie (nooit te wijzigen of te verwijderen).");
        options.AddTo(command);
        command.Options.Add(soort);
        command.Options.Add(uit);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var raming = options.Bereken(parse, context);
            RamingUitvoer.Metadata(raming, context.Error);
            var opties = new OptiesInvoer(
                parse.GetValue(options.Totaal),
                parse.GetValue(options.Methode) is { } m ? ApportionmentMethods.Parse(m).Name() : null,
                parse.GetValue(options.Sleutel) is { } s ? Verdeelsleutels.Canonical(s) : null,
                parse.GetValue(options.Loting),
                parse.GetValue(options.Minimum),
                parse.GetValue(options.Maximum));
            var invoer = Herberekening.Invoer(raming, parse.GetValue(soort)!, Herberekening.BundledRegelsInhoud(raming.Regels.Cyclus), opties, context.Bronnen.Indeling);
            var inhoud = Herberekening.Inhoud(invoer);
            // The stored inputs alone must give the raming just computed, or 'controleer' could never agree.
            var rechtstreeks = PublicatieUitvoer.Van(raming);
            if (inhoud.Uitvoer.CanoniekeTekst() != rechtstreeks.CanoniekeTekst())
                throw new InvalidInputException("De vastgelegde invoer geeft niet dezelfde uitkomst als de berekening; er is niets vastgelegd. " +
                    string.Join("; ", Herberekening.UitvoerVerschillen(rechtstreeks, inhoud.Uitvoer).Take(5)));
            var p = new PublicatieStore(context.Database).Bewaar(inhoud, Herberekening.CodeVersie, DateTimeOffset.UtcNow);
            context.Out.WriteLine($"Publicatie {p.Id} vastgelegd ({p.Soort}, cyclus {p.Cyclus}{(p.Uitvoer.Wettelijk ? ", wettelijk" : ", NIET de wettelijke verdeling")}).");
            context.Out.WriteLine($"SHA-256: {p.Sha256}");
            if (parse.GetValue(uit) is { } map) SchrijfArtefacten(p, map, context);
            return 0;
        });
        return command;
    }

    private static void SchrijfArtefacten(OpgeslagenPublicatie p, string map, Context context)
    {
        var (bestanden, waarschuwingen) = PublicatieArtefacten.Schrijf(p.Inhoud, p.Sha256, map);
        context.Out.WriteLine($"{bestanden.Count} bestanden geschreven in {Path.GetFullPath(map)}:");
        foreach (var b in bestanden) context.Out.WriteLine("  " + Path.GetFileName(b));
        foreach (var w in waarschuwingen) context.Error.WriteLine(w);
    }

    private static Command Lijst()
    {
        var command = new Command("lijst", "Alle publicaties: id, soort, datum, wettelijk, totaal en controlegetal.");
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var alle = new PublicatieStore(context.Database).Alle();
            if (alle.Count == 0)
            {
                context.Out.WriteLine("Er zijn nog geen publicaties. Maak er een met 'spreiding publicatie maak --cyclus 2024'.");
                return 0;
            }
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Publicaties") };
            table.AddColumns("Id", "Soort", "Aangemaakt (UTC)", "Wettelijk", "Totaal", "Toegekend", "SHA-256");
            foreach (var p in alle)
                table.AddRow(p.Id, p.Soort, p.AangemaaktOp.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), p.Uitvoer.Wettelijk ? "ja" : "nee",
                    Nederlands.Geheel(p.Uitvoer.Totaal), Nederlands.Geheel(p.Uitvoer.Toegekend), p.Sha256);
            Consoles.For(context.Out).Write(table);
            return 0;
        });
        return command;
    }

    private static Command Toon()
    {
        var id = Id();
        var uit = Uit("Map om de bestanden van de publicatie in te schrijven.");
        var command = new Command("toon", "Een publicatie: gegevens, bronnen, totalen per provincie, controlegetal; met --uit ook de bestanden.");
        command.Arguments.Add(id);
        command.Options.Add(uit);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var p = new PublicatieStore(context.Database).Vind(parse.GetValue(id)!);
            var o = context.Out;
            var u = p.Uitvoer;
            var i = p.Invoer;
            o.WriteLine($"Publicatie {p.Id}: {PublicatieTeksten.Soortnaam(p.Soort)} {p.Cyclus}");
            o.WriteLine($"Aangemaakt:   {p.AangemaaktOp.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC (codeversie {p.CodeVersie})");
            o.WriteLine($"Wettelijk:    {(u.Wettelijk ? "ja" : "nee, want: " + string.Join("; ", u.Afwijkingen))}");
            o.WriteLine($"Regels:       {i.RegelsBestand} (SHA-256 {i.RegelsSha256})");
            o.WriteLine($"Bevolking:    {i.Bevolking.Omschrijving}; {i.Bevolking.Attributie} (SHA-256 {i.Bevolking.Sha256})");
            if (i.SesWoa is { } s)
                o.WriteLine($"SES-WOA:      {s.Omschrijving}; {s.Attributie} (SHA-256 {s.Sha256}){(u.Sleutel == InwonersSesWoaSleutel.TypeNaam ? "" : ", niet gebruikt")}");
            o.WriteLine($"Sleutel:      {u.SleutelOmschrijving}");
            o.WriteLine($"Methode:      {u.MethodeOmschrijving}");
            o.WriteLine($"Totaal:       {Nederlands.Geheel(u.Totaal)}, toegekend {Nederlands.Geheel(u.Toegekend)} (verschil {u.Verschil})" +
                        (u.AmvTotaal is { } amv ? $"; amv {Nederlands.Geheel(amv)}, toegekend {Nederlands.Geheel(u.AmvToegekend ?? 0)}" : "; amv niet verdeeld"));
            o.WriteLine($"SHA-256:      {p.Sha256}");
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Code", "Provincie", "Gemeenten", "Opgave", "Amv");
            foreach (var pr in u.Provincies)
                table.AddRow(pr.Provinciecode, Markup.Escape(pr.Provincie), Nederlands.Geheel(pr.Gemeenten), Nederlands.Geheel(pr.Plaatsen),
                    pr.Amv is { } a ? Nederlands.Geheel(a) : "-");
            foreach (var c in table.Columns.Skip(2)) c.RightAligned();
            Consoles.For(o).Write(table);
            if (parse.GetValue(uit) is { } map) SchrijfArtefacten(p, map, context);
            return 0;
        });
        return command;
    }

    private static Command Controleer()
    {
        var id = Id();
        var command = new Command("controleer", "Reken een publicatie na uit haar eigen vastgelegde invoer en vergelijk byte voor byte.");
        command.Arguments.Add(id);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var p = new PublicatieStore(context.Database).Vind(parse.GetValue(id)!);
            var controle = Herberekening.Controleer(p);
            if (controle.Klopt)
            {
                context.Out.WriteLine($"Publicatie {p.Id} klopt: herberekend uit de vastgelegde invoer, SHA-256 {controle.BerekendeSha256}.");
                if (p.CodeVersie != Herberekening.CodeVersie)
                    context.Out.WriteLine($"(Vastgelegd met codeversie {p.CodeVersie}, nagerekend met {Herberekening.CodeVersie}.)");
                return 0;
            }
            context.Error.WriteLine($"Publicatie {p.Id} klopt NIET ({controle.Verschillen.Count} verschil(len)):");
            foreach (var v in controle.Verschillen.Take(50)) context.Error.WriteLine("- " + v);
            if (controle.Verschillen.Count > 50) context.Error.WriteLine($"- ... en nog {controle.Verschillen.Count - 50}");
            context.Error.WriteLine($"Vastgelegde SHA-256: {controle.OpgeslagenSha256}; herberekend: {(controle.BerekendeSha256.Length > 0 ? controle.BerekendeSha256 : "-")}.");
            if (p.CodeVersie != Herberekening.CodeVersie)
                context.Error.WriteLine($"Let op: vastgelegd met codeversie {p.CodeVersie}, nagerekend met {Herberekening.CodeVersie}.");
            return 2;
        });
        return command;
    }

    private static Command Verschil()
    {
        var a = Id("a");
        var b = Id("b");
        var formaat = Opties.Formaat("tabel", "csv");
        var alleen = new Option<bool>("--alles") { Description = "Ook provincies en gemeenten zonder wijziging tonen (tabel)." };
        var kaart = new Option<string?>("--kaart") { Description = "Map waarin de kaarten van de verschillen (SVG, per gemeente en per provincie) komen." };
        var command = new Command("verschil", "Vergelijk twee publicaties: per provincie en gemeente oud, nieuw, verschil en waarom.");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(formaat);
        command.Options.Add(alleen);
        command.Options.Add(kaart);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var store = new PublicatieStore(context.Database);
            var pa = store.Vind(parse.GetValue(a)!);
            var pb = store.Vind(parse.GetValue(b)!);
            var verschil = PublicatieVerschil.Bereken(pa.Inhoud, pb.Inhoud);
            if (parse.GetValue(kaart) is { } map)
            {
                Directory.CreateDirectory(map);
                foreach (var (naam, enkelvoud, gebieden, rijen) in new[]
                         {
                             ("gemeenten", "gemeente", SvgKaart.Gemeenten, verschil.Gemeenten),
                             ("provincies", "provincie", SvgKaart.Provincies, verschil.Provincies),
                         })
                {
                    var pad = Path.Combine(map, $"verschil-{pa.Id}-{pb.Id}-{naam}.svg");
                    File.WriteAllText(pad, SvgKaart.Verschil($"Verschil in plaatsen per {enkelvoud}: {pa.Id} naar {pb.Id}", gebieden,
                        rijen.ToDictionary(r => r.Code, r => r.Verschil), "plaatsen"));
                    context.Error.WriteLine($"Geschreven: {pad}");
                }
            }
            context.Error.WriteLine($"Gewijzigde invoer van {pa.Id} naar {pb.Id}: " +
                (verschil.Invoerwijzigingen.Count == 0 ? "geen." : string.Join("; ", verschil.Invoerwijzigingen) + "."));
            if (parse.GetValue(formaat) == "csv")
            {
                context.Out.Write(verschil.Csv());
                return 0;
            }
            var o = context.Out;
            o.WriteLine($"Verschil {pa.Id} -> {pb.Id}");
            if (verschil.Invoerwijzigingen.Count == 0) o.WriteLine("Gewijzigde invoer: geen.");
            else foreach (var w in verschil.Invoerwijzigingen) o.WriteLine("Gewijzigde invoer: " + w);
            var alles = parse.GetValue(alleen);
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Niveau", "Code", "Naam", "Oud", "Nieuw", "Verschil", "Amv oud", "Amv nieuw", "Redenen");
            foreach (var r in verschil.Provincies.Concat(verschil.Gemeenten).Where(r => alles || r.Gewijzigd))
                table.AddRow(r.Niveau, r.Code, Markup.Escape(r.Naam), r.Oud is { } x ? Nederlands.Geheel(x) : "-", r.Nieuw is { } y ? Nederlands.Geheel(y) : "-",
                    r.Verschil.ToString("+#,0;-#,0;0", Nederlands.Getallen), r.AmvOud is { } ao ? Nederlands.Geheel(ao) : "-",
                    r.AmvNieuw is { } an ? Nederlands.Geheel(an) : "-", Markup.Escape(string.Join("; ", r.Redenen)));
            Consoles.For(o).Write(table);
            return 0;
        });
        return command;
    }

    private static Option<string?> Provincie(bool verplicht) => new("--provincie")
    {
        Description = "Provinciecode (PV20 ... PV31) of -naam.",
        Required = verplicht,
    };

    private static string ProvincieCode(string tekst, IEnumerable<ProvincieUitkomst> bekend)
    {
        var lijst = bekend.ToList();
        var p = lijst.FirstOrDefault(x => x.Provinciecode.Equals(tekst.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? lijst.FirstOrDefault(x => x.Provincie.Equals(tekst.Trim(), StringComparison.OrdinalIgnoreCase));
        return p?.Provinciecode ?? throw new InvalidInputException(
            $"Onbekende provincie '{tekst}'. Kies uit: {string.Join(", ", lijst.Select(x => $"{x.Provinciecode} ({x.Provincie})"))}.");
    }

    private static Command Feed()
    {
        var provincie = Provincie(false);
        var uit = Uit("Bestand om de feed in te schrijven (standaard: standaarduitvoer).");
        var command = new Command("feed", "Een Atom-feed met een item per publicatie (desgewenst voor één provincie).");
        command.Options.Add(provincie);
        command.Options.Add(uit);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var alle = new PublicatieStore(context.Database).Alle();
            var code = parse.GetValue(provincie) is { } t
                ? ProvincieCode(t, alle.Count > 0 ? alle.SelectMany(p => p.Uitvoer.Provincies).DistinctBy(p => p.Provinciecode) : [])
                : null;
            var xml = PublicatieTeksten.Atom(alle.Select(p => (Kop(p), p.Inhoud)).ToList(), code);
            if (parse.GetValue(uit) is { } pad)
            {
                File.WriteAllBytes(pad, CanoniekeJson.Utf8.GetBytes(xml));
                context.Out.WriteLine($"Feed met {alle.Count} publicatie(s) geschreven naar {Path.GetFullPath(pad)}.");
            }
            else context.Out.Write(xml);
            return 0;
        });
        return command;
    }

    private static PublicatieKop Kop(OpgeslagenPublicatie p) => new(p.Id, p.Cyclus, p.Soort, p.AangemaaktOp, p.Sha256);

    private static Command Bericht()
    {
        var id = Id();
        var provincie = Provincie(true);
        var vorige = new Option<string?>("--vorige") { Description = "De publicatie om mee te vergelijken (standaard: de vorige van dezelfde cyclus)." };
        var command = new Command("bericht", "Een bericht voor de secretaris van de Provinciale Regietafel: nieuwe aantallen per gemeente en wat er veranderde.");
        command.Arguments.Add(id);
        command.Options.Add(provincie);
        command.Options.Add(vorige);
        command.SetAction(parse =>
        {
            using var context = new Context(parse);
            var store = new PublicatieStore(context.Database);
            var p = store.Vind(parse.GetValue(id)!);
            var code = ProvincieCode(parse.GetValue(provincie)!, p.Uitvoer.Provincies);
            OpgeslagenPublicatie? v = parse.GetValue(vorige) is { } vid
                ? store.Vind(vid)
                : store.Alle().Where(x => x.Cyclus == p.Cyclus && x.Volgnummer < p.Volgnummer).MaxBy(x => x.Volgnummer);
            context.Out.Write(PublicatieTeksten.Bericht(Kop(p), p.Inhoud, code, v is null ? null : (Kop(v), v.Inhoud)));
            return 0;
        });
        return command;
    }
}
