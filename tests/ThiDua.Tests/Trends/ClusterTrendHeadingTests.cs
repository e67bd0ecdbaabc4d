using System.Net;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Trends;

/// <summary>The chosen cluster's "Điểm từng tháng" is headed by the cluster's name, as its ranking table is, not by its code alone.</summary>
public sealed class ClusterTrendHeadingTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("LS2021", "LS-CUM-NC", "Cụm thi đua Nội chính (LS-CUM-NC)")]
    [InlineData("BK2022", "BK-KHOI1", "Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn (BK-KHOI1)")]
    [InlineData("BK2022", "-", "không thuộc cụm, khối")]
    public async Task The_score_trend_of_a_chosen_cluster_names_it(string campaign, string cluster, string heading)
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/{campaign}?cluster={cluster}"));

        html.Should().Contain($"<h2 id=\"xu-huong\">Điểm từng tháng — {heading}</h2>");
    }
}
