using Spreiding.Core;
using Spreiding.Core.Prognose;
using static Spreiding.Tests.Prognose.PrognoseFixtures;

namespace Spreiding.Tests.Prognose;

public class BacktestTests
{
    private static readonly DateOnly Start2024 = new(2024, 1, 1);

    /// <summary>FIXTURE: the 2024 actuals as inflows, a made-up start state on 1 January 2024.</summary>
    private static Scenario Terugblik() =>
        Basis(onzeker: false, maanden: 12, peildatum: new DateOnly(2025, 1, 1)) with { Naam = "terugblik 2024", Startdatum = Start2024 };

    [Fact]
    public void The_error_is_model_minus_known_and_the_relative_error_is_that_over_the_known_value()
    {
        var u = Backtest.Vergelijk(new Ijkpunt(new DateOnly(2025, 1, 1), Grootheden.Behoefte, 96_000, "MPP najaar 2023"), 91_200);
        Assert.Equal(-4_800, u.Fout);
        Assert.Equal(4_800, u.AbsoluteFout);
        Assert.Equal(-0.05, u.RelatieveFout!.Value, 12);
        Assert.Equal(0.05, u.AbsoluteRelatieveFout!.Value, 12);
        var nul = Backtest.Vergelijk(new Ijkpunt(new DateOnly(2025, 1, 1), Grootheden.Statushouders, 0, "x"), 12);
        Assert.Equal(12, nul.Fout);
        Assert.Null(nul.RelatieveFout);
    }

    [Fact]
    public void Each_checkpoint_is_compared_with_the_central_path_on_its_date()
    {
        var scenario = Terugblik();
        var eind = new DateOnly(2025, 1, 1);
        Ijkpunt[] ijkpunten =
        [
            new(eind, Grootheden.Behoefte, 96_000, "MPP najaar 2023"),
            new(eind, Grootheden.Statushouders, 21_000, "MPP najaar 2023"),
            new(eind, Grootheden.UitstroomTotaal, 44_280, "COA jaarcijfers 2024"),
            new(eind, Grootheden.UitstroomStatushouders, 30_210, "COA jaarcijfers 2024"),
            new(Start2024, Grootheden.Bezetting, 72_000, "startstand"),
        ];
        var resultaat = Backtest.Draai(scenario, ijkpunten, Doelbezetting);
        var pad = resultaat.Pad;
        Assert.Equal(pad.Behoefte[12], resultaat.Uitkomsten[0].Model);
        Assert.Equal(pad.Statushouders[12], resultaat.Uitkomsten[1].Model);
        Assert.Equal(pad.UitstroomTotaalCumulatief[12], resultaat.Uitkomsten[2].Model);
        Assert.Equal(pad.UitstroomStatushoudersCumulatief[12], resultaat.Uitkomsten[3].Model);
        Assert.Equal(0, resultaat.Uitkomsten[4].Fout);
        foreach (var u in resultaat.Uitkomsten)
            Assert.Equal(u.Model - u.Ijkpunt.Bekend, u.Fout);
        Assert.Equal(resultaat.Uitkomsten.Average(u => u.AbsoluteRelatieveFout!.Value), resultaat.GemiddeldeAbsoluteRelatieveFout!.Value, 12);
    }

    [Fact]
    public void Cumulative_outflows_start_at_zero_and_never_decrease()
    {
        var pad = Prognosemodel.Simuleer(Terugblik(), Doelbezetting);
        Assert.Equal(0, pad.Waarde(Grootheden.UitstroomTotaal, Start2024));
        for (var t = 1; t < pad.Datums.Count; t++)
        {
            Assert.True(pad.UitstroomTotaalCumulatief[t] >= pad.UitstroomTotaalCumulatief[t - 1]);
            Assert.True(pad.UitstroomTotaalCumulatief[t] >= pad.UitstroomStatushoudersCumulatief[t]);
        }
    }

    [Fact]
    public void An_unknown_quantity_or_a_date_outside_the_horizon_is_refused()
    {
        var scenario = Terugblik();
        Assert.Contains("Onbekende grootheid 'wachtlijst'", Assert.Throws<InvalidInputException>(() =>
            Backtest.Draai(scenario, [new Ijkpunt(new DateOnly(2024, 6, 1), "wachtlijst", 1, "x")], Doelbezetting)).Message);
        Assert.Contains("buiten de horizon", Assert.Throws<InvalidInputException>(() =>
            Backtest.Draai(scenario, [new Ijkpunt(new DateOnly(2026, 1, 1), Grootheden.Bezetting, 1, "x")], Doelbezetting)).Message);
    }
}
