using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Data.Regels;

namespace Spreiding.Tests.Regels;

public class RegelsLoaderTests
{
    [Fact]
    public void Cycle_2024_holds_the_published_numbers_with_their_sources()
    {
        var r = RegelsLoader.Bundled(2024);
        Assert.Equal(96000, r.TotaalPlaatsen.Waarde);
        Assert.Equal(8140, r.AmvPlaatsen.Waarde);
        Assert.Equal(new DateOnly(2023, 1, 1), r.PeildatumBevolking.Waarde);
        Assert.Equal(new DateOnly(2024, 2, 1), r.Publicatiedatum.Waarde);
        Assert.Equal("inwoners-ses-woa", r.Sleutel.Type);
        Assert.Equal(1m, r.Sleutel.Parameters["k"].Waarde);
        Assert.Equal(ApportionmentMethod.Published, r.Verdeelmethode.Waarde);
        Assert.False(string.IsNullOrWhiteSpace(r.TotaalPlaatsen.Bron));
    }

    [Fact]
    public void Cycle_2026_holds_the_letter_of_5_February_2026()
    {
        var r = RegelsLoader.Bundled(2026);
        Assert.Equal(88000, r.TotaalPlaatsen.Waarde);
        Assert.Null(r.AmvPlaatsen.Waarde);
        Assert.NotNull(r.Beschikbaarheid);
        Assert.Equal(50000, r.Beschikbaarheid!.BeschikbaarMeerjarig.Waarde);
        Assert.Equal(38000, r.Beschikbaarheid.TeRealiseren.Waarde);
        Assert.Equal(new DateOnly(2026, 2, 1), r.Beschikbaarheid.Peildatum.Waarde);
        Assert.Equal(new DateOnly(2028, 12, 31), r.Beschikbaarheid.Horizon.Waarde);
        Assert.Contains("7183203", r.TotaalPlaatsen.Bron);
    }

    [Fact]
    public void Bundled_cycles_are_2024_and_2026()
    {
        Assert.Equal([2024, 2026], RegelsLoader.BundledCycles());
    }

    private const string Minimal = """
        cyclus: 2030
        titel: test
        publicatiedatum: {waarde: 2030-02-01, bron: a}
        behoefte_peildatum: {waarde: 2031-01-01, bron: a}
        totaal_plaatsen: {waarde: 1000, bron: a}
        amv_plaatsen: {waarde: null, bron: a}
        peildatum_bevolking: {waarde: 2029-01-01, bron: a}
        indeling_op: {waarde: 2030-01-01, bron: a}
        sleutel: {type: inwoners, bron: a}
        verdeelmethode: {waarde: sainte-lague, bron: a}
        """;

    [Fact]
    public void A_minimal_rules_file_is_read()
    {
        var r = RegelsLoader.Parse(Minimal, "test.yaml");
        Assert.Equal(2030, r.Cyclus);
        Assert.Equal(ApportionmentMethod.SainteLague, r.Verdeelmethode.Waarde);
    }

    private const string Uitkering = """

        uitkering:
          basis:
            grondslag: toegezegde-plaatsen
            bedrag_per_plaats: {waarde: 1234.567, bron: "FIXTURE, geen echt bedrag"}
          extra:
            grondslag: plaatsen-boven-taak
            bedrag_per_plaats: {waarde: 500, bron: "FIXTURE"}
        """;

    [Fact]
    public void Payment_rules_are_read_with_their_basis_and_source()
    {
        var r = RegelsLoader.Parse(Minimal + Uitkering, "test.yaml");
        Assert.Null(RegelsLoader.Parse(Minimal, "test.yaml").Uitkering);
        var regels = r.Uitkering!;
        Assert.Equal(["basis", "extra"], regels.Select(u => u.Naam));
        Assert.Equal(Spreiding.Core.Plan.UitkeringsGrondslag.ToegezegdePlaatsen, regels[0].Grondslag);
        Assert.Equal(1234.567m, regels[0].BedragPerPlaats.Waarde);
        Assert.Equal("FIXTURE, geen echt bedrag", regels[0].BedragPerPlaats.Bron);
        Assert.Equal(Spreiding.Core.Plan.UitkeringsGrondslag.PlaatsenBovenTaak, regels[1].Grondslag);
    }

    [Theory]
    [InlineData("grondslag: toegezegde-plaatsen", "grondslag: alle-plaatsen", "onbekende grondslag 'alle-plaatsen'")]
    [InlineData("{waarde: 500, bron: \"FIXTURE\"}", "{waarde: -5, bron: \"FIXTURE\"}", "verwacht een bedrag van 0 of meer")]
    [InlineData("{waarde: 500, bron: \"FIXTURE\"}", "{waarde: 500}", "'bron' ontbreekt")]
    public void A_wrong_payment_rule_is_refused_with_its_line(string was, string wordt, string melding)
    {
        var e = Assert.Throws<InvalidInputException>(() => RegelsLoader.Parse(Minimal + Uitkering.Replace(was, wordt), "test.yaml"));
        Assert.Contains("test.yaml, regel 1", e.Message);
        Assert.Contains(melding, e.Message);
    }

    [Fact]
    public void A_value_without_a_source_is_refused_with_line_and_column()
    {
        var yaml = Minimal.Replace("totaal_plaatsen: {waarde: 1000, bron: a}", "totaal_plaatsen: {waarde: 1000}");
        var e = Assert.Throws<InvalidInputException>(() => RegelsLoader.Parse(yaml, "test.yaml"));
        Assert.Contains("test.yaml, regel 5", e.Message);
        Assert.Contains("'bron' ontbreekt", e.Message);
    }

    [Fact]
    public void An_unknown_key_is_refused_with_its_line()
    {
        var e = Assert.Throws<InvalidInputException>(() => RegelsLoader.Parse(Minimal + "\nonbekend: {waarde: 1, bron: a}\n", "test.yaml"));
        Assert.Contains("regel 11", e.Message);
        Assert.Contains("onbekende sleutel 'onbekend'", e.Message);
    }

    [Fact]
    public void An_unknown_distribution_key_type_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => RegelsLoader.Parse(Minimal.Replace("type: inwoners", "type: oppervlakte"), "test.yaml"));
        Assert.Contains("onbekende sleutel 'oppervlakte'", e.Message);
    }

    [Fact]
    public void Text_where_a_number_belongs_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => RegelsLoader.Parse(Minimal.Replace("waarde: 1000", "waarde: duizend"), "test.yaml"));
        Assert.Contains("'duizend' is geen geheel getal", e.Message);
    }
}
