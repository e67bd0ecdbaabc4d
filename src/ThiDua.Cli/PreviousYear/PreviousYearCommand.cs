using System.CommandLine;
using System.Text.Json;
using ThiDua.Analytics;
using ThiDua.Cli.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Exports.Tables;
using ThiDua.PreviousYear;

namespace ThiDua.Cli.PreviousYear;

/// <summary>
/// <c>thidua previous-year --campaign C</c>: so với cùng kỳ năm trước — the answer of
/// <c>GET /api/campaigns/{c}/previous-year</c> (the domain's one reading, <see cref="PreviousYearQuery"/>) as a table,
/// CSV, JSON (the API's object) or the page's workbook. A campaign without a previous one is refused as the API's 404.
/// </summary>
public static class PreviousYearCommand
{
    public static Command Create()
    {
        var command = new Command("previous-year",
            "So với cùng kỳ năm trước: điểm, hạng của từng đơn vị bên cạnh phong trào năm trước cùng tháng / each unit's score and rank beside last year's campaign at the same month");
        var options = new QueryOptions();
        options.AddTo(command);
        command.SetAction((parse, ct) => AnalyticsCommands.RunAsync(parse, options, ct, async runtime =>
        {
            var asOf = parse.GetValue(options.AsOf);
            var (snapshot, period) = await runtime.Analytics.ResolveAsync(parse.GetValue(options.Campaign)!, parse.GetValue(options.Period), asOf, ct);
            var comparison = await PreviousYearQuery.CompareAsync(runtime, snapshot, period, CampaignAnalytics.Compute(snapshot, period).Ranking, asOf, ct);
            if (comparison is null)
            {
                await Console.Error.WriteLineAsync(PreviousYearWords.NoPrevious(snapshot.Campaign.Code));
                return ExitCodes.Rejected;
            }
            Write(parse, options, snapshot, comparison, asOf);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(ParseResult parse, QueryOptions options, CampaignSnapshot snapshot, PreviousYearComparison comparison, DateTimeOffset? asOf)
    {
        var output = Console.Out;
        switch (parse.GetValue(options.Format))
        {
            case "xlsx":
                // The page's download (/exports/previous-year.xlsx) without a cụm, khối chosen: every row.
                WorkbookFile.Write(parse.GetValue(options.Out)!, PreviousYearSheet.Of(snapshot, comparison, comparison.Rows),
                    WorkbookTitle.Of("previous-year", snapshot.Campaign, comparison.Period, asOf));
                return;
            case "csv": PreviousYearCsv.Write(output, comparison); break;
            case "json": output.WriteLine(JsonSerializer.Serialize(comparison, AnalyticsCommands.Json)); break;
            default:
                // The months compared and why, which no row says (CSV and JSON keep their first line the header).
                foreach (var line in PreviousYearTable.Heading(snapshot, comparison, asOf)) output.WriteLine(line);
                output.WriteLine();
                PreviousYearTable.Of(snapshot, comparison).WriteTo(output);
                break;
        }
        output.Flush();
    }
}
