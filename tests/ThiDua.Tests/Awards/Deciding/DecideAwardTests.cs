using ThiDua.Awards.Deciding;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>The pure decision: the same decision again records nothing; any difference (decision, number, date, note) is a new one.</summary>
public sealed class DecideAwardTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 2, 0, 0, TimeSpan.Zero);
    private static readonly DecideAward Approve = new("C", "GK", "D01", AwardDecision.Approved, "15/QĐ-SNV", new DateOnly(2026, 1, 15), null, "lan");

    [Fact]
    public void The_same_decision_by_someone_else_later_records_nothing_and_a_changed_one_is_recorded()
    {
        var first = DecideAward.Decide(Approve, null, Now)!;
        var current = first.ToRecord();

        DecideAward.Decide(Approve with { DecidedBy = "minh" }, current, Now.AddDays(1)).Should().BeNull();
        DecideAward.Decide(Approve with { Decision = AwardDecision.Deferred }, current, Now.AddDays(1))!.Decision.Should().Be(AwardDecision.Deferred);
        DecideAward.Decide(Approve with { Reference = "16/QĐ-SNV" }, current, Now.AddDays(1)).Should().NotBeNull();
        DecideAward.Decide(Approve with { Note = "bổ sung" }, current, Now.AddDays(1)).Should().NotBeNull();
        AwardDecisions.Current([current, current with { Decision = AwardDecision.Rejected }])[("GK", "D01")].Decision.Should().Be(AwardDecision.Rejected);
    }
}
