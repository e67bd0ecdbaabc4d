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
/// Without <c>--as-of</c> the cut-off is the default of <see cref="ReportCutOff"/>.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Báo cáo thi đua (HTML + PDF) / campaign reports (HTML + PDF)");

        var monthly = new Command("monthly", "Báo cáo tiến độ hằng tháng / monthly progress report");
        var m = new ReportOptionSet();
        m.AddTo(monthly, withMonth: true);
        monthly.SetAction((parse, ct) => RunAsync(parse, m, ct, (service, outDir) =>
        {
            var month = parse.GetValue(m.Month)!.Value;
            return service.GenerateMonthlyAsync(parse.GetValue(m.Campaign)!, month, parse.GetValue(m.AsOf) ?? ReportCutOff.Monthly(month), outDir, ct);
        }));

        var summary = new Command("summary", "Báo cáo tổng kết, đề xuất khen thưởng / year-end summary with award proposals");
        var s = new ReportOptionSet();
        s.AddTo(summary, withMonth: false);
        summary.SetAction((parse, ct) => RunAsync(parse, s, ct, async (service, outDir) =>
        {
            var campaign = parse.GetValue(s.Campaign)!;
            // The default cut-off depends on the campaign's final review: read its definition first.
            var cutOff = parse.GetValue(s.AsOf) ?? await service.DefaultSummaryCutOffAsync(campaign, ct);
            return await service.GenerateSummaryAsync(campaign, cutOff, outDir, ct);
        }));

        report.Add(monthly);
        report.Add(summary);
        return report;
    }

    private static async Task<int> RunAsync(ParseResult parse, ReportOptionSet options, CancellationToken ct,
        Func<ReportService, string, Task<GeneratedReport>> generate)
    {
        await using var runtime = await Runtime.OpenAsync(parse, ct);
        var service = new ReportService(runtime, ChromiumPdfPrinter.Default(), DashboardCatalog.Default());
        try
        {
            var written = await generate(service, parse.GetValue(options.Out)!.FullName);
            foreach (var file in written.Files) Console.WriteLine(file);
            if (written.Manifest.PdfProblem is not { } problem) return ExitCodes.Success;
            Console.Error.WriteLine(problem);
            return ExitCodes.Rejected;
        }
        catch (QueryRejectedException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Rejected;
        }
    }
}
