using System.Text;
using System.Text.Json;
using ThiDua.Analytics;
using ThiDua.Analytics.Projecting;
using ThiDua.Attainment;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// The latest month is kept in place: a recompute replaces only the rows it computed again, and the month's bytes stay
/// each row's latest through any number of replacements and packings.
/// </summary>
public class KeptMonthInPlaceTests
{
    private static CampaignSnapshot Snapshot(decimal bInMarch) => new SnapshotBuilder().Indicator("Y")
        .Target("A", "Y", 10m).Measure("A", "Y", "2024-02", 11m)
        .Target("B", "Y", 10m).Measure("B", "Y", "2024-01", 4m).Measure("B", "Y", "2024-03", bInMarch)
        .Target("C", "Y", 10m)
        .Build();

    [Fact]
    public void A_recompute_of_the_kept_month_updates_it_in_place_and_writes_what_a_fresh_computation_writes()
    {
        var month = SnapshotBuilder.M("2024-12");
        var before = Snapshot(7m);
        var slot = new MonthRowsJson();
        var kept = slot.FillKeeping(before, new MeasurementHistory(before.Measurements), month, previous: null);
        var keptA = kept.Rows[0];

        var after = Snapshot(12m);
        kept.Touch("B", SnapshotBuilder.M("2024-03"));
        var again = slot.FillKeeping(after, new MeasurementHistory(after.Measurements), month, kept);

        again.Should().BeSameAs(kept, "no new month's worth of arrays");
        var computed = CampaignAnalytics.Compute(after, new MeasurementHistory(after.Measurements), month).Attainment;
        slot.Attainment.ToString().Should().Be(JsonSerializer.Serialize(computed, StoredAnalytics.Json));
        again.Rows.Should().Equal(computed);
        again.Rows[0].Should().BeSameAs(keptA, "an untouched unit's row is reused");
        for (var p = 0; p < computed.Count; p++)
            Encoding.UTF8.GetString(again.Json(p)).Should().Be(JsonSerializer.Serialize(computed[p], StoredAnalytics.Json));
        again.Fresh(1, after.Targets[1]).Should().NotBeNull("the touched unit is current again");
    }

    [Fact]
    public void Each_rows_bytes_stay_its_latest_through_many_replacements_and_packings()
    {
        var rows = new[] { Row("A"), Row("B"), Row("C") };
        var kept = new KeptMonth(SnapshotBuilder.M("2024-12"), rows.Length);
        foreach (var row in rows) kept.Add(row, Encoding.UTF8.GetBytes(row.Unit + "0"));

        for (var i = 1; i <= 40; i++)
        {
            // Rows of 90–130 KB: chunks fill, and the replaced bytes soon outweigh the live ones.
            kept.Replace(1, rows[1], Encoding.UTF8.GetBytes("B" + i + new string('x', 90_000 + i * 1_000)));
            kept.Refreshed();
            Encoding.UTF8.GetString(kept.Json(0)).Should().Be("A0");
            Encoding.UTF8.GetString(kept.Json(1)).Should().Be("B" + i + new string('x', 90_000 + i * 1_000));
            Encoding.UTF8.GetString(kept.Json(2)).Should().Be("C0");
        }
    }

    [Fact]
    public void A_run_of_rows_replaced_month_after_month_reuses_its_chunks()
    {
        // 3,000 rows of 400 bytes (5 chunks); a "monthly file" replaces the first 1,500 again and again.
        var rows = Enumerable.Range(0, 3_000).Select(i => Row($"U{i:D4}")).ToArray();
        var kept = new KeptMonth(SnapshotBuilder.M("2024-12"), rows.Length);
        foreach (var row in rows) kept.Add(row, Bytes(row.Unit, 0));
        var held = kept.ChunksHeld;

        for (var round = 1; round <= 30; round++)
        {
            for (var p = 0; p < 1_500; p++) kept.Replace(p, rows[p], Bytes(rows[p].Unit, round));
            kept.Refreshed();
            kept.ChunksHeld.Should().BeLessThanOrEqualTo(held + 4, $"round {round}: the chunks the run emptied are filled again");
        }
        Encoding.UTF8.GetString(kept.Json(0)).Should().Be(Encoding.UTF8.GetString(Bytes("U0000", 30)));
        Encoding.UTF8.GetString(kept.Json(2_999)).Should().Be(Encoding.UTF8.GetString(Bytes("U2999", 0)));
    }

    private static byte[] Bytes(string unit, int round) => Encoding.UTF8.GetBytes($"{unit}:{round:D3}:" + new string('x', 390));

    private static AttainmentRow Row(string unit) =>
        new(unit, "Y", SnapshotBuilder.M("2024-12"), null, 10m, null, null, 10m, null, AttainmentStatus.NoData, false, 1m);
}
