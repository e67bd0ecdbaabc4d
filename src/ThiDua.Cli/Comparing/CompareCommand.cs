using System.CommandLine;
using System.Text.Json;
using ThiDua.Analytics;
using ThiDua.Cli.Analytics;
using ThiDua.Cli.Common;
using ThiDua.Cli.Usage;
using ThiDua.Comparing;
using ThiDua.Exports.Tables;
using ThiDua.Formatting;

namespace ThiDua.Cli.Comparing;

/// <summary>
/// <c>thidua compare --campaign C --units A,B</c>: so sánh đơn vị — the answer of <c>GET /api/campaigns/{c}/compare</c>
/// (the domain's one reading, <see cref="UnitComparison.Of"/>) as a table, CSV, JSON (the API's object) or the page's
/// workbook. An unknown unit is refused as the API's 404 (exit 1); none, or more than six, is a usage error (exit 2).
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var command = new Command("compare",
            "So sánh đơn vị: tối đa 6 đơn vị cạnh nhau — hạng, điểm, tỷ lệ từng chỉ tiêu / up to 6 units side by side: place, score, each indicator's ratio");
        var options = new QueryOptions();
        var units = new Option<string[]>("--units")
        {
            Description = $"Mã các đơn vị, cách nhau bằng dấu phẩy (tối đa {UnitComparison.MaxUnits}) / unit codes separated by commas (at most {UnitComparison.MaxUnits})",
            HelpName = "A,B",
            Required = true,
        };
        // --units right after --campaign in the help, as it is written on the command line.
        command.Add(options.Campaign);
        command.Add(units);
        options.AddTo(command, withCampaign: false);
        command.Validators.Add(r =>
        {
            if (r.GetResult(units) is not { } given) return; // missing: the option's own "required" error says so
            var codes = UnitChoice.Codes(given.GetValueOrDefault<string[]>() ?? []);
            if (codes.Count == 0)
                UsageMessages.Add(r, $"--units cần ít nhất một mã đơn vị, ví dụ --units MÃ1,MÃ2 (tối đa {UnitComparison.MaxUnits}).",
                    $"--units needs at least one unit code, e.g. --units CODE1,CODE2 (at most {UnitComparison.MaxUnits}).");
            else if (codes.Count > UnitComparison.MaxUnits)
                UsageMessages.Add(r, $"--units: chọn tối đa {UnitComparison.MaxUnits} đơn vị để so sánh (đã chọn {codes.Count}): bỏ bớt đơn vị.",
                    $"--units: choose at most {UnitComparison.MaxUnits} units to compare ({codes.Count} chosen): drop some.");
        });
        command.SetAction((parse, ct) => AnalyticsCommands.RunAsync(parse, options, ct, async runtime =>
        {
            var asOf = parse.GetValue(options.AsOf);
            var (snapshot, period) = await runtime.Analytics.ResolveAsync(parse.GetValue(options.Campaign)!, parse.GetValue(options.Period), asOf, ct);
            var choice = UnitChoice.Parse(parse.GetValue(units) ?? [], snapshot);
            if (choice.Problem is { } problem)
            {
                await Console.Error.WriteLineAsync($"--units ({snapshot.Campaign.Code}): {problem}");
                return ExitCodes.Rejected;
            }
            Write(parse, options, snapshot, UnitComparison.Of(snapshot, CampaignAnalytics.Compute(snapshot, period), choice.Units), asOf);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(ParseResult parse, QueryOptions options, CampaignSnapshot snapshot, UnitComparison comparison, DateTimeOffset? asOf)
    {
        var output = Console.Out;
        switch (parse.GetValue(options.Format))
        {
            case "xlsx":
                // The page's download (/exports/compare.xlsx) for the same units and month.
                WorkbookFile.Write(parse.GetValue(options.Out)!, UnitComparisonSheet.Of(snapshot, comparison),
                    WorkbookTitle.Of("compare", snapshot.Campaign, comparison.Period, asOf));
                return;
            case "csv": UnitComparisonCsv.Write(output, comparison); break;
            case "json": output.WriteLine(JsonSerializer.Serialize(comparison, AnalyticsCommands.Json)); break;
            default:
                output.WriteLine(CompareTable.Heading(snapshot, comparison, asOf));
                output.WriteLine();
                CompareTable.Places(snapshot, comparison).WriteTo(output);
                output.WriteLine();
                if (CompareTable.Indicators(snapshot, comparison) is { } indicators) indicators.WriteTo(output);
                else output.WriteLine($"Tháng {VietnameseDates.MonthNumber(comparison.Period)} không có chỉ tiêu nào được tính cho các đơn vị đã chọn (xem Ghi chú).");
                break;
        }
        output.Flush();
    }
}
