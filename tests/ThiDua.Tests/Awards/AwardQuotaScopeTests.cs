using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Awards;

/// <summary>SPEC §4 v2: a quota per cluster ("Cờ thi đua cho đơn vị dẫn đầu cụm, khối"), and no quota at all.</summary>
public class AwardQuotaScopeTests
{
    private static SnapshotBuilder Person(SnapshotBuilder builder, string code, decimal? score, string? cluster = null, bool initiative = false)
    {
        builder.Unit(code, ThiDua.Units.UnitKind.Individual, cluster);
        if (score is { } s) builder.Scored(code, s);
        return builder.Rating(code, Rating.Excellent, initiative: initiative);
    }

    private static IReadOnlyList<AwardRow> Judge(SnapshotBuilder builder, int? quota, AwardQuotaScope scope) =>
        CampaignAnalytics.Awards(builder.Form("CO", AwardRecipient.Individual, quota: quota, scope: scope).Build());

    [Fact]
    public void A_cluster_scoped_quota_allocates_each_cluster_on_its_own_with_a_tie_inside_one_cluster()
    {
        var builder = new SnapshotBuilder();
        Person(builder, "A", 90m, "K1");
        Person(builder, "B", 90m, "K1");
        Person(builder, "C", 80m, "K1");
        Person(builder, "D", 70m, "K2");
        Person(builder, "E", 60m, "K2");
        Person(builder, "F", 50m);
        var rows = Judge(builder, 1, AwardQuotaScope.Cluster);

        // K1's place 1 is shared by A and B (the council decides); K2 and the units without a cluster propose their best,
        // though D's 70 and F's 50 are below C's 80 in K1.
        rows.Select(r => (r.Unit, r.Status, r.Cluster)).Should().BeEquivalentTo(new[]
        {
            ("A", AwardStatus.TieAtQuota, (string?)"K1"), ("B", AwardStatus.TieAtQuota, "K1"), ("C", AwardStatus.EligibleOverQuota, "K1"),
            ("D", AwardStatus.Proposed, "K2"), ("E", AwardStatus.EligibleOverQuota, "K2"),
            ("F", AwardStatus.Proposed, null),
        });
        // The contract's order stands: status, then score descending.
        rows.Select(r => r.Unit).Should().Equal("D", "F", "A", "B", "C", "E");
        rows.Single(r => r.Unit == "D").Reasons.Select(x => x.Vietnamese).Should()
            .Contain("Xếp thứ 1 trong cụm, khối K2, trong số lượng được khen (1 của cụm, khối K2)");
    }

    [Fact]
    public void A_campaign_wide_quota_leaves_the_cluster_column_empty()
    {
        var builder = new SnapshotBuilder();
        Person(builder, "A", 90m, "K1");
        Person(builder, "D", 70m, "K2");
        Judge(builder, 1, AwardQuotaScope.Campaign).Select(r => (r.Unit, r.Status, r.Cluster)).Should().Equal(
            ("A", AwardStatus.Proposed, (string?)null), ("D", AwardStatus.EligibleOverQuota, null));
    }

    [Fact]
    public void An_empty_quota_proposes_every_eligible_candidate_and_no_one_else()
    {
        var builder = new SnapshotBuilder();
        Person(builder, "A", 90m);
        Person(builder, "B", 10m);
        Person(builder, "C", null);
        builder.Individual("X").Scored("X", 100m).Rating("X", Rating.Good);
        var rows = Judge(builder, null, AwardQuotaScope.Campaign);

        rows.Select(r => (r.Unit, r.Status)).Should().Equal(
            ("A", AwardStatus.Proposed), ("B", AwardStatus.Proposed), ("C", AwardStatus.Proposed), ("X", AwardStatus.Ineligible));
        rows[0].Reasons.Select(x => x.Code).Should().Equal(AwardReasons.MeetsCriteriaCode, AwardReasons.NoQuotaCode);
    }

    [Fact]
    public void Candidates_without_targets_that_tie_share_a_place()
    {
        var builder = new SnapshotBuilder();
        Person(builder, "C", 1m);
        Person(builder, "A", null);
        Person(builder, "B", null);
        var rows = Judge(builder, null, AwardQuotaScope.Campaign);
        rows.Select(r => (r.Unit, r.Reasons[1].Vietnamese)).Should().Equal(
            ("C", "Xếp thứ 1; hình thức không giới hạn số lượng"),
            ("A", "Xếp thứ 2; hình thức không giới hạn số lượng — chưa có điểm (không được giao chỉ tiêu), xếp như 0 điểm"),
            ("B", "Xếp thứ 2; hình thức không giới hạn số lượng — chưa có điểm (không được giao chỉ tiêu), xếp như 0 điểm"));
    }

    [Fact]
    public void A_last_place_decided_by_the_initiative_says_so_on_both_sides()
    {
        var builder = new SnapshotBuilder();
        Person(builder, "A", 90m);
        Person(builder, "B", 90m, initiative: true);
        builder.Unit("A", ThiDua.Units.UnitKind.Individual, name: "Nguyễn Văn A").Unit("B", ThiDua.Units.UnitKind.Individual, name: "Trần Thị B");
        var rows = Judge(builder, 1, AwardQuotaScope.Campaign);

        rows.Select(r => (r.Unit, r.Status)).Should().Equal(("B", AwardStatus.Proposed), ("A", AwardStatus.EligibleOverQuota));
        rows[0].Reasons.Select(x => x.Vietnamese).Should().Contain("Bằng điểm 90,00 với Nguyễn Văn A (A); xếp trên nhờ có sáng kiến");
        rows[1].Reasons.Select(x => x.Vietnamese).Should().Contain("Bằng điểm 90,00 với Trần Thị B (B); xếp dưới vì không có sáng kiến");
        rows[0].Reasons.Select(x => x.English).Should().Contain("Equal score 90.00 with A; placed above for its initiative");
    }

    [Fact]
    public void Unmet_targets_are_named_with_their_codes_in_brackets()
    {
        var builder = new SnapshotBuilder().Indicator("AL").Target("T", "AL", 10m).Measure("T", "AL", "2024-12", 5m)
            .Individual("M", parent: "T").Rating("M", Rating.Excellent);
        var snapshot = builder.Form("GK", AwardRecipient.Collective).Build();
        var renamed = snapshot with { Indicators = [snapshot.Indicators[0] with { Name = "Số lớp tập huấn" }] };
        CampaignAnalytics.Awards(renamed).Single().Reasons.Select(x => x.Vietnamese).Should()
            .Contain("Chưa hoàn thành chỉ tiêu: Số lớp tập huấn (AL)");
    }
}
