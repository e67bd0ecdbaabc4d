using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ThiDua.Dashboards;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

public class WebPageTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/campaigns/BK2022?cluster=BK-KHOI2&period=2022-06&asOf=2100-01-01T00:00")]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB")]
    [InlineData("/campaigns/BK2022/indicators/BK22-01")]
    [InlineData("/dashboards")]
    [InlineData("/imports")]
    [InlineData("/jobs")]
    [InlineData("/reports")]
    public async Task Page_is_vietnamese_html(string url)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"vi\">").And.NotContain("<script");
    }

    [Fact]
    public async Task Campaign_page_shows_ranking_lagging_indicators_and_awards_with_vietnamese_numbers()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022");

        html.Should().Contain("Xếp hạng trong cụm, khối").And.Contain("Chỉ tiêu chậm tiến độ").And.Contain("Đề xuất khen thưởng");
        html.Should().Contain("Phòng Công nghệ thông tin (Sở TT&amp;TT Bắc Kạn)");
        html.Should().Contain("108,54", "scores use the Vietnamese decimal comma");
        html.Should().Contain("<th>Họ và tên</th>", "the individuals' ranking names people").And.Contain("<th>Đơn vị</th>");
    }

    [Fact]
    public async Task The_campaign_page_lists_the_award_candidates_once_and_the_leadership_dashboard_under_its_chart()
    {
        var page = await web.Client.GetStringAsync("/campaigns/BK2022");
        var dashboard = await web.Client.GetStringAsync("/dashboards/leadership?campaign=BK2022");

        System.Text.RegularExpressions.Regex.Count(page, "class=\"award-candidates\"").Should().Be(1, "the page's own awards section lists them (with its pages and Excel), not the overview's panel too");
        page.Should().Contain("Đề xuất khen thưởng (xét ở tháng cuối của phong trào)");
        System.Text.RegularExpressions.Regex.Count(dashboard, "class=\"award-candidates\"").Should().Be(1);
    }

    [Fact]
    public async Task Cluster_filter_limits_the_ranking_to_that_cluster()
    {
        var all = await web.Client.GetStringAsync("/campaigns/BK2022");
        var khoi2 = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI2");

        // Each group's heading names its cluster (clusters.csv) with the code in brackets.
        all.Should().Contain("<h3>Khối các phòng chuyên môn thuộc Sở TT&amp;TT Bắc Kạn (BK-KHOI1) — ");
        khoi2.Should().Contain("<h3>Khối đơn vị sự nghiệp thuộc Sở TT&amp;TT Bắc Kạn (BK-KHOI2) — ").And.NotContain("<h3>Khối các phòng chuyên môn");
    }

    [Fact]
    public async Task Unknown_campaign_page_is_a_vietnamese_404()
    {
        var response = await web.Client.GetAsync("/campaigns/NO-SUCH");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Không có phong trào");
    }

    [Theory]
    [InlineData("/campaigns/NO-SUCH")]
    [InlineData("/dashboards/leadership?campaign=NO-SUCH")]
    public async Task An_unknown_campaign_page_sends_the_reader_to_the_campaign_list_not_the_api(string url)
    {
        var page = await web.Client.GetAsync(url);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Xem danh sách phong trào ở trang chủ (/)").And.NotContain("/api/campaigns");
    }

    [Fact]
    public async Task Every_dashboard_renders_each_of_its_panels()
    {
        var catalog = new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"));
        catalog.Names().Should().Contain(["leadership", "indicator", "cluster-ranking", "awards"]);
        foreach (var name in catalog.Names())
        {
            var definition = catalog.Find(name)!;
            var html = await web.Client.GetStringAsync($"/dashboards/{name}?campaign=BK2022");

            Regex.Count(html, "<section class=\"panel").Should().Be(definition.Panels.Count, name);
            // Each panel's chart in the wide layout, and a phone layout beside it (the heatmap's: its names, pinned).
            Regex.Count(html, "<div class=\"chart-wide\"><svg ").Should().Be(definition.Panels.Count, name);
            Regex.Count(html, "<div class=\"chart-narrow\"><svg ").Should().Be(definition.Panels.Count, name);
            Regex.Count(html, "<svg ").Should().Be(definition.Panels.Count * 2, name);
            foreach (var panel in definition.Panels) html.Should().Contain(ThiDua.Web.Html.Html.Encode(panel.Title));
        }
    }

    [Fact]
    public async Task Unknown_dashboard_is_a_404()
    {
        (await web.Client.GetAsync("/dashboards/no-such?campaign=BK2022")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("attainment", "")]
    [InlineData("attainment", "&indicator=BK22-01&cluster=BK-KHOI1")]
    [InlineData("ranking", "&cluster=BK-KHOI1&kind=collective")]
    [InlineData("heatmap", "&period=2022-06")]
    [InlineData("progress", "&unit=BK-TTBCXB&indicator=BK22-01")]
    [InlineData("awards", "")]
    public async Task Chart_is_well_formed_svg(string kind, string query)
    {
        var response = await web.Client.GetAsync($"/charts/{kind}.svg?campaign=BK2022{query}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        svg.Root!.Name.LocalName.Should().Be("svg");
    }

    [Fact]
    public async Task Unknown_chart_kind_is_a_404()
    {
        (await web.Client.GetAsync("/charts/pie.svg?campaign=BK2022")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_award_chart_keeps_to_the_cluster_asked_for()
    {
        var all = await web.Client.GetStringAsync("/charts/awards.svg?campaign=LS2021");
        var provincial = await web.Client.GetStringAsync("/charts/awards.svg?campaign=LS2021&cluster=LS-CUM-KT");

        all.Should().Contain("Hữu Lũng").And.Contain("Sở Tài chính");
        provincial.Should().NotContain("Hữu Lũng").And.Contain("Sở Tài chính");
    }

    [Fact]
    public async Task Chart_titles_write_the_month_the_Vietnamese_way()
    {
        var svg = await web.Client.GetStringAsync("/charts/ranking.svg?campaign=BK2022&period=2022-06");

        svg.Should().Contain("tháng 06/2022").And.NotContain("2022-06");
    }

    [Fact]
    public async Task A_reduce_by_target_is_shown_as_the_change_from_its_baseline_and_drawn_in_the_indicators_unit()
    {
        var page = await web.Client.GetStringAsync("/campaigns/LS2021/units/LS-CAT");
        var chart = await web.Client.GetStringAsync("/charts/progress.svg?campaign=LS2021&unit=LS-CAT&indicator=LS21-PPHS");

        page.Should().Contain("giảm 3% so với 300");
        chart.Should().Contain("Chỉ tiêu: 291", "reducing 300 cases by 3% leaves at most 291");
    }
}
