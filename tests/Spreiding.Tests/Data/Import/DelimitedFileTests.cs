using System.Text;
using Spreiding.Data.Import;

namespace Spreiding.Tests.Data.Import;

public class DelimitedFileTests
{
    [Theory]
    [InlineData("a;b\n1;2\n", ';')]
    [InlineData("a,b\n1,2\n", ',')]
    [InlineData("a\tb\n1\t2\n", '\t')]
    [InlineData("\"a,x\";\"b\"\n1;2\n", ';')]
    public void Delimiter_is_detected_from_the_header_line(string text, char expected)
    {
        var file = DelimitedFile.Parse(text, "t.csv");

        Assert.Equal(expected, file.Delimiter);
        Assert.Equal(2, file.Header.Count);
        Assert.Equal(["1", "2"], file.Rows.Single().Fields);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_first_header()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("\"Perioden\";\"Regio's\"\n\"2023\";\"Fryslân\"\n")).ToArray();

        var file = DelimitedFile.Read(new MemoryStream(bytes), "t.csv");

        Assert.Equal("Perioden", file.Header[0]);
        Assert.Equal("Fryslân", file.Rows[0][1]);
        Assert.Empty(file.Issues);
    }

    [Fact]
    public void Utf8_without_byte_order_mark_reads_the_same()
    {
        var file = DelimitedFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("\"Perioden\";\"Regio's\"\n\"2023\";\"Fryslân\"\n")), "t.csv");

        Assert.Equal("Perioden", file.Header[0]);
        Assert.Equal("Fryslân", file.Rows[0][1]);
    }

    [Fact]
    public void Quoted_fields_are_trimmed_inside_and_outside_the_quotes()
    {
        var file = DelimitedFile.Parse("\"Regio\" ; \"Score\"\n \"GM0363    \" ;\"  -0.100\"\n", "t.csv");

        Assert.Equal(["Regio", "Score"], file.Header);
        Assert.Equal(["GM0363", "-0.100"], file.Rows[0].Fields);
    }

    [Fact]
    public void Line_numbers_are_physical_lines_counting_blank_lines_and_crlf()
    {
        var file = DelimitedFile.Parse("a;b\r\n1;2\r\n\r\n3;4\r\n;\r\n5;6\r\n\r\n\r\n", "t.csv");

        Assert.Equal(1, file.HeaderLine);
        Assert.Equal([2, 4, 6], file.Rows.Select(r => r.Line));
        Assert.Empty(file.Issues);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_an_issue_on_its_line_and_left_out()
    {
        var file = DelimitedFile.Parse("a;b\n1;2\n3\n4;5;6\n7;8;;\n", "t.csv");

        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
        Assert.Equal([3, 4], file.Issues.Select(i => i.Line));
        Assert.Contains("deze regel heeft 1 veld, de kopregel heeft er 2", file.Issues[0].Message);
    }

    [Fact]
    public void Stray_quotes_are_an_issue_on_their_line()
    {
        var file = DelimitedFile.Parse("a;b\n1;2\n3;\"x\"y\n", "t.csv");

        var issue = Assert.Single(file.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("aanhalingstekens", issue.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_advice_to_save_as_csv_utf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("gemeentecode;naam\nGM1900;Súdwest-Fryslân\n");

        var file = DelimitedFile.Read(new MemoryStream(latin1), "t.csv");

        var issue = Assert.Single(file.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Contains("CSV UTF-8", issue.Message);
        Assert.Empty(file.Rows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public void An_empty_file_has_no_header_and_one_issue(string text)
    {
        var file = DelimitedFile.Parse(text, "leeg.csv");

        Assert.Empty(file.Header);
        Assert.Equal(0, file.HeaderLine);
        Assert.Contains("het bestand is leeg", Assert.Single(file.Issues).Message);
    }

    [Theory]
    [InlineData("a;b\nGM1;12,5\nGM2;918.117\n", true)]
    [InlineData("a;b\nGM1;12.5\nGM2;3,5\n", false)]
    [InlineData("a;b\nGM1;918.117\n", false)]
    [InlineData("a,b\nGM1,\"12,5\"\n", false)]
    [InlineData("a\tb\nGM1\t12,5\n", true)]
    public void Decimal_comma_is_detected_per_file_and_never_for_comma_delimited_files(string text, bool expected)
    {
        Assert.Equal(expected, DelimitedFile.Parse(text, "t.csv").UsesDecimalComma);
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_name()
    {
        var ex = Assert.Throws<ImportException>(() => DelimitedFile.Read(Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid() + ".csv")));

        Assert.Contains("het bestand bestaat niet", ex.Message);
    }
}
