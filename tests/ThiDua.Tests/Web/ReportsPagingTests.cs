using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// Years of reports (every running campaign's monthly report, and each summary) are listed 500 a page, newest first:
/// the page was one table of every report ever made, growing by a dozen rows a campaign a year.
/// </summary>
public sealed partial class ReportsPagingTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-reports-paging-").FullName;

    [Fact]
    public async Task Five_years_of_monthly_reports_are_listed_500_a_page_newest_first()
    {
        // 9 campaigns × 5 years × 12 months = 540 monthly reports.
        for (var c = 0; c < 9; c++)
            for (var year = 2022; year <= 2026; year++)
                for (var month = 1; month <= 12; month++)
                    Write($"C{c}-{year}", year, month);
        await using var app = await ReportsFolderWebApp.StartAsync(db.ConnectionString, folder);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "reports-reader", Role.Viewer));

        var first = await client.GetStringAsync("/reports");
        var second = await client.GetStringAsync("/reports?page=2");

        Rows(first).Count.Should().Be(500, "a page holds 500 reports");
        Rows(first)[0].Should().Contain("tháng 12/2026", "the newest report comes first");
        WebUtility.HtmlDecode(first).Should().Contain("Trang 1/2 (báo cáo 1–500 trong 540)").And.Contain("href=\"/reports?page=2#bao-cao\"");
        Rows(second).Count.Should().Be(40);
        Rows(second)[^1].Should().Contain("tháng 01/2022");
        (await client.GetAsync("/reports?page=3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private void Write(string campaign, int year, int month) =>
        ReportsFolderWebApp.WriteMonthly(folder, campaign, $"{year}-{month:D2}",
            new DateTimeOffset(year, month, 1, 7, 0, 0, TimeSpan.FromHours(7)).AddMonths(1).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    private static List<string> Rows(string html) => RowPattern().Matches(html).Select(m => m.Value).ToList();

    [GeneratedRegex("<tr><td>Báo cáo tiến độ[^\\n]*?</tr>")]
    private static partial Regex RowPattern();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
