using System.CommandLine;
using ThiDua.Analytics.Querying;
using ThiDua.Cli.Common;
using ThiDua.Dashboards;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;

namespace ThiDua.Cli.Reporting;

/// <summary>
/// <c>thidua report monthly --campaign C --month YYYY-MM --out DIR [--as-of T]</c> and
/// <c>thidua report summary --campaign C --out DIR [--as-of T]</c>: HTML + PDF + JSON sidecar.
/// Without <c>--as-of</c> the cut-off is the moment the command runs: statistics for a month usually arrive after
/// it ends, so the scheduled job's cut-off (<see cref="ReportCutOff"/>) would leave them out of a report asked for later.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Báo cáo thi đua (HTML, PDF), hồ sơ khen thưởng (Word) / campaign reports (HTML, PDF), award dossiers (Word)");

        var monthly = new Command("monthly", "Báo cáo tiến độ hằng tháng / monthly progress report");
        var m = new ReportOptionSet();
        m.AddTo(monthly, withMonth: true);
        monthly.SetAction((parse, ct) => RunAsync(parse, m, ct, (service, outDir, cutOff) =>
            service.GenerateMonthlyAsync(parse.GetValue(m.Campaign)!, parse.GetValue(m.Month)!.Value, cutOff, outDir, ct)));

        var summary = new Command("summary", "Báo cáo tổng kết, đề xuất khen thưởng / end-of-campaign summary with award proposals");
        var s = new ReportOptionSet();
        s.AddTo(summary, withMonth: false);
        summary.SetAction((parse, ct) => RunAsync(parse, s, ct, (service, outDir, cutOff) =>
            service.GenerateSummaryAsync(parse.GetValue(s.Campaign)!, cutOff, outDir, ct)));

        report.Add(monthly);
        report.Add(summary);
        report.Add(DossierCommand.Create());
        return report;
    }

    private static async Task<int> RunAsync(ParseResult parse, ReportOptionSet options, CancellationToken ct,
        Func<ReportService, string, DateTimeOffset, Task<GeneratedReport>> generate)
    {
        var outDir = parse.GetValue(options.Out)!.FullName;
        if (OutputProblem.Before(outDir, OutputKind.Folder) is { } wrong)
        {
            Console.Error.WriteLine(wrong);
            return ExitCodes.Rejected;
        }
        await using var runtime = await Runtime.OpenAsync(parse, ct);
        var service = new ReportService(runtime, ChromiumPdfPrinter.Default(), DashboardCatalog.Default());
        try
        {
            if (AskedCutOff.Choose(parse.GetValue(options.AsOf), runtime.Clock, Console.Error) is not { } cutOff) return ExitCodes.Usage;
            var written = await generate(service, outDir, cutOff);
            foreach (var file in written.Files) Console.WriteLine(file);
            if (written.Manifest.PdfProblem is not { } problem) return ExitCodes.Success;
            Console.Error.WriteLine(problem);
            return ExitCodes.Rejected;
        }
        catch (QueryRejectedException e)
        {
            Console.Error.WriteLine(await QueryRejection.DescribeAsync(e, runtime, ct));
            return ExitCodes.Rejected;
        }
        catch (Exception e) when (OutputProblem.Is(e))
        {
            Console.Error.WriteLine(OutputProblem.Describe(e, outDir, OutputKind.Folder));
            return ExitCodes.Rejected;
        }
    }
}
