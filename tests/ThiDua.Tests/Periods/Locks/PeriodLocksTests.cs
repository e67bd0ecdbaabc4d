using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Periods.Closing;
using ThiDua.Periods.Locks;
using ThiDua.Periods.Reopening;

namespace ThiDua.Tests.Periods.Locks;

/// <summary>The pure decisions and fold of closing and reopening: what is closed after each, and what is refused.</summary>
public sealed class PeriodLocksTests
{
    private static readonly Campaign Campaign = new("C", "Phong trào", CampaignKind.Annual, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31),
        null, null, null, null, 1.2m);
    private static readonly DateTimeOffset Now = new(2025, 7, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_close_locks_the_month_and_every_earlier_one_and_a_reopen_keeps_the_earlier_months_closed_by_the_same_close()
    {
        var closed = Evolve(PeriodLocks.None, ClosePeriods.Decide(new ClosePeriods("C", new YearMonth(2025, 6), "admin", null), Campaign, PeriodLocks.None, Now));
        var reopened = Evolve(closed, ReopenPeriods.Decide(new ReopenPeriods("C", new YearMonth(2025, 4), "lan", "Sửa số liệu quý II"), Campaign, closed, Now.AddDays(1)));

        closed.IsLocked(new YearMonth(2025, 1)).Should().BeTrue();
        closed.IsLocked(new YearMonth(2025, 6)).Should().BeTrue();
        closed.IsLocked(new YearMonth(2025, 7)).Should().BeFalse();
        reopened.Current.Should().Be(new PeriodLock(new YearMonth(2025, 3), "admin", Now));
        reopened.History.Select(h => h.Kind).Should().Equal(PeriodChangeKind.Closed, PeriodChangeKind.Reopened);
    }

    [Fact]
    public void Reopening_the_first_month_opens_everything_and_closing_a_closed_month_decides_nothing()
    {
        var closed = Evolve(PeriodLocks.None, ClosePeriods.Decide(new ClosePeriods("C", new YearMonth(2025, 3), "admin", null), Campaign, PeriodLocks.None, Now));

        ClosePeriods.Decide(new ClosePeriods("C", new YearMonth(2025, 2), "admin", null), Campaign, closed, Now).Should().Be(PeriodDecision.Nothing);
        var open = Evolve(closed, ReopenPeriods.Decide(new ReopenPeriods("C", new YearMonth(2025, 1), "admin", "Làm lại từ đầu"), Campaign, closed, Now));
        open.Current.Should().BeNull();
        open.IsLocked(new YearMonth(2025, 1)).Should().BeFalse();
    }

    [Theory]
    [InlineData("close", "2024-12", null, "is outside campaign C")]
    [InlineData("close", "2026-01", null, "is outside campaign C")]
    [InlineData("reopen", "2025-02", null, "needs a reason")]
    [InlineData("reopen", "2025-02", " ", "needs a reason")]
    [InlineData("reopen", "2025-05", "lý do", "is not closed")]
    public void What_is_refused_says_why_in_both_languages(string verb, string month, string? reason, string english)
    {
        var closed = Evolve(PeriodLocks.None, ClosePeriods.Decide(new ClosePeriods("C", new YearMonth(2025, 3), "admin", null), Campaign, PeriodLocks.None, Now));
        var m = YearMonth.Parse(month);

        var decision = verb == "close"
            ? ClosePeriods.Decide(new ClosePeriods("C", m, "admin", reason), Campaign, closed, Now)
            : ReopenPeriods.Decide(new ReopenPeriods("C", m, "admin", reason), Campaign, closed, Now);

        decision.Event.Should().BeNull();
        decision.Refusal!.En.Should().Contain(english);
        decision.Refusal.Vi.Should().NotBeNullOrWhiteSpace();
    }

    private static PeriodLocks Evolve(PeriodLocks locks, PeriodDecision decision) => decision.Event switch
    {
        PeriodsClosed c => locks.Evolve(c.ToChange()),
        PeriodsReopened r => locks.Evolve(r.ToChange()),
        _ => throw new InvalidOperationException("no event"),
    };
}
