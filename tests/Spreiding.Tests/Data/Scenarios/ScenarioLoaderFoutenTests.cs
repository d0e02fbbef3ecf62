using Spreiding.Core;
using Spreiding.Core.Prognose;
using Spreiding.Data.Scenarios;
using static Spreiding.Tests.Data.Scenarios.ScenarioTestData;

namespace Spreiding.Tests.Data.Scenarios;

/// <summary>Every refusal names the file, the line and column of the offending value, and the key.</summary>
public class ScenarioLoaderFoutenTests
{
    private static string Fout(string yaml) =>
        Assert.Throws<InvalidInputException>(() => ScenarioLoader.Parse(yaml, "test.yaml")).Message;

    /// <summary>Refuses <paramref name="yaml"/> at the line containing <paramref name="regelMet"/>, naming each of <paramref name="woorden"/>.</summary>
    private static void Geweigerd(string yaml, string regelMet, params string[] woorden)
    {
        var melding = Fout(yaml);
        Assert.StartsWith($"test.yaml, regel {Regel(yaml, regelMet)}, kolom ", melding);
        foreach (var woord in woorden) Assert.Contains(woord, melding);
    }

    [Fact]
    public void The_complete_example_is_valid()
    {
        var bestand = ScenarioLoader.ParseBestand(Volledig, "test.yaml");
        var s = bestand.Scenario;
        Assert.Equal("Test", s.Naam);
        Assert.Equal("test.yaml", s.Bestand);
        Assert.Equal(new DateOnly(2025, 10, 1), s.Startdatum);
        Assert.Equal(36, s.Maanden);
        Assert.Equal(ModelParameters.Alle, s.Parameters.Keys);
        Assert.Equal(new Bereik(30000, 27000, 33000, "a"), s.Parameters[ModelParameters.StartInProcedure]);
        Assert.Equal(new Bereik(15000, null, null, "a"), s.Parameters[ModelParameters.StartStatushouders]);
        Assert.Equal(new ScenarioDoel(88000, 500, "Kamerbrief"), s.Doel);
        Assert.Equal(new ScenarioVerdeling(2026, "inwoners", new DateOnly(2023, 1, 1)), s.Verdeling);
        Assert.Equal(["Extra uitstroom", "Snellere procedure", "Nareis"], s.Hefbomen.Select(h => h.Naam));
        Assert.Equal(new Hefboom("Snellere procedure", HefboomTypen.Parameter, new DateOnly(2026, 1, 1),
            new Bereik(0.9, 0.8, 1.0, "modelaanname"), ModelParameters.ProcedureDuurMaanden), s.Hefbomen[1]);
        Assert.Equal("12.000 plekken", s.Hefbomen[0].Effect.Toelichting);
        Assert.Equal([new Ijkpunt(new DateOnly(2026, 10, 1), "behoefte", 90000, "test")], bestand.Ijkpunten);
        Assert.Empty(bestand.ErftVan);
    }

    [Fact]
    public void An_unknown_top_level_key_is_refused_with_the_allowed_keys()
    {
        var yaml = Vervang(Volledig, "maanden: 36", "maanden: 36\nhorizon: 36");
        Geweigerd(yaml, "horizon: 36", "onbekende sleutel 'horizon'", "erft_van", "ijkpunten");
    }

    [Fact]
    public void An_unknown_parameter_is_refused_with_the_known_names()
    {
        var yaml = Vervang(Volledig, "start.afgewezen:", "start.uitgeprocedeerd:");
        Geweigerd(yaml, "start.uitgeprocedeerd", "onbekende parameter 'start.uitgeprocedeerd'", string.Join(", ", ModelParameters.Alle));
    }

    [Fact]
    public void An_unknown_lever_type_is_refused_with_the_known_types()
    {
        var yaml = Vervang(Volledig, "type: nareis_beperking_subsidiair", "type: nareis_stop");
        Geweigerd(yaml, "type: nareis_stop", "onbekend hefboomtype 'nareis_stop'", "hefboom 'Nareis'", string.Join(", ", HefboomTypen.Alle));
    }

    [Fact]
    public void A_parameter_lever_naming_an_unknown_parameter_is_refused()
    {
        var yaml = Vervang(Volledig, "parameter: procedure.gemiddelde_duur_maanden", "parameter: procedure.duur");
        Geweigerd(yaml, "parameter: procedure.duur", "onbekende parameter 'procedure.duur'", "hefboom 'Snellere procedure'", "'parameter'");
    }

    [Fact]
    public void A_parameter_lever_without_a_parameter_is_refused()
    {
        var yaml = ZonderRegel(Volledig, "parameter: procedure.gemiddelde_duur_maanden");
        Geweigerd(yaml, "- naam: Snellere procedure", "'parameter' ontbreekt", "hefboom 'Snellere procedure'");
    }

    [Fact]
    public void Only_a_parameter_lever_names_a_parameter()
    {
        var yaml = Vervang(Volledig, "type: extra_uitstroom_statushouders", "type: extra_uitstroom_statushouders\n    parameter: start.statushouders");
        Geweigerd(yaml, "parameter: start.statushouders", "'parameter' hoort alleen bij type 'parameter'", "hefboom 'Extra uitstroom'");
    }

    [Fact]
    public void A_range_with_min_above_max_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 30000, min: 27000, max: 33000", "waarde: 30000, min: 34000, max: 33000");
        Geweigerd(yaml, "min: 34000", "parameter 'start.in_procedure'", "'min' 34000 ligt boven 'max' 33000");
    }

    [Fact]
    public void A_value_outside_its_range_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 30000, min: 27000, max: 33000", "waarde: 36000, min: 27000, max: 33000");
        Geweigerd(yaml, "waarde: 36000", "parameter 'start.in_procedure'", "'waarde' 36000 ligt buiten");
    }

    [Fact]
    public void A_lever_effect_outside_its_range_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 600, min: 400, max: 800", "waarde: 300, min: 400, max: 800");
        Geweigerd(yaml, "waarde: 300, min: 400", "het effect van hefboom 'Extra uitstroom'", "'waarde' 300 ligt buiten");
    }

    [Theory]
    [InlineData("min: 27000, ", "max", "min")]
    [InlineData(", max: 33000", "min", "max")]
    public void A_range_needs_both_min_and_max(string weg, string gegeven, string ontbrekend)
    {
        var yaml = Vervang(Volledig, "{waarde: 30000, min: 27000, max: 33000, bron: \"a\"}",
            "{waarde: 30000, min: 27000, max: 33000, bron: \"a\"}".Replace(weg, "", StringComparison.Ordinal));
        Geweigerd(yaml, "start.in_procedure", "parameter 'start.in_procedure'", $"heeft '{gegeven}' maar geen '{ontbrekend}'");
    }

    [Fact]
    public void A_parameter_without_a_source_is_refused()
    {
        var yaml = Vervang(Volledig, "{waarde: 1590, bron: \"IND 2024\"}", "{waarde: 1590}");
        Geweigerd(yaml, "instroom.herhaalde_aanvragen_per_jaar", "parameter 'instroom.herhaalde_aanvragen_per_jaar' heeft geen 'bron'", "modelaanname");
    }

    [Fact]
    public void An_empty_source_is_refused()
    {
        var yaml = Vervang(Volledig, "{waarde: 1590, bron: \"IND 2024\"}", "{waarde: 1590, bron: \" \"}");
        Geweigerd(yaml, "instroom.herhaalde_aanvragen_per_jaar", "parameter 'instroom.herhaalde_aanvragen_per_jaar' heeft een lege 'bron'");
    }

    [Fact]
    public void A_lever_effect_without_a_source_is_refused()
    {
        var yaml = Vervang(Volledig, "{waarde: 0.5, min: 0.2, max: 0.9, bron: \"Kamerbrief\"}", "{waarde: 0.5, min: 0.2, max: 0.9}");
        Geweigerd(yaml, "waarde: 0.5, min: 0.2", "het effect van hefboom 'Nareis' heeft geen 'bron'");
    }

    [Fact]
    public void A_goal_without_a_source_is_refused()
    {
        var yaml = Vervang(Volledig, "doel: {behoefte: 88000, marge: 500, bron: \"Kamerbrief\"}", "doel: {behoefte: 88000, marge: 500}");
        Geweigerd(yaml, "doel:", "doel heeft geen 'bron'");
    }

    [Fact]
    public void A_checkpoint_without_a_source_is_refused()
    {
        var yaml = Vervang(Volledig, "bekend: 90000, bron: \"test\"", "bekend: 90000");
        Geweigerd(yaml, "bekend: 90000", "het ijkpunt behoefte heeft geen 'bron'");
    }

    [Theory]
    [InlineData("{waarde: 0.58, bron: \"modelaanname\"}", "{waarde: 58, bron: \"modelaanname\"}", "procedure.inwilligingspercentage", "'waarde' is 58")]
    [InlineData("{waarde: 0.88, min: 0.6, max: 1.0,", "{waarde: 0.88, min: 0.6, max: 1.2,", "nareis.aandeel_in_opvang", "'max' is 1.2")]
    [InlineData("{waarde: 0.5, bron: \"Kamerbrief\"}", "{waarde: -0.1, bron: \"Kamerbrief\"}", "nareis.aandeel_subsidiair", "'waarde' is -0.1")]
    public void A_share_outside_0_and_1_is_refused(string oud, string nieuw, string parameter, string veld)
    {
        var yaml = Vervang(Volledig, oud, nieuw);
        Geweigerd(yaml, parameter, $"parameter '{parameter}' is een aandeel tussen 0 en 1", veld);
    }

    [Theory]
    [InlineData("{waarde: 5000, bron: \"a\"}", "{waarde: -5000, bron: \"a\"}", "start.nareizigers", "is een aantal en kan niet negatief zijn")]
    [InlineData("{waarde: 11880, bron: \"IND 2024\"}", "{waarde: -1, bron: \"IND 2024\"}", "instroom.nareis_per_jaar", "is een aantal en kan niet negatief zijn")]
    [InlineData("{waarde: 12, bron: \"modelaanname\"}", "{waarde: -12, bron: \"modelaanname\"}", "afgewezen.vertrek_maanden", "is een duur in maanden en moet groter dan 0 zijn")]
    [InlineData("{waarde: 7.7, bron: \"modelaanname\"}\n  nareizigers", "{waarde: 0, bron: \"modelaanname\"}\n  nareizigers", "statushouders.wachttijd_maanden", "is een duur in maanden en moet groter dan 0 zijn")]
    public void A_negative_count_or_a_duration_of_zero_or_less_is_refused(string oud, string nieuw, string parameter, string melding)
    {
        var yaml = Vervang(Volledig, oud, nieuw);
        Geweigerd(yaml, parameter, $"parameter '{parameter}' {melding}");
    }

    [Fact]
    public void A_count_written_with_a_thousands_point_is_refused_rather_than_read_as_thirty()
    {
        var yaml = Vervang(Volledig, "{waarde: 15000, bron: \"a\"}", "{waarde: 15.000, bron: \"a\"}");
        Geweigerd(yaml, "start.statushouders", "parameter 'start.statushouders'", "'waarde' is '15.000'", "geheel getal");
    }

    [Fact]
    public void A_negative_extra_outflow_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 600, min: 400, max: 800", "waarde: 600, min: -400, max: 800");
        Geweigerd(yaml, "min: -400", "het effect van hefboom 'Extra uitstroom' is een aantal en kan niet negatief zijn", "'min'");
    }

    [Fact]
    public void A_restriction_lever_above_1_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 0.5, min: 0.2, max: 0.9", "waarde: 0.5, min: 0.2, max: 1.5");
        Geweigerd(yaml, "max: 1.5", "het effect van hefboom 'Nareis' is een aandeel tussen 0 en 1", "'max' is 1.5");
    }

    [Fact]
    public void A_lever_that_would_make_a_duration_zero_is_refused()
    {
        var yaml = Vervang(Volledig, "waarde: 0.9, min: 0.8, max: 1.0", "waarde: 0.9, min: 0, max: 1.0");
        Geweigerd(yaml, "waarde: 0.9, min: 0,", "hefboom 'Snellere procedure'", "'procedure.gemiddelde_duur_maanden'", "groter dan 0");
    }

    [Fact]
    public void A_lever_that_would_push_a_share_above_1_is_refused()
    {
        var yaml = Vervang(Volledig, "parameter: procedure.gemiddelde_duur_maanden", "parameter: nareis.aandeel_in_opvang");
        yaml = Vervang(yaml, "waarde: 0.9, min: 0.8, max: 1.0", "waarde: 1.1, min: 0.8, max: 1.2");
        Geweigerd(yaml, "waarde: 1.1, min: 0.8", "hefboom 'Snellere procedure'", "'nareis.aandeel_in_opvang' groter dan 1");
    }

    [Theory]
    [InlineData("start: 2026-05-01", "start: 2025-09-01", "2025-09-01")]
    [InlineData("start: 2026-05-01", "start: 2028-10-02", "2028-10-02")]
    public void A_lever_starting_outside_the_horizon_is_refused(string oud, string nieuw, string datum)
    {
        var yaml = Vervang(Volledig, oud, nieuw);
        Geweigerd(yaml, nieuw, $"de start {datum} van hefboom 'Extra uitstroom' ligt buiten de horizon 2025-10-01 tot en met 2028-10-01");
    }

    [Fact]
    public void A_lever_may_start_on_the_last_day_of_the_horizon()
    {
        var s = ScenarioLoader.Parse(Vervang(Volledig, "start: 2026-05-01", "start: 2028-10-01"), "test.yaml");
        Assert.Equal(new DateOnly(2028, 10, 1), s.Hefbomen[0].Start);
    }

    [Theory]
    [InlineData("2025-09-30")]
    [InlineData("2028-11-01")]
    public void A_need_date_outside_the_horizon_is_refused(string datum)
    {
        var yaml = Vervang(Volledig, "behoefte_peildatum: 2027-01-01", $"behoefte_peildatum: {datum}");
        Geweigerd(yaml, "behoefte_peildatum", $"'behoefte_peildatum' {datum} ligt buiten de horizon");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("121")]
    [InlineData("-3")]
    public void Months_outside_1_to_120_are_refused(string maanden)
    {
        var yaml = Vervang(Volledig, "maanden: 36", $"maanden: {maanden}");
        Geweigerd(yaml, "maanden:", $"'maanden' is {maanden}", "1 tot en met 120");
    }

    [Fact]
    public void Months_must_be_a_whole_number()
    {
        Geweigerd(Vervang(Volledig, "maanden: 36", "maanden: 36.5"), "maanden:", "'maanden' is '36.5', geen geheel getal");
    }

    [Fact]
    public void An_unknown_quantity_in_a_checkpoint_is_refused_with_the_known_ones()
    {
        var yaml = Vervang(Volledig, "grootheid: behoefte", "grootheid: capaciteit");
        Geweigerd(yaml, "grootheid: capaciteit", "onbekende grootheid 'capaciteit'", "behoefte", "bezetting", "statushouders", "uitstroom_totaal", "uitstroom_statushouders");
    }

    [Fact]
    public void A_checkpoint_outside_the_horizon_is_refused()
    {
        var yaml = Vervang(Volledig, "datum: 2026-10-01", "datum: 2024-12-31");
        Geweigerd(yaml, "datum: 2024-12-31", "het ijkpunt 'behoefte' op 2024-12-31 ligt buiten de horizon");
    }

    [Fact]
    public void A_missing_parameter_is_refused_and_every_missing_one_is_named()
    {
        var yaml = ZonderRegel(ZonderRegel(Volledig, "start.nareizigers:"), "afgewezen.vertrek_maanden:");
        Geweigerd(yaml, "parameters:", "in 'parameters' ontbreken start.nareizigers, afgewezen.vertrek_maanden", "direct of via erft_van");
    }

    [Fact]
    public void A_file_without_parameters_is_refused_at_its_first_line()
    {
        var zonder = string.Join('\n', Volledig.Split('\n').TakeWhile(r => !r.StartsWith("parameters:", StringComparison.Ordinal)));
        var melding = Fout(zonder);
        Assert.StartsWith("test.yaml, regel 1, kolom 1: in 'parameters' ontbreken start.in_procedure,", melding);
    }

    [Theory]
    [InlineData("naam: Test", "'naam' ontbreekt")]
    [InlineData("startdatum: 2025-10-01", "'startdatum' ontbreekt")]
    [InlineData("verdeling:", "'verdeling' ontbreekt")]
    public void A_missing_required_key_is_refused(string regel, string melding)
    {
        var yaml = ZonderRegel(Volledig, regel);
        Assert.StartsWith("test.yaml, regel 1, kolom 1: " + melding, Fout(yaml));
    }

    [Fact]
    public void A_start_date_must_be_the_first_of_a_month()
    {
        Geweigerd(Vervang(Volledig, "startdatum: 2025-10-01", "startdatum: 2025-10-15"), "startdatum:", "'startdatum' 2025-10-15 is niet de eerste dag van een maand");
    }

    [Fact]
    public void A_date_in_another_notation_is_refused()
    {
        Geweigerd(Vervang(Volledig, "start: 2026-07-01", "start: 1-7-2026"), "start: 1-7-2026", "'start van hefboom 'Nareis'' is '1-7-2026', geen datum; schrijf JJJJ-MM-DD");
    }

    [Fact]
    public void A_decimal_comma_is_refused()
    {
        var yaml = Vervang(Volledig, "procedure.inwilligingspercentage: {waarde: 0.58, bron: \"modelaanname\"}",
            "procedure.inwilligingspercentage:\n    waarde: 0,58\n    bron: modelaanname");
        Geweigerd(yaml, "waarde: 0,58", "'waarde' is '0,58', geen getal", "decimale punt");
    }

    [Fact]
    public void A_decimal_comma_inside_braces_is_refused_with_a_hint()
    {
        var yaml = Vervang(Volledig, "{waarde: 0.58, bron", "{waarde: 0,58, bron");
        Geweigerd(yaml, "procedure.inwilligingspercentage", "onbekende sleutel '58' in parameter 'procedure.inwilligingspercentage'", "schrijf 0.58, niet 0,58");
    }

    [Fact]
    public void Two_levers_with_the_same_name_are_refused()
    {
        var yaml = Vervang(Volledig, "- naam: Nareis", "- naam: Extra uitstroom");
        var tweede = yaml.Split('\n').Select((r, i) => (r, i)).Where(x => x.r.Contains("- naam: Extra uitstroom", StringComparison.Ordinal)).Last().i + 1;
        var melding = Fout(yaml);
        Assert.StartsWith($"test.yaml, regel {tweede}, kolom ", melding);
        Assert.Contains($"de hefboom 'Extra uitstroom' staat er al (test.yaml regel {Regel(yaml, "- naam: Extra uitstroom")})", melding);
    }

    [Fact]
    public void An_unknown_key_in_a_lever_is_refused()
    {
        var yaml = Vervang(Volledig, "start: 2026-07-01", "start: 2026-07-01\n    einde: 2027-01-01");
        Geweigerd(yaml, "einde:", "onbekende sleutel 'einde' in hefboom 'Nareis'", "naam, type, parameter, start, effect");
    }

    [Fact]
    public void An_unknown_key_in_a_range_is_refused()
    {
        var yaml = Vervang(Volledig, "{waarde: 1590, bron: \"IND 2024\"}", "{waarde: 1590, bron: \"IND 2024\", url: \"https://ind.nl\"}");
        Geweigerd(yaml, "instroom.herhaalde_aanvragen_per_jaar", "onbekende sleutel 'url' in parameter 'instroom.herhaalde_aanvragen_per_jaar'");
    }

    [Fact]
    public void An_unknown_distribution_key_is_refused()
    {
        Geweigerd(Vervang(Volledig, "sleutel: inwoners", "sleutel: oppervlakte"), "verdeling:", "onbekende verdeelsleutel 'oppervlakte' in 'verdeling.sleutel'");
    }

    [Fact]
    public void Invalid_yaml_is_refused_with_its_line()
    {
        var yaml = Vervang(Volledig, "naam: Test", "naam: \"Test");
        var melding = Fout(yaml);
        Assert.StartsWith("test.yaml, regel ", melding);
        Assert.Contains("geen geldige YAML", melding);
    }

    [Fact]
    public void An_unclosed_bracket_is_refused_as_invalid_yaml()
    {
        Assert.StartsWith("test.yaml: geen geldige YAML", Fout(Vervang(Volledig, "maanden: 36", "maanden: [36")));
    }

    [Fact]
    public void A_duplicate_key_is_refused()
    {
        var yaml = Vervang(Volledig, "maanden: 36", "maanden: 36\nmaanden: 24");
        var melding = Fout(yaml);
        Assert.StartsWith("test.yaml, regel ", melding);
        Assert.Contains("geen geldige YAML", melding);
    }
}
