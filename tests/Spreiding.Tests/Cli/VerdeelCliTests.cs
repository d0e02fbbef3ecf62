using Spreiding.Tests.Support;

namespace Spreiding.Tests.Cli;

public class VerdeelCliTests
{
    [Fact]
    public void Verdeel_keeps_input_order_and_sums_to_the_total()
    {
        var cli = new CliRunner();
        // The classic D'Hondt example: 4 parties, 7 seats, votes 100000/80000/30000/20000 -> 3, 3, 1, 0.
        var path = cli.Write("gewichten.csv", "naam,gewicht\nC,30000\nA,100000\nD,20000\nB,80000\n");
        var result = cli.Run("verdeel", "--gewichten", path, "--totaal", "8", "--methode", "dhondt");
        Assert.Equal(0, result.Exit);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("naam,gewicht,quotum,plaatsen", lines[0]);
        Assert.Equal(["C", "A", "D", "B"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal([1, 4, 0, 3], lines.Skip(1).Select(l => int.Parse(l.Split(',')[3])));
        Assert.Equal("A,100000,3.478261,4", lines[2]);
    }

    [Fact]
    public void Verdeel_accepts_semicolons_and_decimal_commas()
    {
        var cli = new CliRunner();
        var path = cli.Write("gewichten.csv", "naam;gewicht\nnoord;1,5\nzuid;2,7\n");
        var result = cli.Run("verdeel", "--gewichten", path, "--totaal", "4", "--methode", "grootste-overschot");
        Assert.Equal(0, result.Exit);
        Assert.Contains("noord,1.5,1.428571,1", result.Out);
        Assert.Contains("zuid,2.7,2.571429,3", result.Out);
    }

    [Fact]
    public void Verdeel_with_a_minimum_gives_everyone_at_least_that()
    {
        var cli = new CliRunner();
        var path = cli.Write("gewichten.csv", "naam,gewicht\ngroot,1000\nklein,1\n");
        var result = cli.Run("verdeel", "--gewichten", path, "--totaal", "10", "--methode", "sainte-lague", "--minimum", "2");
        Assert.Equal(0, result.Exit);
        Assert.Contains("klein,1,", result.Out);
        Assert.EndsWith(",2", result.Out.TrimEnd('\n').Split('\n')[2]);
    }

    [Fact]
    public void A_tie_is_refused_naming_the_tied_names_unless_a_lot_is_asked()
    {
        var cli = new CliRunner();
        var path = cli.Write("gewichten.csv", "naam,gewicht\nx,1\ny,1\nz,1\n");
        var refused = cli.Run("verdeel", "--gewichten", path, "--totaal", "4", "--methode", "grootste-overschot");
        Assert.Equal(1, refused.Exit);
        Assert.Equal("", refused.Out);
        Assert.Contains("x", refused.Err);
        Assert.Contains("z", refused.Err);

        var lot = cli.Run("verdeel", "--gewichten", path, "--totaal", "4", "--methode", "grootste-overschot", "--loting", "7");
        Assert.Equal(0, lot.Exit);
        Assert.Contains("Loting (zaad 7)", lot.Err);
        Assert.Equal(lot.Out, cli.Run("verdeel", "--gewichten", path, "--totaal", "4", "--methode", "grootste-overschot", "--loting", "7").Out);
    }

    [Fact]
    public void A_weights_file_with_text_in_the_weight_column_names_line_and_column()
    {
        var cli = new CliRunner();
        var path = cli.Write("gewichten.csv", "naam,gewicht\na,1\nb,veel\n");
        var result = cli.Run("verdeel", "--gewichten", path, "--totaal", "4", "--methode", "dhondt");
        Assert.Equal(1, result.Exit);
        Assert.Contains("gewichten.csv, regel 3, kolom 2 (gewicht)", result.Err);
    }
}
