using ThiDua.Tests.Analytics;
using ThiDua.UnitHistory;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitHistory;

/// <summary>
/// Communes merged on 1 July: the old commune B ends from July, so the year's latest month (December) ranks it nowhere.
/// Its record reads the campaign at June, its last standing (1st of three), and says it ended; a commune that had
/// already ended before the campaign began took no part in it.
/// </summary>
public sealed class EndedUnitRecordTests
{
    private static readonly global::ThiDua.Analytics.CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Indicator("F")
        .Unit("A", cluster: "K1").Unit("B", cluster: "K1").Unit("C", cluster: "K1").Unit("D", cluster: "K1")
        .Ended("B", "2024-07").Ended("D", "2024-01")
        .Target("A", "F", 10m).Target("B", "F", 10m).Target("C", "F", 10m).Target("D", "F", 10m)
        .Measure("A", "F", "2024-06", 5m).Measure("B", "F", "2024-06", 9m).Measure("C", "F", "2024-06", 7m)
        .Measure("A", "F", "2024-12", 11m).Measure("C", "F", "2024-12", 10m)
        .Build();

    [Fact]
    public void A_unit_ended_mid_campaign_is_read_at_its_last_month_and_says_it_ended()
    {
        var row = UnitCampaignRecord.Of(Snapshot, "B");

        row.Should().NotBeNull();
        (row!.Period, row.PeriodBasis, row.Ended).Should().Be((M("2024-06"), UnitHistoryBasis.Ended, M("2024-07")));
        var june = global::ThiDua.Analytics.CampaignAnalytics.Compute(Snapshot, M("2024-06")).Ranking.Single(r => r.Unit == "B");
        (row.Rank, row.GroupSize, row.Score).Should().Be((1, 3, june.Score), "June's ranking: B, C, A");
        UnitCampaignRecord.Of(Snapshot, "A")!.PeriodBasis.Should().Be(UnitHistoryBasis.Latest, "A still exists in December");
    }

    [Fact]
    public void A_unit_ended_before_the_campaign_began_took_no_part_in_it() =>
        UnitCampaignRecord.Of(Snapshot, "D").Should().BeNull();
}
