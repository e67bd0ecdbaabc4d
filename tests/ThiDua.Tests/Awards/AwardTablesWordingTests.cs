using ThiDua.Charts;
using ThiDua.Dashboards;

namespace ThiDua.Tests.Awards;

/// <summary>
/// Who an award goes to is a "tập thể" or a "cá nhân" (Luật Thi đua, khen thưởng), as the registration page, the
/// report's annex and the Word dossier say; the candidates' table and chart said "Đơn vị, cá nhân" / "Đơn vị / cá nhân".
/// </summary>
public class AwardTablesWordingTests
{
    private static readonly AwardCandidateRow Row = new("F1", "Giấy khen của Giám đốc Sở", "U1", "Phòng Một", 108.5m, ChartAwardStatus.Proposed, "");

    [Fact]
    public void The_award_candidates_table_heads_its_name_column_Tap_the_ca_nhan() =>
        AwardCandidatesHtml.Render([Row]).Should().Contain("<th>Tập thể, cá nhân</th>").And.NotContain("Đơn vị, cá nhân");

    [Fact]
    public void The_awards_chart_heads_its_names_Tap_the_ca_nhan_in_both_layouts()
    {
        var chart = new AwardsChart("Đề xuất khen thưởng", [Row]);
        new SvgChartRenderer().Render(chart).Should().Contain(">Tập thể, cá nhân<").And.NotContain("Đơn vị / cá nhân");
        SvgChartRenderer.Narrow.Render(chart).Should().Contain("Tập thể, cá nhân — điểm, trạng thái").And.NotContain("Đơn vị / cá nhân");
    }
}
