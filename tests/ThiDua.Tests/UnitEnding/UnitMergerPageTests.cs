using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;
using ThiDua.Security;
using ThiDua.Tests.Analytics.Projecting;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A commune merged into another from July: its page said only that it had ended, and the commune that took it over
/// said nothing of it, so its past could not be followed. Both pages now link each other — the campaign's unit pages
/// the units' records across years, the tree and the registrations — and as of a time before the merger neither does.
/// </summary>
public sealed class UnitMergerPageTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_merged_unit_and_the_unit_that_took_it_over_link_each_other()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, 33, collectives: 3);
        foreach (var batch in campaign.MeasurementBatches) await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, batch);
        var (merged, successor) = TwoCollectivesWithTargets(campaign);
        var before = runtime.Clock.GetUtcNow();
        await Task.Delay(10);
        await RebuildTests.ImportAsync(runtime, ImportKind.Units, WithMerger(campaign.Units, merged, "07/2024", successor));
        await runtime.Daemon.CatchUpAsync();
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "merger-viewer", Role.Viewer));
        var c = campaign.Code;

        (await client.GetStringAsync($"/campaigns/{c}/units/{merged}?period=2024-06")).Should()
            .Contain($"ngừng hoạt động từ tháng 07/2024, sáp nhập vào <a href=\"/campaigns/{c}/units/{successor}\">Đơn vị {successor}</a>");
        (await client.GetStringAsync($"/campaigns/{c}/units/{successor}")).Should()
            .Contain($"tiếp nhận <a href=\"/campaigns/{c}/units/{merged}\">Đơn vị {merged}</a> (từ tháng 07/2024)");
        (await client.GetStringAsync($"/units/{merged}")).Should()
            .Contain($"Đơn vị ngừng hoạt động từ tháng 07/2024, sáp nhập vào <a href=\"/units/{successor}\">Đơn vị {successor}</a>.");
        (await client.GetStringAsync($"/units/{successor}")).Should()
            .Contain($"Đơn vị đã tiếp nhận <a href=\"/units/{merged}\">Đơn vị {merged}</a> (từ tháng 07/2024)");
        var link = $"sáp nhập vào <a href=\"/campaigns/{c}/units/{successor}\">Đơn vị {successor}</a>";
        (await client.GetStringAsync($"/campaigns/{c}/tree?period=2024-09")).Should().Contain($"(ngừng hoạt động từ tháng 07/2024, {link})", "its people still exist under it");
        (await client.GetStringAsync($"/campaigns/{c}/registrations")).Should().Contain($"· ngừng hoạt động từ tháng 07/2024, {link}");

        var asOf = "?asOf=" + Uri.EscapeDataString(VietnameseDates.Iso(before));
        (await client.GetStringAsync($"/units/{successor}{asOf}")).Should().NotContain("tiếp nhận <a");
        (await client.GetStringAsync($"/units/{merged}{asOf}")).Should().NotContain("sáp nhập vào <a");
    }

    /// <summary>The first two collectives the generated campaign assigns targets to.</summary>
    private static (string, string) TwoCollectivesWithTargets(RandomCampaign campaign)
    {
        var units = campaign.Targets.Split('\n').Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 2 && !f[2].Contains("-P"))
            .Select(f => f[2]).Distinct().Take(2).ToList();
        units.Should().HaveCount(2);
        return (units[0], units[1]);
    }

    /// <summary>The generated units.csv with <c>ended</c> and <c>merged_into</c> columns, filled on <paramref name="unit"/>'s row only.</summary>
    private static string WithMerger(string units, string unit, string month, string successor) => string.Join("\n", units.TrimEnd('\n').Split('\n')
        .Select((line, i) => i == 0 ? line + ",ended,merged_into" : line + (line.StartsWith(unit + ",", StringComparison.Ordinal) ? $",{month},{successor}" : ",,"))) + "\n";
}
