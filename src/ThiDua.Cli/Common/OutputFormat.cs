using System.CommandLine;

namespace ThiDua.Cli.Common;

/// <summary><c>--format table|csv|json</c>: a table for people (default), CSV and JSON for machines.</summary>
public static class OutputFormat
{
    public static Option<string> Option() => new("--format")
    {
        Description = "table | csv | json",
        DefaultValueFactory = _ => "table",
        Validators = { r =>
        {
            var v = r.GetValueOrDefault<string>();
            if (v is not ("table" or "csv" or "json")) r.AddError($"--format phải là table, csv hoặc json / must be table, csv or json (got '{v}').");
        } },
    };
}
