using System.CommandLine;
using System.Text.Json;
using ThiDua.Cli.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Exports.Tables;
using ThiDua.UnitHistory;

namespace ThiDua.Cli.UnitHistory;

/// <summary>
/// <c>thidua history --unit U</c>: a unit's record across campaigns (quá trình thi đua), the rows of
/// <c>GET /api/units/{u}/history</c> in its order (newest campaign first) as a table, CSV, JSON or workbook.
/// </summary>
public static class HistoryCommand
{
    public static Command Create()
    {
        var command = new Command("history", "Quá trình thi đua của đơn vị qua các phong trào, các năm / a unit's record across campaigns and years, newest first");
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị (cột code của units.csv) / unit code (units.csv, column code)", Required = true };
        var options = new QueryOptions();
        command.Add(unit);
        options.AddTo(command, withPeriod: false, withCampaign: false);
        command.SetAction((parse, ct) => AnalyticsCommands.RunAsync(parse, options, ct, async runtime =>
        {
            var (code, asOf) = (parse.GetValue(unit)!, parse.GetValue(options.AsOf));
            var query = new UnitHistoryQuery(runtime.DataSource, runtime.Snapshots, runtime.Reader);
            if (await query.LoadAsync(code, asOf, ct) is not { } record)
            {
                // The API's 404 in the same words, with the code one letter away.
                await Console.Error.WriteLineAsync(UnitHistoryWords.NotFound(code, asOf, await query.GuessAsync(code, ct)));
                return ExitCodes.Rejected;
            }
            Write(parse, options, record);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(ParseResult parse, QueryOptions options, UnitRecord record)
    {
        var output = Console.Out;
        switch (parse.GetValue(options.Format))
        {
            case "xlsx":
                WorkbookFile.Write(parse.GetValue(options.Out)!, [UnitHistorySheet.Of(record.Rows)], WorkbookTitle.History(record.Unit, record.AsOf));
                return;
            case "csv": UnitHistoryCsv.Write(output, record.Rows); break;
            case "json": output.WriteLine(JsonSerializer.Serialize(record.Rows, AnalyticsCommands.Json)); break;
            default:
                // The heading names the unit, which no row does (CSV and JSON keep their first line the header).
                output.WriteLine(HistoryTable.Heading(record) + Environment.NewLine);
                if (record.Rows.Count == 0) output.WriteLine("Đơn vị chưa tham gia phong trào thi đua nào / the unit has taken part in no campaign.");
                else HistoryTable.Of(record).WriteTo(output);
                break;
        }
        output.Flush();
    }
}
