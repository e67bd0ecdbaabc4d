using System.Net;
using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;
using ThiDua.Provenance.Explaining;
using ThiDua.Web.Campaigns;
using ThiDua.Web.LeftToDo;
using ThiDua.Web.Provenance;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.Attainment.StillNeeded;

/// <summary>
/// A district merged into another from July 2024 has no result in December: its page in May said "Cần thêm 7 lớp trong 7
/// tháng còn lại" for a target nobody will judge. It now says why there is nothing to do; its neighbour is unchanged.
/// </summary>
public class AUnitThatEndsBeforeTheLastMonthTests
{
    private static readonly ThiDua.Analytics.CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("H1").Unit("H2").Merged("H2", "2024-07", "H1")
        .Indicator("LOP", Direction.AtLeast, Aggregation.Sum)
        .Target("H1", "LOP", 12m).Target("H2", "LOP", 12m)
        .Measure("H1", "LOP", "2024-03", 5m).Measure("H2", "LOP", "2024-03", 5m)
        .Build();

    private static string Table(string unit)
    {
        var view = new CampaignView(Snapshot, M("2024-05"), null);
        var rows = AttainmentCalculator.Compute(Snapshot, M("2024-05")).Where(r => r.Unit == unit).ToList();
        return WebUtility.HtmlDecode(StillNeededTable.Render(view, unit, rows));
    }

    [Fact]
    public void The_merged_districts_page_says_it_is_not_judged_at_the_end() =>
        Table("H2").Should().Contain("Không xét: đơn vị ngừng hoạt động từ tháng 07/2024, trước khi kết thúc phong trào")
            .And.NotContain("Cần thêm");

    [Fact]
    public void The_ratios_calculation_page_says_the_same() =>
        WebUtility.HtmlDecode(ProvenancePage.Render(new ProvenanceReport(new CampaignView(Snapshot, M("2024-05"), null),
                RatioExplainer.Explain(Snapshot, new MeasurementHistory(Snapshot.Measurements), Snapshot.Targets.Single(t => t.Unit == "H2"), M("2024-05")), [])))
            .Should().Contain("Không xét: đơn vị ngừng hoạt động từ tháng 07/2024").And.NotContain("Cần thêm");

    [Fact]
    public void The_district_that_took_it_over_still_has_its_own_to_do() =>
        Table("H1").Should().Contain("Cần thêm 7 trong 7 tháng còn lại (bình quân 1 mỗi tháng)");
}
