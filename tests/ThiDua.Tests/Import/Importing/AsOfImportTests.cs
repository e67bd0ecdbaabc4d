using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>Answers "as of" an instant use the events recorded up to then: a correction made later does not show.</summary>
public sealed class AsOfImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Attainment_as_of_an_instant_before_a_correction_shows_the_old_value_and_without_as_of_the_new_one()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 2, 3, 1, 0, 0, TimeSpan.Zero));
        await using var runtime = await db.OpenRuntimeAsync(clock);
        var beforeAnything = clock.GetUtcNow().AddSeconds(-1);
        await ImportWorld.ImportAsync(runtime, bulk: false);
        clock.Advance(TimeSpan.FromHours(1));
        var beforeCorrection = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(1));

        var correction = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-01;25;\n");
        correction.Changed.Should().Be(1);

        var january = new YearMonth(2025, 1);
        var then = await runtime.Analytics.AttainmentAsync(Campaign, january, beforeCorrection.ToOffset(TimeSpan.FromHours(7)));
        var now = await runtime.Analytics.AttainmentAsync(Campaign, january, null);
        then.Rows.Single(r => r.Unit == "D01" && r.Indicator == "AL").Actual.Should().Be(10m);
        now.Rows.Single(r => r.Unit == "D01" && r.Indicator == "AL").Actual.Should().Be(25m);
        var beforeData = () => runtime.Analytics.AttainmentAsync(Campaign, january, beforeAnything);
        (await beforeData.Should().ThrowAsync<ThiDua.Analytics.Querying.QueryRejectedException>())
            .WithMessage("*chưa được nhập vào hệ thống tại thời điểm*was not imported yet as of*ask for a later time*")
            .Which.CampaignUnknown.Should().BeTrue("there is nothing to show then: a 404, as for an unknown campaign");
        var unknown = () => runtime.Analytics.AttainmentAsync("KHONG-CO", january, beforeAnything);
        (await unknown.Should().ThrowAsync<ThiDua.Analytics.Querying.QueryRejectedException>()).WithMessage("*does not exist*");
    }
}
