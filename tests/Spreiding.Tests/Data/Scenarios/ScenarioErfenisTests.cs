using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;
using Spreiding.Tests.Support;
using static Spreiding.Tests.Data.Scenarios.ScenarioTestData;

namespace Spreiding.Tests.Data.Scenarios;

/// <summary>
/// <c>erft_van</c>: the base is read first; parameters merge by name, levers are appended, other keys override;
/// a cycle is refused.
/// </summary>
public class ScenarioErfenisTests
{
    private readonly string _map = TestData.TempDirectory();

    private string Schrijf(string naam, string yaml)
    {
        var pad = Path.Combine(_map, naam);
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        File.WriteAllText(pad, yaml);
        return pad;
    }

    private static string Fout(string pad) =>
        Assert.Throws<InvalidInputException>(() => ScenarioLoader.Lees(pad)).Message;

    [Fact]
    public void A_derived_file_overrides_keys_merges_parameters_by_name_and_appends_levers()
    {
        Schrijf("basis.yaml", Volledig);
        var kind = Schrijf("kind.yaml", """
            erft_van: basis.yaml
            naam: Kind
            maanden: 48
            parameters:
              instroom.eerste_aanvragen_per_jaar: {waarde: 20000, min: 15000, max: 25000, bron: "lager"}
            hefbomen:
              - naam: Minder instroom
                type: instroom_beperking
                start: 2027-01-01
                effect: {waarde: 0.2, min: 0.0, max: 0.4, bron: "modelaanname"}
            """);

        var bestand = ScenarioLoader.LeesBestand(kind);
        var s = bestand.Scenario;

        Assert.Equal("Kind", s.Naam);
        Assert.Equal("kind.yaml", s.Bestand);
        Assert.Equal(48, s.Maanden);
        Assert.Equal("Een klein maar volledig scenario.", s.Omschrijving);
        Assert.Equal(new DateOnly(2025, 10, 1), s.Startdatum);
        Assert.Equal(new ScenarioDoel(88000, 500, "Kamerbrief"), s.Doel);
        Assert.Equal(new Bereik(20000, 15000, 25000, "lager"), s.Parameters[ModelParameters.EersteAanvragenPerJaar]);
        Assert.Equal(new Bereik(30000, 27000, 33000, "a"), s.Parameters[ModelParameters.StartInProcedure]);
        Assert.Equal(ModelParameters.Alle, s.Parameters.Keys);
        Assert.Equal(["Extra uitstroom", "Snellere procedure", "Nareis", "Minder instroom"], s.Hefbomen.Select(h => h.Naam));
        Assert.Single(bestand.Ijkpunten);
        Assert.Equal(["basis.yaml"], bestand.ErftVan);
    }

    [Fact]
    public void A_derived_file_can_clear_the_goal_and_replace_the_checkpoints()
    {
        Schrijf("basis.yaml", Volledig);
        var kind = Schrijf("kind.yaml", """
            erft_van: basis.yaml
            doel: null
            ijkpunten:
              - {datum: 2027-01-01, grootheid: bezetting, bekend: 80000, bron: "b"}
              - {datum: 2027-01-01, grootheid: uitstroom_totaal, bekend: 60000, bron: "c"}
            """);

        var bestand = ScenarioLoader.LeesBestand(kind);

        Assert.Null(bestand.Scenario.Doel);
        Assert.Equal(["bezetting", "uitstroom_totaal"], bestand.Ijkpunten.Select(i => i.Grootheid));
    }

    [Fact]
    public void Inheritance_follows_a_chain_and_the_nearest_file_wins()
    {
        Schrijf("a.yaml", Volledig);
        Schrijf("b.yaml", """
            erft_van: a.yaml
            naam: B
            parameters:
              afgewezen.vertrek_maanden: {waarde: 18, bron: "b"}
            """);
        var c = Schrijf("c.yaml", """
            erft_van: b.yaml
            parameters:
              afgewezen.vertrek_maanden: {waarde: 24, bron: "c"}
            """);

        var bestand = ScenarioLoader.LeesBestand(c);

        Assert.Equal("B", bestand.Scenario.Naam);
        Assert.Equal(24, bestand.Scenario.Parameters[ModelParameters.AfgewezenVertrekMaanden].Waarde);
        Assert.Equal(["b.yaml", "a.yaml"], bestand.ErftVan);
    }

    [Fact]
    public void The_base_is_found_relative_to_the_file_that_names_it()
    {
        Schrijf("gedeeld/basis.yaml", Volledig);
        var kind = Schrijf("varianten/kind.yaml", "erft_van: ../gedeeld/basis.yaml\nnaam: Variant\n");

        var bestand = ScenarioLoader.LeesBestand(kind);

        Assert.Equal("Variant", bestand.Scenario.Naam);
        Assert.Equal(["../gedeeld/basis.yaml"], bestand.ErftVan);
    }

    [Fact]
    public void Parse_resolves_the_base_against_the_given_directory()
    {
        Schrijf("basis.yaml", Volledig);

        var bestand = ScenarioLoader.ParseBestand("erft_van: basis.yaml\nnaam: Uit tekst\n", "tekst.yaml", _map);

        Assert.Equal("Uit tekst", bestand.Scenario.Naam);
        Assert.Equal("tekst.yaml", bestand.Scenario.Bestand);
    }

    [Fact]
    public void A_cycle_of_two_files_is_refused_where_it_closes()
    {
        var a = Schrijf("a.yaml", "erft_van: b.yaml\nnaam: A\n");
        Schrijf("b.yaml", "naam: B\nerft_van: a.yaml\n");

        var melding = Fout(a);

        Assert.StartsWith("b.yaml, regel 2, kolom 11: 'erft_van' vormt een kring: a.yaml -> b.yaml -> a.yaml", melding);
    }

    [Fact]
    public void A_file_inheriting_from_itself_is_refused()
    {
        var a = Schrijf("a.yaml", "naam: A\nerft_van: ./a.yaml\n");

        Assert.StartsWith("a.yaml, regel 2, kolom 11: 'erft_van' vormt een kring: a.yaml -> a.yaml", Fout(a));
    }

    [Fact]
    public void A_missing_base_is_refused()
    {
        var a = Schrijf("a.yaml", "naam: A\nerft_van: bestaat-niet.yaml\n");

        var melding = Fout(a);

        Assert.StartsWith("a.yaml, regel 2, kolom 11: 'erft_van' noemt 'bestaat-niet.yaml', maar dat bestand bestaat niet", melding);
    }

    [Fact]
    public void An_error_in_the_base_names_the_base_file()
    {
        var basis = Vervang(Volledig, "start.afgewezen:", "start.onbekend:");
        Schrijf("basis.yaml", basis);
        var kind = Schrijf("kind.yaml", "erft_van: basis.yaml\nnaam: Kind\n");

        Assert.StartsWith($"basis.yaml, regel {Regel(basis, "start.onbekend")}, kolom 3: onbekende parameter 'start.onbekend'", Fout(kind));
    }

    [Fact]
    public void A_parameter_missing_from_the_whole_chain_is_refused_naming_the_chain()
    {
        Schrijf("basis.yaml", ZonderRegel(Volledig, "nareis.aandeel_subsidiair:"));
        var kind = Schrijf("kind.yaml", """
            erft_van: basis.yaml
            parameters:
              start.afgewezen: {waarde: 9000, bron: "kind"}
            """);

        var melding = Fout(kind);

        Assert.StartsWith("kind.yaml, regel 2, kolom 1: in 'parameters' ontbreken nareis.aandeel_subsidiair (ook niet via erft_van basis.yaml)", melding);
    }

    [Fact]
    public void A_parameter_given_only_in_the_derived_file_completes_the_base()
    {
        Schrijf("deel.yaml", ZonderRegel(Volledig, "nareis.aandeel_subsidiair:"));
        var kind = Schrijf("kind.yaml", """
            erft_van: deel.yaml
            parameters:
              nareis.aandeel_subsidiair: {waarde: 0.4, bron: "kind"}
            """);

        Assert.Equal(0.4, ScenarioLoader.Lees(kind).Parameters[ModelParameters.NareisAandeelSubsidiair].Waarde);
    }

    [Fact]
    public void A_base_lever_outside_a_horizon_moved_by_the_derived_file_is_refused_at_the_lever()
    {
        Schrijf("basis.yaml", Volledig);
        var kind = Schrijf("kind.yaml", """
            erft_van: basis.yaml
            startdatum: 2026-06-01
            behoefte_peildatum: 2027-01-01
            """);

        var melding = Fout(kind);

        Assert.StartsWith($"basis.yaml, regel {Regel(Volledig, "start: 2026-05-01")}, kolom 12: de start 2026-05-01 van hefboom 'Extra uitstroom' ligt buiten de horizon 2026-06-01 tot en met 2029-06-01", melding);
        Assert.Contains("startdatum kind.yaml regel 2", melding);
    }

    [Fact]
    public void A_derived_lever_with_the_name_of_a_base_lever_is_refused()
    {
        Schrijf("basis.yaml", Volledig);
        var kind = Schrijf("kind.yaml", """
            erft_van: basis.yaml
            hefbomen:
              - naam: Nareis
                type: nareis_beperking_subsidiair
                start: 2027-01-01
                effect: {waarde: 0.9, bron: "kind"}
            """);

        var melding = Fout(kind);

        Assert.StartsWith("kind.yaml, regel 3, kolom 11: de hefboom 'Nareis' staat er al (basis.yaml regel", melding);
    }
}
