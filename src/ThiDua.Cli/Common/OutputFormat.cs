using System.CommandLine;

namespace ThiDua.Cli.Common;

/// <summary>
/// <c>--format table|csv|json</c>: a table for people (default), CSV and JSON for machines; the queries also take
/// <c>xlsx</c> (an Excel workbook, written to <c>--out FILE</c>).
/// </summary>
public static class OutputFormat
{
    /// <param name="withCsv">False where there are no rows to write as CSV (an import's summary): only table or json.</param>
    public static Option<string> Option(bool withCsv = true, bool withXlsx = false) => new("--format")
    {
        Description = withXlsx ? "table | csv | json | xlsx" : withCsv ? "table | csv | json" : "table | json",
        DefaultValueFactory = _ => "table",
        CustomParser = r =>
        {
            var given = r.Tokens.Single().Value;
            var v = given.Trim().ToLowerInvariant();
            if (v is "table" or "json" || (withCsv && v == "csv") || (withXlsx && v == "xlsx")) return v;
            r.AddError(withXlsx
                ? $"--format phải là table, csv, json hoặc xlsx / must be table, csv, json or xlsx (got '{given}')."
                : withCsv
                ? $"--format phải là table, csv hoặc json / must be table, csv or json (got '{given}')."
                : $"--format phải là table hoặc json / must be table or json (got '{given}').");
            return null;
        },
    };
}
