using ThiDua.Dashboards;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>A product database with the five seed campaigns imported on 1 Dec 2020 (before any report's cut-off), and its runtime.</summary>
public sealed class SeededReportDatabase : ProductDatabase, IAsyncLifetime
{
    public static DateTimeOffset SeedTime { get; } = new(2020, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public ManualClock Clock { get; } = new(SeedTime);

    public ThiDuaRuntime Runtime { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Runtime = await OpenRuntimeAsync(Clock);
        await ImportSeedAsync(Runtime);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await DisposeAsync();
    }

    /// <summary>The clock moved to <paramref name="at"/>, the admin closes <paramref name="campaign"/> through <paramref name="month"/>.</summary>
    public async Task CloseAsync(string campaign, YearMonth month, DateTimeOffset at)
    {
        Clock.Advance(at - Clock.GetUtcNow());
        (await new PeriodLockWriter(Runtime.DataSource, Runtime.Store, Runtime.Clock)
            .CloseAsync(campaign, month, "thidua.admin", "Tổng kết đợt thi đua")).Accepted.Should().BeTrue();
    }

    public ReportService Service(IPdfPrinter? printer = null) =>
        new(Runtime, printer ?? ReportTools.Chromium(), new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards")));
}
