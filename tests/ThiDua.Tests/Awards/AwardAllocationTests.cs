using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Awards;

public class AwardAllocationTests
{
    // Excellent individuals scored by one indicator (value = score), judged on form "GK".
    private static SnapshotBuilder People(params (string Code, decimal Score)[] people)
    {
        var builder = new SnapshotBuilder();
        foreach (var (code, score) in people) builder.Individual(code).Scored(code, score).Rating(code, Rating.Excellent);
        return builder;
    }

    private static IEnumerable<(string, AwardStatus)> Statuses(SnapshotBuilder builder, int quota) =>
        CampaignAnalytics.Awards(builder.Form("GK", AwardRecipient.Individual, quota: quota).Build())
            .Select(r => (r.Unit, r.Status));

    [Fact]
    public void A_tie_across_the_quota_line_goes_to_the_council_better_proposed_worse_over_quota() =>
        // Quota 2: place 2 (90) equals place 3 (90).
        Statuses(People(("A", 100m), ("B", 90m), ("C", 90m), ("D", 80m)), quota: 2).Should().Equal(
            ("A", AwardStatus.Proposed),
            ("B", AwardStatus.TieAtQuota),
            ("C", AwardStatus.TieAtQuota),
            ("D", AwardStatus.EligibleOverQuota));

    [Fact]
    public void A_tie_that_starts_above_the_quota_line_takes_the_whole_tied_block() =>
        // Quota 2 with 90, 90, 90: places 1–3 share the key at place 2 → all three tie, nobody proposed.
        Statuses(People(("A", 90m), ("B", 90m), ("C", 90m)), quota: 2).Should().OnlyContain(s => s.Item2 == AwardStatus.TieAtQuota);

    [Fact]
    public void Without_a_tie_at_the_line_the_first_quota_are_proposed() =>
        Statuses(People(("A", 100m), ("B", 90m), ("C", 90m)), quota: 1).Should().Equal(
            ("A", AwardStatus.Proposed),
            ("B", AwardStatus.EligibleOverQuota),
            ("C", AwardStatus.EligibleOverQuota));

    [Fact]
    public void A_tie_below_the_quota_line_changes_nothing() =>
        Statuses(People(("A", 90m), ("B", 90m), ("C", 80m)), quota: 2).Should().Equal(
            ("A", AwardStatus.Proposed), ("B", AwardStatus.Proposed), ("C", AwardStatus.EligibleOverQuota));

    [Fact]
    public void Fewer_eligible_than_the_quota_are_all_proposed() =>
        Statuses(People(("A", 10m)), quota: 3).Should().Equal(("A", AwardStatus.Proposed));

    [Fact]
    public void Quota_0_proposes_nobody() =>
        Statuses(People(("A", 100m), ("B", 90m)), quota: 0).Should().OnlyContain(s => s.Item2 == AwardStatus.EligibleOverQuota);

    [Fact]
    public void Equal_scores_are_split_by_indicators_met()
    {
        // A: 1.0 and 0.6 → 80, met 1; B: 0.8 and 0.8 → 80, met 0.
        var builder = People().Individual("A").Rating("A", Rating.Excellent).Scored("A", 100m, "I1").Scored("A", 60m, "I2")
            .Individual("B").Rating("B", Rating.Excellent).Scored("B", 80m, "I1").Scored("B", 80m, "I2");
        Statuses(builder, quota: 1).Should().Equal(("A", AwardStatus.Proposed), ("B", AwardStatus.EligibleOverQuota));
    }

    [Fact]
    public void Equal_score_and_met_are_split_by_initiative_yes_first()
    {
        var builder = new SnapshotBuilder()
            .Individual("A").Scored("A", 90m).Rating("A", Rating.Excellent)
            .Individual("B").Scored("B", 90m).Rating("B", Rating.Excellent, initiative: true);
        Statuses(builder, quota: 1).Should().Equal(("B", AwardStatus.Proposed), ("A", AwardStatus.EligibleOverQuota));
    }

    [Fact]
    public void Candidates_without_targets_count_as_score_0_and_tie_with_each_other()
    {
        var builder = new SnapshotBuilder()
            .Individual("A").Rating("A", Rating.Excellent)
            .Individual("B").Rating("B", Rating.Excellent)
            .Individual("C").Scored("C", 1m).Rating("C", Rating.Excellent);
        Statuses(builder, quota: 2).Should().Equal(
            ("C", AwardStatus.Proposed), ("A", AwardStatus.TieAtQuota), ("B", AwardStatus.TieAtQuota));
    }

    [Fact]
    public void A_place_without_a_score_says_the_candidate_has_no_targets_and_counts_as_0()
    {
        // Three with initiative proposed; three without share place 4 with an empty score — the reason says why.
        var builder = new SnapshotBuilder();
        foreach (var code in new[] { "A", "B", "C" }) builder.Individual(code).Rating(code, Rating.Excellent, initiative: true);
        foreach (var code in new[] { "D", "E", "F" }) builder.Individual(code).Rating(code, Rating.Excellent);
        var rows = CampaignAnalytics.Awards(builder.Form("GK", AwardRecipient.Individual, quota: 3).Build());
        var over = rows.Where(r => r.Status == AwardStatus.EligibleOverQuota).ToList();
        over.Select(r => r.Unit).Should().Equal("D", "E", "F");
        over.Should().OnlyContain(r => r.Score == null && r.Reasons.Single(x => x.Code == AwardReasons.OverQuotaCode).Vietnamese ==
            "Đủ tiêu chuẩn nhưng xếp thứ 4, ngoài số lượng được khen (3) — chưa có điểm (không được giao chỉ tiêu), xếp như 0 điểm");
        rows.Where(r => r.Status == AwardStatus.Proposed).Should().OnlyContain(r =>
            r.Reasons.Single(x => x.Code == AwardReasons.WithinQuotaCode).English.EndsWith("(no score: no targets, placed as 0)"));
    }

    [Fact]
    public void A_place_with_a_score_does_not_mention_one_missing() =>
        CampaignAnalytics.Awards(People(("A", 100m), ("B", 90m)).Form("GK", AwardRecipient.Individual, quota: 1).Build())
            .SelectMany(r => r.Reasons).Should().NotContain(r => r.Vietnamese.Contains("chưa có điểm") || r.English.Contains("no score"));

    [Fact]
    public void Ineligible_candidates_do_not_take_quota_places()
    {
        var builder = People(("B", 90m)).Individual("A").Scored("A", 100m).Rating("A", Rating.Good);
        Statuses(builder, quota: 1).Should().Equal(("B", AwardStatus.Proposed), ("A", AwardStatus.Ineligible));
    }

    [Fact]
    public void Forms_are_judged_independently_and_listed_by_code()
    {
        var snapshot = People(("A", 100m), ("B", 90m))
            .Form("Z", AwardRecipient.Individual, quota: 1)
            .Form("A", AwardRecipient.Individual, quota: 2).Build();
        CampaignAnalytics.Awards(snapshot).Select(r => (r.Form, r.Unit, r.Status)).Should().Equal(
            ("A", "A", AwardStatus.Proposed), ("A", "B", AwardStatus.Proposed),
            ("Z", "A", AwardStatus.Proposed), ("Z", "B", AwardStatus.EligibleOverQuota));
    }

    [Fact]
    public void A_form_for_any_recipient_ranks_collectives_and_individuals_together()
    {
        var snapshot = new SnapshotBuilder()
            .Unit("T").Scored("T", 95m).Individual("M", parent: "T").Scored("M", 100m).Rating("M", Rating.Excellent)
            .Form("X", AwardRecipient.Any, quota: 1).Build();
        // T's target (0.95) is not met, so T is ineligible whatever its score.
        CampaignAnalytics.Awards(snapshot).Select(r => (r.Unit, r.RecipientKind, r.Status)).Should().Equal(
            ("M", ThiDua.Units.UnitKind.Individual, AwardStatus.Proposed),
            ("T", ThiDua.Units.UnitKind.Collective, AwardStatus.Ineligible));
    }

    [Fact]
    public void Rows_are_ordered_by_status_then_score_descending_empty_last_then_unit()
    {
        var snapshot = new SnapshotBuilder()
            .Individual("E").Rating("E", Rating.Good)                              // ineligible, no score
            .Individual("D").Scored("D", 50m).Rating("D", Rating.Good)             // ineligible, 50
            .Individual("C").Scored("C", 50m).Rating("C", Rating.Completed)        // ineligible, 50
            .Individual("B").Rating("B", Rating.Excellent)                         // over quota, no score
            .Individual("A").Scored("A", 60m).Rating("A", Rating.Excellent)        // proposed
            .Form("GK", AwardRecipient.Individual, quota: 1).Build();
        CampaignAnalytics.Awards(snapshot).Select(r => r.Unit).Should().Equal("A", "B", "C", "D", "E");
    }

    [Fact]
    public void Awards_use_the_final_month_not_the_latest_data()
    {
        // Sum indicator T = 12, 1 a month reported through June: at December the actual is 6 → 0.5.
        var builder = new SnapshotBuilder().Individual("P").Rating("P", Rating.Excellent)
            .Indicator("S", aggregation: ThiDua.Indicators.Aggregation.Sum).Target("P", "S", 12m);
        for (var m = 1; m <= 6; m++) builder.Measure("P", "S", $"2024-{m:D2}", 1m);
        CampaignAnalytics.Awards(builder.Form("GK", AwardRecipient.Individual).Build()).Single().Score.Should().Be(50m);
    }
}
