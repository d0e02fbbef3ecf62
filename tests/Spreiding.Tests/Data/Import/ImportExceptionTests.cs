using Spreiding.Core;
using Spreiding.Data.Import;

namespace Spreiding.Tests.Data.Import;

public class ImportExceptionTests
{
    [Fact]
    public void An_issue_reads_as_file_line_column_and_column_name_then_the_message()
    {
        var issue = new ImportIssue("bevolking.csv", 12, 2, "inwoners", "twaalf", "'twaalf' is geen geheel getal.");

        Assert.Equal("bevolking.csv, regel 12, kolom 2 (inwoners): 'twaalf' is geen geheel getal.", issue.ToString());
    }

    [Fact]
    public void An_issue_without_column_or_line_leaves_them_out()
    {
        Assert.Equal("a.csv, regel 3: x", new ImportIssue("a.csv", 3, null, null, null, "x").ToString());
        Assert.Equal("a.csv: x", new ImportIssue("a.csv", 0, null, null, null, "x").ToString());
    }

    [Fact]
    public void The_message_is_dutch_lists_every_issue_and_is_an_invalid_input_exception()
    {
        var ex = new ImportException([
            new ImportIssue("b.csv", 2, 1, "gemeentecode", "X", "eerste."),
            new ImportIssue("b.csv", 5, 2, "inwoners", "-1", "tweede."),
        ]);

        Assert.IsAssignableFrom<InvalidInputException>(ex);
        Assert.StartsWith("Het bestand b.csv is niet ingelezen: er zijn 2 problemen gevonden.", ex.Message);
        Assert.Contains("- b.csv, regel 2, kolom 1 (gemeentecode): eerste.", ex.Message);
        Assert.Contains("- b.csv, regel 5, kolom 2 (inwoners): tweede.", ex.Message);
        Assert.Equal(2, ex.Issues.Count);
    }

    [Fact]
    public void The_message_lists_at_most_20_issues_and_says_how_many_more()
    {
        var issues = Enumerable.Range(2, 25).Select(l => new ImportIssue("b.csv", l, 2, "inwoners", "x", $"fout {l}.")).ToList();

        var ex = new ImportException(issues);

        Assert.Contains("regel 21, kolom 2 (inwoners): fout 21.", ex.Message);
        Assert.DoesNotContain("fout 22.", ex.Message);
        Assert.EndsWith("en 5 meer.", ex.Message);
        Assert.Equal(25, ex.Issues.Count);
    }

    [Fact]
    public void A_file_with_many_bad_rows_reports_all_of_them_not_only_the_first()
    {
        var lines = ImportTestData.PlainPopulationLines();
        for (var i = 1; i <= 30; i++) lines[i] = lines[i].Split(';')[0] + ";?";

        var ex = Assert.Throws<ImportException>(() =>
            Spreiding.Data.Import.BevolkingImporter.Read(new StringReader(ImportTestData.Join(lines)), "bevolking.csv", ImportTestData.Indeling, ImportTestData.Peildatum));

        Assert.Equal(30, ex.Issues.Count);
        Assert.Equal(Enumerable.Range(2, 30), ex.Issues.Select(i => i.Line));
        Assert.EndsWith("en 10 meer.", ex.Message);
    }
}
