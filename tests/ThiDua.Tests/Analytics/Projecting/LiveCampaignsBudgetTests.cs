using ThiDua.Analytics.Projecting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>Memory follows the campaigns being recomputed, not the database: past its budget the least recently used campaign is let go.</summary>
public sealed class LiveCampaignsBudgetTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task Past_the_budget_the_least_recently_used_campaign_is_forgotten_and_the_one_just_loaded_kept()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, CampaignsHeader + "CF2025;Phong trào thứ ba;annual;2025-01-01;2025-12-31;;;2025-12;;\n");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Indicators, IndicatorsHeader + "CF2025;AL;Số lớp;lớp;at_least;sum;1\n");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, TargetsHeader + "CF2025;AL;D02;100;;;\n");
        await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CF2025;D02;AL;2025-01;5;\nCF2025;D02;AL;2025-02;6;\n");
        var live = new LiveCampaigns(budget: 3);
        await using var conn = await db.DataSource.OpenConnectionAsync();

        await live.GetAsync(conn, 0, "CD2025", default); // 3 measurements: within the budget
        live.Remembered.Should().BeEquivalentTo(["CD2025"]);
        await live.GetAsync(conn, 0, "CF2025", default); // 2 more: 5 > 3
        live.Remembered.Should().BeEquivalentTo(["CF2025"]);
        await live.GetAsync(conn, 0, "CD2025", default);
        live.Remembered.Should().BeEquivalentTo(["CD2025"]);
    }
}
