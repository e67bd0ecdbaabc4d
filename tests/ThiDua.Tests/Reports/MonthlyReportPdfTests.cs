using System.Text.RegularExpressions;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Html;
using ThiDua.Units;

namespace ThiDua.Tests.Reports;

public sealed partial class MonthlyReportPdfTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private static readonly YearMonth June = new(2022, 6);

    [Fact]
    public async Task Monthly_report_pdf_shows_the_analytics_numbers_in_Vietnamese_with_diacritics()
    {
        var outDir = ReportTools.TempDir();
        var cutOff = ReportCutOff.Monthly(June);
        var report = await db.Service().GenerateMonthlyAsync("BK2022", June, cutOff, outDir);

        report.Manifest.PdfProblem.Should().BeNull();
        File.Exists(report.PdfPath).Should().BeTrue();
        var text = ReportTools.PdfText(report.PdfPath!);
        var flat = Spaces().Replace(text, " ");
        flat.Should().Contain("Tỷ lệ hoàn thành").And.Contain("Báo cáo tiến độ thi đua hằng tháng").And.Contain("tháng 06/2022")
            .And.Contain("01/07/2022 07:00 (giờ Việt Nam, UTC+07:00)")
            .And.Contain("Chỉ tiêu chậm tiến độ").And.Contain("Điều chỉnh số liệu kể từ báo cáo tháng trước")
            .And.Contain("Hạn nộp hồ sơ khen thưởng").And.Contain("14/01/2023");
        flat.Should().MatchRegex(@"Trang 2 / \d+", "page numbers come from the @page margin boxes");

        var ranking = await db.Runtime.Analytics.RankingAsync("BK2022", June, cutOff);
        ranking.Rows.Should().NotBeEmpty();
        foreach (var row in ranking.Rows)
        {
            text.Should().Contain(ReportText.Score(row.Score), $"the score of {row.Unit}");
            if (row.Kind == UnitKind.Individual) flat.Should().Contain(row.UnitName, "individual names are short enough not to wrap");
        }
        var attainment = await db.Runtime.Analytics.AttainmentAsync("BK2022", June, cutOff);
        foreach (var row in attainment.Rows.Where(r => r.Ratio is not null))
            text.Should().Contain(ReportText.Percent(row.Ratio), $"the ratio of {row.Unit}/{row.Indicator}");

        var png = ReportTools.FirstPagePng(report.PdfPath!);
        new FileInfo(png).Length.Should().BeGreaterThan(1000);
    }

    [Fact]
    public async Task Monthly_report_html_embeds_the_leadership_dashboard_and_ranking_charts_as_inline_svg()
    {
        var outDir = ReportTools.TempDir();
        var report = await db.Service(new NoPdfPrinter()).GenerateMonthlyAsync("BK2022", June, ReportCutOff.Monthly(June), outDir);
        var html = await File.ReadAllTextAsync(report.HtmlPath);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        html.Should().Contain("Tổng quan cho lãnh đạo").And.Contain("Mức độ hoàn thành chung của các tập thể").And.Contain("Đề xuất khen thưởng");
        Regex.Matches(html, "<svg ").Count.Should().BeGreaterThanOrEqualTo(4 + 2, "four leadership panels and a chart per ranking group");
        html.Should().Contain("@page").And.Contain("size: A4").And.Contain("counter(pages)").And.Contain("\"Noto Serif\"").And.Contain("\"Noto Sans\"");
        html.Should().NotContain("<img").And.NotContain("src=").And.NotContain("<link", "no external resources");
        html.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
