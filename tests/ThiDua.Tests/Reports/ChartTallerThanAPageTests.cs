using ThiDua.Periods;
using ThiDua.Reports;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The reports printed on A4 where a chart is taller than a page (the awards chart of BK2021-BAUCU's May report):
/// Chromium cut it where the page ended, across a candidate's row or the legend. It now prints in page-sized parts cut
/// between rows, the caption over the first and "(tiếp theo)" over the others, and the section heading "Biểu đồ: …"
/// stays on the page of the chart under it.
/// </summary>
public sealed class ChartTallerThanAPageTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    [Fact]
    public async Task The_awards_chart_of_a_May_report_prints_in_parts_that_pages_end_between()
    {
        var month = new YearMonth(2021, 5);
        var report = await db.Service().GenerateMonthlyAsync("BK2021-BAUCU", month, ReportCutOff.Monthly(month), ReportTools.TempDir());
        report.Manifest.PdfProblem.Should().BeNull();
        var pages = Pages(report.PdfPath!);

        // The awards panel's caption once, over its first part; "(tiếp theo)" over the others, on the pages after it.
        var first = pages.FindIndex(p => p.Contains("Đề xuất khen thưởng"));
        pages.Sum(p => p.Count(l => l == "Đề xuất khen thưởng")).Should().Be(1, "the caption is printed over the first part only");
        var later = Enumerable.Range(0, pages.Count).Where(i => pages[i].Contains("Đề xuất khen thưởng (tiếp theo)")).ToList();
        later.Should().NotBeEmpty("the chart is taller than a page: its later parts say they continue it").And.OnlyContain(i => i > first);

        // Each part whole on one page: its title (its first line) and its legend (its last) printed on the same page.
        for (var i = 0; i < pages.Count; i++)
        {
            var titles = pages[i].Count(l => l.StartsWith("Đề xuất khen thưởng — ", StringComparison.Ordinal));
            var legends = pages[i].Count(l => l.Contains("Bằng điểm ở suất cuối") && l.Contains("Không đủ tiêu chuẩn"));
            legends.Should().Be(titles, $"page {i + 1} of {pages.Count} ends between the chart's parts, not inside one:\n{string.Join('\n', pages[i])}");
        }
        HeadingPage(pages, "Biểu đồ: Tổng quan cho lãnh đạo").Should().Contain("Mức độ hoàn thành chung của các tập thể",
            "the section's heading and note are printed over its first chart, not at the foot of the page before");
    }

    [Fact]
    public async Task The_heading_of_the_summary_charts_is_printed_on_the_page_of_its_first_chart()
    {
        var campaign = (await db.Runtime.Snapshots.LoadAsync("KG2021"))!.Campaign;
        var report = await db.Service().GenerateSummaryAsync("KG2021", ReportCutOff.Summary(campaign), ReportTools.TempDir());
        report.Manifest.PdfProblem.Should().BeNull();

        HeadingPage(Pages(report.PdfPath!), "Biểu đồ: Đề xuất khen thưởng").Should().Contain("Ứng viên khen thưởng",
            "a heading and its note at the foot of a page, their chart on the next, read as an empty section");
    }

    // Each page's lines as pdftotext -layout prints them, trimmed.
    private static List<List<string>> Pages(string pdf) =>
        ReportTools.PdfText(pdf).Split('\f').Where(p => p.Trim().Length > 0).Select(p => p.Split('\n').Select(l => l.Trim()).ToList()).ToList();

    private static List<string> HeadingPage(List<List<string>> pages, string heading) => pages.Single(p => p.Contains(heading));
}
