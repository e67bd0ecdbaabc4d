using System.Net;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>
/// SPEC v2 on the seeded site: mid-term statuses read as progress, award candidates in an HTML table whose reasons are
/// whole, a cluster-scoped form saying which cluster a proposal is for, an individual's page showing its rating.
/// </summary>
public class NumbersV2PageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task A_mid_term_campaign_page_speaks_of_progress_and_the_last_month_of_attainment()
    {
        var june = await web.Client.GetStringAsync("/campaigns/LS2021?period=2021-06");
        var october = await web.Client.GetStringAsync("/campaigns/LS2021?period=2021-10");

        june.Should().Contain("Vượt tiến độ").And.Contain("Chậm tiến độ").And.NotContain("Vượt chỉ tiêu");
        october.Should().Contain("Vượt chỉ tiêu").And.NotContain("Vượt tiến độ");
    }

    [Fact]
    public async Task The_awards_dashboard_lists_candidates_in_a_table_with_whole_reasons_under_the_chart()
    {
        var response = await web.Client.GetAsync("/dashboards/awards?campaign=LS2021");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();

        html.Should().Contain("<svg").And.Contain("<table class=\"award-candidates\">");
        html.Should().Contain("Cờ thi đua của UBND tỉnh — dẫn đầu Cụm thi đua Văn hóa – Xã hội (LS-CUM-VHXH)");
        html.Should().Contain("Bằng điểm 110,00 với Sở Giáo dục và Đào tạo tỉnh Lạng Sơn (LS-SGDDT); xếp trên nhờ có nhiều chỉ tiêu đạt hơn (4 so với 1)");
    }

    [Fact]
    public async Task The_campaign_page_names_the_cluster_a_proposal_is_for()
    {
        var html = await web.Client.GetStringAsync("/campaigns/LS2021");
        html.Should().Contain("Cờ thi đua của UBND tỉnh — dẫn đầu Cụm thi đua Kinh tế – Tổng hợp (LS-CUM-KT)")
            .And.Contain("Xếp thứ 1 trong Cụm thi đua Kinh tế – Tổng hợp (LS-CUM-KT), trong số lượng được khen (1 của Cụm thi đua Kinh tế – Tổng hợp (LS-CUM-KT))");
    }

    [Fact]
    public async Task An_individual_without_targets_shows_its_rating_discipline_and_initiative()
    {
        var html = await web.Client.GetStringAsync("/campaigns/LS2021/units/LS-STC-01");

        html.Should().Contain("Xếp loại, kỷ luật, sáng kiến").And.Contain("Hoàn thành xuất sắc nhiệm vụ (HTXSNV)")
            .And.Contain("Sáng kiến được công nhận");
        html.Should().NotContain("chưa được giao chỉ tiêu");
    }
}
