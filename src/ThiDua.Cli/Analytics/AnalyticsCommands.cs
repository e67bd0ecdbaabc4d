using System.CommandLine;
using System.Text.Json;
using ThiDua.Analytics.Output;
using ThiDua.Analytics.Querying;
using ThiDua.Cli.Common;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Cli.Analytics;

/// <summary><c>thidua attainment|ranking|awards</c>: the numbers of SPEC §3–§4 as a table, CSV or JSON; <c>submissions</c>, who has sent a month's figures.</summary>
public static class AnalyticsCommands
{
    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<Command> Create()
    {
        var attainment = new Command("attainment", "Tỷ lệ hoàn thành chỉ tiêu / attainment per unit and indicator");
        var a = new QueryOptions();
        a.AddTo(attainment);
        attainment.SetAction((parse, ct) => RunAsync(parse, a, ct, async (q, o) =>
        {
            var answer = await q.AttainmentAsync(parse.GetValue(o.Campaign)!, parse.GetValue(o.Period), parse.GetValue(o.AsOf), ct);
            Write(parse, o, answer, AnalyticsCsv.WriteAttainment, rows => AnalyticsTables.Attainment(answer), AnalyticsSheets.Attainment);
        }));

        var ranking = new Command("ranking", "Xếp hạng trong cụm, khối / ranking within clusters");
        var r = new QueryOptions();
        r.AddTo(ranking);
        ranking.SetAction((parse, ct) => RunAsync(parse, r, ct, async (q, o) =>
        {
            var answer = await q.RankingAsync(parse.GetValue(o.Campaign)!, parse.GetValue(o.Period), parse.GetValue(o.AsOf), ct);
            Write(parse, o, answer, AnalyticsCsv.WriteRanking, rows => AnalyticsTables.Ranking(answer), AnalyticsSheets.Ranking);
        }));

        var awards = new Command("awards", "Đề xuất khen thưởng / award candidates");
        var w = new QueryOptions();
        w.AddTo(awards, withPeriod: false);
        awards.SetAction((parse, ct) => RunAsync(parse, w, ct, async (q, o) =>
        {
            var answer = await q.AwardsAsync(parse.GetValue(o.Campaign)!, parse.GetValue(o.AsOf), ct);
            Write(parse, o, answer, AnalyticsCsv.WriteAwards, rows => AnalyticsTables.Awards(answer), AnalyticsSheets.Awards);
            if (answer.Snapshot.AwardForms.Count == 0) await Console.Error.WriteLineAsync(NoAwardForms.Note(answer.Snapshot.Campaign.Code));
        }));
        var submissions = new Command("submissions", "Tình hình báo cáo số liệu tháng / who has sent the month's figures, what each unit owes");
        var s = new QueryOptions();
        s.AddTo(submissions);
        submissions.SetAction((parse, ct) => RunAsync(parse, s, ct, async (q, o) =>
        {
            var answer = await q.SubmissionsAsync(parse.GetValue(o.Campaign)!, parse.GetValue(o.Period), parse.GetValue(o.AsOf), ct);
            Write(parse, o, answer, AnalyticsCsv.WriteSubmissions, rows => AnalyticsTables.Submissions(answer),
                rows => [SubmissionSheet.Of(answer.Snapshot, answer.Period, rows)], AnalyticsTables.SubmissionsHeading(answer));
        }));
        return [attainment, ranking, awards, submissions];
    }

    private static Task<int> RunAsync(ParseResult parse, QueryOptions options, CancellationToken ct, Func<AnalyticsQueries, QueryOptions, Task> body) =>
        RunAsync(parse, options, ct, async runtime =>
        {
            await body(runtime.Analytics, options);
            return ExitCodes.Success;
        });

    /// <summary>A query's run (<c>thidua history</c>'s too): the workbook's destination checked first, then the answers
    /// to a rejected question, an unwritable workbook and a full disk as exit 1, each in both languages.</summary>
    internal static async Task<int> RunAsync(ParseResult parse, QueryOptions options, CancellationToken ct, Func<ThiDua.Hosting.ThiDuaRuntime, Task<int>> body)
    {
        var workbook = parse.GetValue(options.Format) == "xlsx" ? parse.GetValue(options.Out)?.FullName : null;
        if (workbook is not null && OutputProblem.Before(workbook, OutputKind.Workbook) is { } wrong)
        {
            Console.Error.WriteLine(wrong);
            return ExitCodes.Rejected;
        }
        await using var runtime = await Runtime.OpenAsync(parse, ct);
        try
        {
            return await body(runtime);
        }
        catch (QueryRejectedException e)
        {
            Console.Error.WriteLine(await QueryRejection.DescribeAsync(e, runtime, ct));
            return ExitCodes.Rejected;
        }
        catch (Exception e) when (workbook is not null && OutputProblem.Is(e))
        {
            Console.Error.WriteLine(OutputProblem.Describe(e, workbook, OutputKind.Workbook));
            return ExitCodes.Rejected;
        }
        catch (IOException e) when (workbook is null && ThiDua.Hosting.FileSystemErrors.IsDiskFull(e))
        {
            Console.Error.WriteLine(OutputProblem.StandardOutputFull());
            return ExitCodes.Rejected;
        }
    }

    private static void Write<T>(ParseResult parse, QueryOptions options, AnalyticsAnswer<T> answer, Action<TextWriter, IEnumerable<T>> csv,
        Func<IReadOnlyList<T>, TextTable> table, Func<IReadOnlyList<T>, IReadOnlyList<XlsxSheet>> sheets, string? heading = null)
    {
        var (output, rows) = (Console.Out, answer.Rows);
        switch (parse.GetValue(options.Format))
        {
            case "xlsx":
                // The command's name is the table's (ranking, attainment, awards), as the web downloads name theirs.
                WorkbookFile.Write(parse.GetValue(options.Out)!, sheets(rows), WorkbookTitle.Of(parse.CommandResult.Command.Name, answer.Snapshot.Campaign, answer.Period, answer.AsOf));
                return;
            case "csv": csv(output, rows); break;
            case "json": output.WriteLine(JsonSerializer.Serialize(rows, Json)); break;
            default:
                // The table alone (CSV and JSON are read by scripts and keep their first line the header).
                if (heading is not null) output.WriteLine(heading + Environment.NewLine);
                table(rows).WriteTo(output);
                break;
        }
        output.Flush();
    }
}
