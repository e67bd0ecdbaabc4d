using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Periods.Closing;

/// <summary>"As of" a time shows the locks as they stood then: folded from the events, equal to the registry's fold now.</summary>
public sealed class ClosedPeriodAsOfTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task As_of_a_time_between_a_close_and_a_reopen_shows_the_close_and_now_shows_the_reopen()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
        await using var runtime = await db.OpenRuntimeAsync(clock);
        await ImportWorld.ImportAsync(runtime, bulk: false);
        var periods = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);
        var beforeClose = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(4));
        await periods.CloseAsync(Campaign, new YearMonth(2025, 6), "admin", "Sơ kết 6 tháng");
        clock.Advance(TimeSpan.FromDays(1));
        var betweenThem = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(1));
        await periods.ReopenAsync(Campaign, new YearMonth(2025, 5), "admin2", "Sửa số liệu tháng 5");

        var then = await runtime.Snapshots.LoadAsync(Campaign, betweenThem);
        var now = await runtime.Snapshots.LoadAsync(Campaign);
        var nowFolded = await runtime.Snapshots.LoadAsync(Campaign, clock.GetUtcNow().AddMinutes(1));
        var first = await runtime.Snapshots.LoadAsync(Campaign, beforeClose);

        first!.Locks.Current.Should().BeNull();
        PeriodMessages.State(then!.Locks).Should().Be("Số liệu đã chốt đến hết tháng 06/2025 — admin, 05/07/2025");
        PeriodMessages.State(now!.Locks).Should().Be("Số liệu đã chốt đến hết tháng 04/2025 — admin, 05/07/2025");
        nowFolded!.Locks.Should().BeEquivalentTo(now.Locks, "the registry's rows fold like the events");
        now.Locks.History.Should().HaveCount(2);
        now.Locks.History[1].By.Should().Be("admin2");
    }
}
