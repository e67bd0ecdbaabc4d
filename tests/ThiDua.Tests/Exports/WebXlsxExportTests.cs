using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Exports;

/// <summary><c>/exports/{table}.xlsx</c> and the "Tải Excel" links: a page's table with the page's filters, opened back.</summary>
public sealed partial class WebXlsxExportTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private async Task<WorkbookReadBack> DownloadAsync(string url)
    {
        using var response = await web.Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().EndWith(".xlsx");
        await using var body = await response.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        copy.Position = 0;
        return WorkbookReadBack.Open(copy);
    }

    [Fact]
    public async Task The_campaign_page_links_its_ranking_and_awards_to_excel_with_its_filters()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022?cluster=BK-KHOI2&period=2022-06");

        var links = ExcelLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        links.Should().Contain("/exports/ranking.xlsx?campaign=BK2022&period=2022-06&cluster=BK-KHOI2")
            .And.Contain("/exports/awards.xlsx?campaign=BK2022&period=2022-06&cluster=BK-KHOI2")
            .And.Contain(l => l.StartsWith("/exports/heatmap.xlsx?campaign=BK2022&period=2022-06", StringComparison.Ordinal));
        html.Should().Contain(">Tải Excel</a>");
    }

    [Fact]
    public async Task The_ranking_download_is_the_cluster_filtered_ranking_on_one_sheet_per_cluster()
    {
        var all = await DownloadAsync("/exports/ranking.xlsx?campaign=BK2022&period=2022-06");
        var khoi2 = await DownloadAsync("/exports/ranking.xlsx?campaign=BK2022&period=2022-06&cluster=BK-KHOI2");

        var answer = await web.Runtime.Analytics.RankingAsync("BK2022", new ThiDua.Periods.YearMonth(2022, 6), null);
        all.Sheets.Select(s => s.Name).Should().Equal(answer.Rows.Select(r => r.Cluster ?? "").Distinct().Select(c => c.Length == 0 ? "Không thuộc cụm, khối" : c));
        khoi2.Sheets.Select(s => s.Name).Should().Equal("BK-KHOI2");
        khoi2.Sheets[0].Header.Should().Equal("Cụm, khối", "Loại", "Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm", "Số chỉ tiêu đạt", "Số chỉ tiêu giao");
        khoi2.Sheets[0].DataTexts(2).Should().OnlyContain(r => r[0].StartsWith("Cụm, khối BK-KHOI2", StringComparison.Ordinal) || r[0].EndsWith("(BK-KHOI2)", StringComparison.Ordinal))
            .And.OnlyContain(r => r[1] == "Tập thể" || r[1] == "Cá nhân");
        khoi2.Sheets[0].DataTexts(8).Select(r => (r[3], decimal.Parse(r[5], CultureInfo.InvariantCulture)))
            .Should().Equal(answer.Rows.Where(r => r.Cluster == "BK-KHOI2").Select(r => (r.Unit, Math.Round(r.Score, 2))));
    }

    [Fact]
    public async Task A_download_says_in_its_properties_which_table_campaign_month_and_instant_it_holds()
    {
        var name = (await web.Runtime.Analytics.RankingAsync("BK2022", new ThiDua.Periods.YearMonth(2022, 6), null)).Snapshot.Campaign.Name;

        var ranking = await DownloadAsync("/exports/ranking.xlsx?campaign=BK2022&period=2022-06");
        var at = DateTimeOffset.UtcNow; // after the seeds' import
        var awards = await DownloadAsync("/exports/awards.xlsx?campaign=BK2022&period=2022-06&asOf=" + Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture)));

        ranking.Title.Should().Be($"Xếp hạng trong cụm, khối — {name} — tháng 06/2022");
        ranking.Subject.Should().Be($"{name} (BK2022)");
        awards.Title.Should().Be($"Đề xuất khen thưởng — {name} (số liệu đến {at.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm:ss.FFFFFFF})",
            "awards are judged at the campaign's last month; the instant in Vietnam time, to the fraction of a second it was asked at");
        ranking.Sheets[0].Header[0].Should().Be("Cụm, khối", "the header stays on row 1");
    }

    [Fact]
    public async Task The_heatmap_download_has_a_percentage_per_unit_and_indicator_on_one_sheet_per_cluster()
    {
        var book = await DownloadAsync("/exports/heatmap.xlsx?campaign=BK2022&period=2022-06");

        var answer = await web.Runtime.Analytics.AttainmentAsync("BK2022", new ThiDua.Periods.YearMonth(2022, 6), null);
        var clusters = answer.Rows.Select(r => answer.Snapshot.Units[r.Unit].Cluster ?? "").Distinct().ToList();
        clusters.Should().HaveCountGreaterThan(1, "BK2022 groups its units in clusters, as the chart does");
        book.Sheets.Select(s => s.Name).Should().Equal(clusters.OrderBy(c => c.Length == 0).ThenBy(c => c, StringComparer.Ordinal)
            .Select(c => c.Length == 0 ? "Không thuộc cụm, khối" : c));
        foreach (var sheet in book.Sheets)
        {
            sheet.Header.Take(2).Should().Equal("Mã đơn vị", "Đơn vị");
            sheet.HeaderFrozen.Should().BeTrue();
            sheet.Rows.Skip(1).Should().OnlyContain(r => (answer.Snapshot.Units[r[0]!.Text].Cluster ?? "Không thuộc cụm, khối") == sheet.Name, sheet.Name);
        }
        book.Sheets.Sum(s => s.Rows.Count - 1).Should().Be(answer.Rows.Select(r => r.Unit).Distinct().Count());
        foreach (var first in answer.Rows.Where(r => r.Ratio is not null).Take(20))
        {
            var sheet = book.Sheets.Single(s => s.Rows.Skip(1).Any(r => r[0]!.Text == first.Unit));
            var row = sheet.Rows.Skip(1).Single(r => r[0]!.Text == first.Unit);
            var column = sheet.Header.ToList().IndexOf(answer.Snapshot.Indicators.Single(i => i.Code == first.Indicator).Name);
            row[column]!.Format.Should().Be("0.00%");
            decimal.Parse(row[column]!.Text, NumberStyles.Float, CultureInfo.InvariantCulture).Should().Be(first.Ratio);
        }

        var oneCluster = await DownloadAsync($"/exports/heatmap.xlsx?campaign=BK2022&period=2022-06&cluster={clusters.First(c => c.Length > 0)}");
        oneCluster.Sheets.Select(s => s.Name).Should().Equal("Đơn vị × chỉ tiêu");
    }

    [Fact]
    public async Task The_attainment_download_of_a_unit_page_holds_that_units_rows_in_the_pages_words()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB?period=2022-06");
        var link = ExcelLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(l => l.Contains("attainment", StringComparison.Ordinal));

        var sheet = (await DownloadAsync(link)).Sheets.Single();

        var answer = await web.Runtime.Analytics.AttainmentAsync("BK2022", new ThiDua.Periods.YearMonth(2022, 6), null);
        var rows = answer.Rows.Where(r => r.Unit == "BK-TTBCXB").ToList();
        // Mid-campaign the page's "Để hoàn thành chỉ tiêu" table comes along as a last column, in the page's words.
        sheet.Header.Should().Equal("Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ", "Thực hiện", "Chỉ tiêu giao", "Tỷ lệ hoàn thành", "Kết quả",
            "Cần làm đến tháng 12/2022");
        sheet.DataTexts(10).Select(r => (r[0], r[1], r[2], r[4], r[7] == "" ? (decimal?)null : decimal.Parse(r[7], CultureInfo.InvariantCulture), r[8]))
            .Should().Equal(rows.Select(r => (r.Unit, answer.Snapshot.Units[r.Unit].Name, r.Indicator, "06/2022", r.Ratio is { } q ? Math.Round(q, 4) : (decimal?)null,
                ThiDua.Formatting.StatusWords.At(r.Status, answer.Snapshot.Campaign, r.Period))));
        sheet.DataTexts(10).Select(r => r[3]).Should().OnlyContain(n => n.Length > 0, "each indicator's name is beside its code");
        var page = WebUtility.HtmlDecode(html);
        sheet.DataTexts(10).Select(r => r[9]).Should().OnlyContain(w => w.Length > 0 && page.Contains($">{w}</td>"), "each row says what the page says");
        var december = (await DownloadAsync("/exports/attainment.xlsx?campaign=BK2022&period=2022-12&unit=BK-TTBCXB")).Sheets.Single();
        december.Header.Should().HaveCount(9, "nothing is left to do at the campaign's last month");
    }

    [Fact]
    public async Task The_awards_download_is_in_the_pages_words_with_names_beside_codes()
    {
        var sheet = (await DownloadAsync("/exports/awards.xlsx?campaign=BK2022")).Sheets.Single();

        var answer = await web.Runtime.Analytics.AwardsAsync("BK2022", null);
        sheet.Header.Should().Equal("Hình thức", "Tên hình thức", "Loại", "Mã đơn vị", "Tên đơn vị", "Kết quả xét", "Điểm", "Lý do", "Cụm, khối", "Quyết định", "Số quyết định");
        var rows = sheet.DataTexts(11).ToList();
        rows.Select(r => (r[0], r[3], r[5], r[7])).Should().Equal(answer.Rows.Select(r => (r.Form, r.Unit, ThiDua.Formatting.StatusWords.Of(r.Status),
            string.Join("; ", r.Reasons.Select(x => x.Vietnamese)))));
        string.Join("\n", rows.Select(r => string.Join(";", r))).Should().NotContainAny("proposed", "eligible", "collective", "individual", "approved", "Meets every");
    }

    [Fact]
    public async Task The_audit_download_lists_the_pages_entries_with_times_as_dates()
    {
        var html = await web.Client.GetStringAsync("/audit?campaign=BK2022&limit=20");
        html.Should().Contain("/exports/audit.xlsx?campaign=BK2022&amp;limit=20");

        var sheet = (await DownloadAsync("/exports/audit.xlsx?campaign=BK2022&limit=20")).Sheets.Single();

        sheet.Rows.Should().HaveCount(21);
        sheet.Header.Should().Equal("Thời điểm", "Người thực hiện", "Việc", "Đối tượng", "Thay đổi", "Nhập dù có cảnh báo", "Tệp", "Dòng",
            "Số thứ tự sự kiện", "Loại sự kiện", "Sự kiện gốc (JSON)");
        sheet.Rows.Skip(1).Select(r => r[0]!.Format).Should().OnlyContain(f => f == "dd/mm/yyyy hh:mm");
        var rows = sheet.DataTexts(11).ToList();
        rows.Select(r => r[2]).Should().OnlyContain(action => action.Length > 0 && !action.Contains('_'), "what was done, in the page's words");
        rows.Select(r => r[3]).Should().OnlyContain(subject => subject.StartsWith("BK2022", StringComparison.Ordinal));
        rows.Select(r => r[9]).Should().OnlyContain(type => type.Contains('_'), "the stored event's type is kept beside its wording");
        rows.Select(r => r[10]).Should().OnlyContain(json => json.StartsWith('{'));
    }

    [Theory]
    [InlineData("/exports/nothing.xlsx?campaign=BK2022", HttpStatusCode.NotFound)]
    [InlineData("/exports/ranking.xlsx", HttpStatusCode.BadRequest)]
    [InlineData("/exports/ranking.xlsx?campaign=KHONG-CO", HttpStatusCode.NotFound)]
    [InlineData("/exports/ranking.xlsx?campaign=BK2022&cluster=KHONG-CO", HttpStatusCode.NotFound)]
    [InlineData("/exports/audit.xlsx?limit=abc", HttpStatusCode.BadRequest)]
    public async Task A_wrong_download_is_refused_with_its_reason(string url, HttpStatusCode status)
    {
        using var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(" / ");
    }

    [Fact]
    public async Task The_registration_page_downloads_every_registration_of_the_seed_and_who_has_not_registered()
    {
        var html = await web.Client.GetStringAsync("/campaigns/KG2021/registrations");
        var link = ExcelLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Should().ContainSingle().Subject;
        link.Should().Be("/exports/registrations.xlsx?campaign=KG2021");

        var sheet = (await DownloadAsync(link)).Sheets.Should().ContainSingle().Subject;

        sheet.Header.Should().Equal("Mã đơn vị", "Tên đơn vị", "Loại", "Cụm, khối", "Hình thức", "Tên hình thức", "Ngày đăng ký", "Tình trạng", "Ghi chú");
        var rows = sheet.DataTexts(9).ToList();
        var seed = File.ReadLines(Path.Combine(Infrastructure.SeedFiles.Directory, "registrations.csv")).Skip(1)
            .Select(l => l.Split(';')).Where(f => f[0] == "KG2021").Select(f => (f[1], f[2])).ToList();
        rows.Where(r => r[7] != "chưa đăng ký").Select(r => (r[0], r[4])).Should().BeEquivalentTo(seed);
        rows.Select(r => r[7]).Should().Contain(["đúng hạn", "muộn", "chưa đăng ký"]);
        rows.Where(r => r[7] == "chưa đăng ký").Should().OnlyContain(r => r[6] == "" && r[4] == "");
    }

    [GeneratedRegex("href=\"(/exports/[^\"]+)\"")]
    private static partial Regex ExcelLink();
}
