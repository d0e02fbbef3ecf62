using Spreiding.Cli;

namespace Spreiding.Tests.Support;

public sealed record CliResult(int Exit, string Out, string Err);

/// <summary>Runs the <c>spreiding</c> command line in-process against its own temporary database.</summary>
public sealed class CliRunner
{
    public string Directory { get; } = TestData.TempDirectory();

    public string Database => Path.Combine(Directory, "spreiding.db");

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(["--db", Database, .. args], output, error);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
