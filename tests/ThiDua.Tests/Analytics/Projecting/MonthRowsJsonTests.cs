using System.Text.Json;
using ThiDua.Analytics;
using ThiDua.Analytics.Projecting;
using ThiDua.Attainment;
using ThiDua.Indicators;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>The projection folds a month's rows as they are made: the stored text must be that of the computed month.</summary>
public class MonthRowsJsonTests
{
    // Targets listed out of output order (unit "B" before "A", indicators reversed), one unit without data, ties.
    private static CampaignSnapshot Snapshot() => new SnapshotBuilder()
        .Indicator("Y", weight: 2m).Indicator("X", Direction.AtMost).Indicator("T", Direction.Task)
        .Target("B", "Y", 10m).Measure("B", "Y", "2024-01", 4m).Measure("B", "Y", "2024-03", 7m)
        .Target("B", "X", 5m).Measure("B", "X", "2024-02", 6m)
        .Target("A", "Y", 10m).Measure("A", "Y", "2024-02", 11m)
        .Target("A", "T", 1m).Measure("A", "T", "2024-03", 1m)
        .Target("C", "Y", 10m)
        .Target("D", "Y", 10m).Measure("D", "Y", "2024-02", 11m)
        .Build();

    [Theory]
    [InlineData("2024-01")]
    [InlineData("2024-03")]
    [InlineData("2024-12")]
    public void A_month_folded_row_by_row_is_the_text_of_the_computed_month(string month)
    {
        var snapshot = Snapshot();
        var history = new MeasurementHistory(snapshot.Measurements);
        var computed = CampaignAnalytics.Compute(snapshot, history, SnapshotBuilder.M(month));

        var slot = new MonthRowsJson();
        var kept = slot.Fill(snapshot, history, SnapshotBuilder.M(month), keepRows: true);

        slot.Attainment.ToString().Should().Be(JsonSerializer.Serialize(computed.Attainment, StoredAnalytics.Json));
        slot.Ranking.ToString().Should().Be(JsonSerializer.Serialize(computed.Ranking, StoredAnalytics.Json));
        kept.Should().Equal(computed.Attainment);
        computed.Attainment.Select(r => r.Unit).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void A_slot_refilled_holds_only_the_new_month_and_keeps_rows_only_when_asked()
    {
        var snapshot = Snapshot();
        var history = new MeasurementHistory(snapshot.Measurements);
        var slot = new MonthRowsJson();
        slot.Fill(snapshot, history, SnapshotBuilder.M("2024-12"), keepRows: true);

        slot.Fill(snapshot, history, SnapshotBuilder.M("2024-01"), keepRows: false).Should().BeNull();

        slot.Attainment.ToString().Should().Be(
            JsonSerializer.Serialize(CampaignAnalytics.Compute(snapshot, history, SnapshotBuilder.M("2024-01")).Attainment, StoredAnalytics.Json));
    }
}
