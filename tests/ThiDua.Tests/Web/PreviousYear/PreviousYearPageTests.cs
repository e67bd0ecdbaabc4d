using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Formatting;
using ThiDua.Security;
using ThiDua.Tests.PreviousYear;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web.PreviousYear;

/// <summary>
/// The office opens "So với cùng kỳ năm trước" from the campaign page: each unit's score and rank this month beside last
/// year's at the same month, the change with its sign in Vietnamese numbers, the basis in words, a unit new this year and
/// one merged since — the figures those of the two campaigns' rankings.
/// </summary>
public sealed class PreviousYearPageTests(PreviousYearDatabase db) : IClassFixture<PreviousYearDatabase>
{
    [Fact]
    public async Task The_page_sets_each_units_score_and_rank_beside_last_years_at_the_same_month()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-page", Role.Viewer));

        var campaignPage = await client.GetStringAsync("/campaigns/NAMMOI");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/NAMMOI/previous-year"));
        var now = await RankingAsync(client, "NAMMOI", "2023-03", null);
        var before = await RankingAsync(client, "NAMCU", "2022-03", null);

        campaignPage.Should().Contain("<a href=\"/campaigns/NAMMOI/previous-year?period=2023-03\">So với cùng kỳ năm trước</a>");
        html.Should().Contain("So sánh cùng kỳ: NAMMOI tính đến tháng 03/2023 (tháng thứ 3 của phong trào) với NAMCU tính đến tháng 03/2022.")
            .And.Contain("Phong trào NAMCU đã kết thúc, nhưng điểm và hạng năm trước ở đây là tính đến tháng 03/2022, không phải kết quả cả năm")
            .And.Contain("<th scope=\"col\" class=\"num\">Hạng 03/2022</th>").And.Contain("<caption class=\"sr-only\">");
        foreach (var unit in new[] { "PY-A", "PY-B" })
        {
            var change = now[unit].Score - before[unit].Score;
            var sign = change > 0 ? "+" : change < 0 ? "−" : "";
            html.Should().Contain($"{PreviousYearDatabase.UnitName(unit)}</a></td><td class=\"num\">{VietnameseNumber.FormatFixed(now[unit].Score, 2)}</td><td class=\"num\">{before[unit].Rank}</td>"
                + $"<td class=\"num\">{VietnameseNumber.FormatFixed(before[unit].Score, 2)}</td><td class=\"num\">{sign}{VietnameseNumber.FormatFixed(Math.Abs(change), 2)}</td>");
        }
        html.Should().Contain($"{PreviousYearDatabase.UnitName("PY-C")}</a></td><td class=\"num\">{VietnameseNumber.FormatFixed(now["PY-C"].Score, 2)}</td><td colspan=\"4\">chưa tham gia năm trước</td>")
            .And.Contain($"Trung tâm Văn hóa (PY-D): năm trước hạng {before["PY-D"].Rank}, điểm {VietnameseNumber.FormatFixed(before["PY-D"].Score, 2)}; "
                + "ngừng hoạt động từ tháng 01/2023 (sáp nhập vào Phòng Văn hóa và Thông tin).");
    }

    [Fact]
    public async Task As_of_a_time_the_page_compares_the_month_then_latest_and_a_campaign_without_a_previous_one_says_how_to_name_it()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-page-asof", Role.Viewer));
        var asOf = Uri.EscapeDataString(VietnameseDates.Iso(db.AsOf));

        var then = WebUtility.HtmlDecode(await client.GetStringAsync($"/campaigns/NAMMOI/previous-year?asOf={asOf}"));
        var none = WebUtility.HtmlDecode(await client.GetStringAsync("/campaigns/NAMCU/previous-year"));
        var before = await RankingAsync(client, "NAMCU", "2022-02", asOf);

        then.Should().Contain("So sánh cùng kỳ: NAMMOI tính đến tháng 02/2023 (tháng thứ 2 của phong trào) với NAMCU tính đến tháng 02/2022.")
            .And.Contain($"Trung tâm Văn hóa (PY-D): năm trước hạng {before["PY-D"].Rank}, điểm {VietnameseNumber.FormatFixed(before["PY-D"].Score, 2)};");
        none.Should().Contain("Chưa xác định được phong trào năm trước của NAMCU. Ghi mã phong trào năm trước vào cột 'Phong trào năm trước' (previous)");
    }

    private static async Task<Dictionary<string, (decimal Score, int Rank)>> RankingAsync(HttpClient client, string campaign, string month, string? asOf) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/campaigns/{campaign}/ranking?period={month}" + (asOf is null ? "" : "&asOf=" + asOf)))!.AsArray()
            .ToDictionary(r => (string)r!["unit"]!, r => (r!["score"]!.GetValue<decimal>(), (int)r["rank"]!));
}
