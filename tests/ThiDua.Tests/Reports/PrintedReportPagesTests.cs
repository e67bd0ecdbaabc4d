using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Tests.Charts.Png;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The monthly report read as the clerk of a thi đua office prints it on A4 for leadership: no page carries a chart's
/// caption alone (the awards chart of BK2021-BAUCU is taller than a page), and the line under the motto is as long as
/// the motto, as Nghị định 30/2020/NĐ-CP draws it.
/// </summary>
public sealed class PrintedReportPagesTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "BK2021-BAUCU";

    private async Task<string> MonthlyPdfAsync()
    {
        var month = new YearMonth(2021, 5);
        var report = await db.Service().GenerateMonthlyAsync(Campaign, month, ReportCutOff.Monthly(month), ReportTools.TempDir());
        report.Manifest.PdfProblem.Should().BeNull();
        return report.PdfPath!;
    }

    [Fact]
    public async Task A_chart_taller_than_a_page_starts_under_its_caption_and_no_page_is_left_with_the_caption_alone()
    {
        var pdf = await MonthlyPdfAsync();

        var pages = ReportTools.PdfText(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();
        pages.Should().HaveCountGreaterThan(5);
        for (var i = 0; i < pages.Count; i++)
        {
            // What a page says besides its running header and its number.
            var body = pages[i].Split('\n').Where(l => !l.Contains("Trang ") && !l.Contains("— " + Campaign)).SelectMany(l => l)
                .Count(c => !char.IsWhiteSpace(c));
            body.Should().BeGreaterThan(40, $"page {i + 1} of {pages.Count} is printed nearly empty:\n{pages[i]}");
        }
    }

    [Fact]
    public async Task The_line_under_the_motto_is_as_long_as_the_motto()
    {
        var pdf = await MonthlyPdfAsync();

        var words = ReportTools.WordBoxes(pdf, 1);
        var first = words.Select((w, i) => (w, i)).Single(x => x.w.Word == "Độc" && words[x.i + 1].Word == "lập").i;
        var last = words.Select((w, i) => (w, i)).First(x => x.i > first && x.w.Word == "phúc").i;
        var date = words.First(w => w.Word == "ngày");
        const double dpi = 60 / 72.0; // the PNG's pixels per point
        var motto = (words[last].XMax - words[first].XMin) * dpi;

        using var page = new PngImage(File.ReadAllBytes(ReportTools.FirstPagePng(pdf)));
        var rule = 0;
        for (var y = (int)(words[first].YMax * dpi) + 1; y < (int)(date.YMin * dpi); y++)
            rule = Math.Max(rule, page.Mask(y, y + 1).Split('.').Max(run => run.Length));
        rule.Should().BeInRange((int)(motto * 0.95), (int)Math.Ceiling(motto * 1.05),
            $"the motto is {motto:0} px wide at 60 dpi: NĐ 30 draws the solid line under it as long as the motto");
    }
}
