using ThiDua.Dashboards;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Reports.Scheduled;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports.Scheduled;

/// <summary>
/// A monthly run that stands for an earlier instant than it runs at — missed while every node was down, retried, made
/// up — reports the campaigns there were at that instant: one imported after it is passed over, not a failed run
/// retried four times.
/// </summary>
public sealed class MissedMonthlyRunTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "thidua-missed-monthly-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Fact]
    public async Task A_campaign_imported_after_the_runs_cut_off_is_passed_over_and_the_others_are_written()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await Import(runtime, ImportKind.Units, "code,name,kind,parent,cluster\nMM-1,Phòng Kế hoạch,collective,,K1\n");
        await ImportCampaign(runtime, "MMA");
        var cutOff = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await ImportCampaign(runtime, "MMB"); // imported after 07:00, before the run made up at 10:30
        var reports = new ScheduledReports(new ReportService(runtime, ChromiumPdfPrinter.Default(),
            new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"))), runtime, _folder);
        var month = new YearMonth(ThisYear, 1);

        await reports.GenerateMonthlyAsync(month, cutOff, CancellationToken.None);

        ReportFolder.List(_folder).Select(r => r.Manifest.Campaign).Should().Equal($"MMA{ThisYear}");
    }

    private static async Task ImportCampaign(Hosting.ThiDuaRuntime runtime, string code)
    {
        var c = code + ThisYear;
        await Import(runtime, ImportKind.Campaigns, $"code,name,kind,start,end\n{c},Phong trào {code},annual,{ThisYear}-01-01,{ThisYear}-12-31\n");
        await Import(runtime, ImportKind.Indicators, $"campaign,code,name,uom,direction,aggregation,weight\n{c},{code}-I1,Hồ sơ đúng hạn,%,at_least,latest,1\n");
        await Import(runtime, ImportKind.Targets, $"campaign,indicator,unit,target\n{c},{code}-I1,MM-1,95\n");
    }

    private static async Task Import(Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, culture: NumberCulture.En);
        outcome.Errors.Should().BeEmpty();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
