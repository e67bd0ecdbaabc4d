using System.CommandLine;

namespace ThiDua.Cli.Common;

/// <summary><c>--format table|csv|json</c>: a table for people (default), CSV and JSON for machines.</summary>
public static class OutputFormat
{
    public static Option<string> Option() => new("--format")
    {
        Description = "table | csv | json",
        DefaultValueFactory = _ => "table",
        CustomParser = r =>
        {
            var given = r.Tokens.Single().Value;
            var v = given.Trim().ToLowerInvariant();
            if (v is "table" or "csv" or "json") return v;
            r.AddError($"--format phải là table, csv hoặc json / must be table, csv or json (got '{given}').");
            return null;
        },
    };
}
