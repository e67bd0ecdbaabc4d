using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Periods.Closing;

/// <summary>
/// "Chốt số liệu" (SPEC §5 "Closed periods"): once a month is closed, an import changing a figure of it or of an earlier
/// month is refused whole, each line naming the lock; the same figures sent again pass; a reopen (with its reason)
/// opens the month and the later ones.
/// </summary>
public sealed class ClosedPeriodImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly DateTimeOffset ClosedAt = new(2025, 4, 5, 2, 0, 0, TimeSpan.Zero); // 05/04/2025 09:00 in Hà Nội

    [Fact]
    public async Task A_closed_month_refuses_changes_with_the_lock_named_on_each_line_passes_the_same_figures_and_opens_again_with_a_reason()
    {
        var clock = new ManualClock(ClosedAt.AddDays(-30));
        await using var runtime = await db.OpenRuntimeAsync(clock);
        await ImportWorld.ImportAsync(runtime, bulk: false);
        clock.Advance(TimeSpan.FromDays(30));
        var periods = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);

        var closed = await periods.CloseAsync(Campaign, new YearMonth(2025, 3), "admin", null);

        closed.Accepted.Should().BeTrue();
        closed.Changed.Should().BeTrue();
        PeriodMessages.State(closed.Locks).Should().Be("Số liệu đã chốt đến hết tháng 03/2025 — admin, 05/04/2025");
        (await periods.CloseAsync(Campaign, new YearMonth(2025, 2), "admin", null)).Changed.Should().BeFalse("February is already closed");

        var before = await DatabaseFingerprint.TakeAsync(db);
        clock.Advance(TimeSpan.FromHours(1));
        var touching = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader
            + "CD2025;D01;AL;2025-01;25;\n"   // a correction of January (10 → 25)
            + "CD2025;D02;AL;2025-02;5;\n"    // a new figure of February
            + "CD2025;D01;AL;2025-04;30;\n"); // April is open: fine on its own

        touching.Accepted.Should().BeFalse();
        touching.Errors.Select(e => e.Line).Should().Equal(2, 3);
        touching.Errors.Should().AllSatisfy(e =>
        {
            e.Column.Should().Be("period");
            e.MessageVi.Should().Contain("đã chốt số liệu (chốt đến hết tháng 03/2025 — admin, 05/04/2025)");
            e.MessageEn.Should().Contain("closed through 2025-03 by admin on 2025-04-05");
        });
        touching.Errors[0].MessageVi.Should().StartWith("Tháng 01/2025 của phong trào CD2025");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before, "a refused file writes nothing");

        var same = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, ImportWorld.Measurements);
        same.Accepted.Should().BeTrue(string.Join("; ", same.Errors));
        same.Unchanged.Should().Be(3);
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before, "the same figures are no change");

        var noReason = await periods.ReopenAsync(Campaign, new YearMonth(2025, 2), "admin", "  ");
        noReason.Accepted.Should().BeFalse();
        noReason.Refusal!.Vi.Should().Contain("cần lý do");
        noReason.Refusal.En.Should().Contain("needs a reason");

        var reopened = await periods.ReopenAsync(Campaign, new YearMonth(2025, 2), "admin", "Phòng D02 báo cáo bổ sung tháng 2");
        reopened.Accepted.Should().BeTrue();
        PeriodMessages.State(reopened.Locks).Should().Be("Số liệu đã chốt đến hết tháng 01/2025 — admin, 05/04/2025",
            "January stays closed by the close that closed it");
        reopened.Locks.History.Select(h => (h.Kind, h.Month)).Should().Equal((PeriodChangeKind.Closed, new YearMonth(2025, 3)), (PeriodChangeKind.Reopened, new YearMonth(2025, 2)));
        reopened.Locks.History[1].Reason.Should().Be("Phòng D02 báo cáo bổ sung tháng 2");

        var february = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D02;AL;2025-02;5;\n");
        february.Accepted.Should().BeTrue(string.Join("; ", february.Errors));
        var january = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-01;25;\n");
        january.Accepted.Should().BeFalse("January is still closed");

        (await periods.ReopenAsync(Campaign, new YearMonth(2025, 5), "admin", "thử")).Refusal!.En.Should().Contain("is not closed");
    }

    [Fact]
    public async Task A_month_outside_the_campaign_or_an_unknown_campaign_is_refused_and_writes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ImportAsync(runtime, bulk: false);
        var periods = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);
        var before = await db.ScalarAsync("select count(*) from es_events");

        var outside = await periods.CloseAsync(Campaign, new YearMonth(2026, 1), "admin", null);
        var unknown = await periods.CloseAsync("KHONG-CO", new YearMonth(2025, 1), "admin", null);

        outside.Accepted.Should().BeFalse();
        outside.Refusal!.Vi.Should().Be("Tháng 01/2026 nằm ngoài thời gian phong trào CD2025 (từ tháng 01/2025 đến tháng 12/2025).");
        outside.Refusal.En.Should().Be("Month 2026-01 is outside campaign CD2025 (2025-01 to 2025-12).");
        unknown.Refusal!.En.Should().Contain("Unknown campaign 'KHONG-CO'");
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }
}
