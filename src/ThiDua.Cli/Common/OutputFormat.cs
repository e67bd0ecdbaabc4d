using System.CommandLine;
using ThiDua.Cli.Usage;

namespace ThiDua.Cli.Common;

/// <summary>
/// <c>--format table|csv|json</c>: a table for people (default), CSV and JSON for machines; the queries also take
/// <c>xlsx</c> (an Excel workbook, written to <c>--out FILE</c>).
/// </summary>
public static class OutputFormat
{
    /// <param name="withCsv">False where there are no rows to write as CSV (an import's summary): only table or json.</param>
    public static Option<string> Option(bool withCsv = true, bool withXlsx = false)
    {
        string[] words = ["table", .. withCsv ? new[] { "csv" } : [], "json", .. withXlsx ? new[] { "xlsx" } : []];
        return Choices.Offer(new Option<string>("--format")
        {
            Description = string.Join(" | ", words),
            DefaultValueFactory = _ => "table",
            CustomParser = r =>
            {
                var given = r.Tokens.Single().Value;
                var v = given.Trim().ToLowerInvariant();
                if (words.Contains(v)) return v;
                UsageMessages.NotOneOf(r, "--format", "--format", words, given);
                return null;
            },
        }, words);
    }
}
