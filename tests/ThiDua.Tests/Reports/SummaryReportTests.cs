using System.Text.RegularExpressions;
using ThiDua.Awards;
using ThiDua.Reports;
using ThiDua.Reports.Html;
using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

public sealed partial class SummaryReportTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "BK2021-BAUCU";

    [Fact]
    public async Task Summary_lists_the_proposals_within_quota_flags_ties_for_the_council_and_annexes_achievements()
    {
        var outDir = ReportTools.TempDir();
        var service = db.Service();
        var cutOff = ReportCutOff.Summary((await db.Runtime.Snapshots.LoadAsync(Campaign, null))!.Campaign);
        cutOff.Should().Be(new DateTimeOffset(2021, 6, 1, 7, 0, 0, ReportCutOff.VietnamOffset), "the final review is May 2021");
        var report = await service.GenerateSummaryAsync(Campaign, cutOff, outDir);
        var html = await File.ReadAllTextAsync(report.HtmlPath);
        var awards = (await db.Runtime.Analytics.AwardsAsync(Campaign, cutOff)).Rows;

        awards.Should().Contain(a => a.Status == AwardStatus.TieAtQuota, "the seed has ties at the quota place");
        html.Should().Contain("class=\"flag\"").And.Contain("suất cuối của số lượng được khen (đồng hạng)").And.Contain("Hội đồng quyết định");
        var units = (await db.Runtime.Snapshots.LoadAsync(Campaign, cutOff))!.Units;
        var annex = html[html.IndexOf("Phụ lục: Tóm tắt thành tích", StringComparison.Ordinal)..];
        foreach (var a in awards)
        {
            var name = units[a.Unit].Name.Replace("&", "&amp;", StringComparison.Ordinal);
            if (a.Status == AwardStatus.TieAtQuota)
                html.Should().MatchRegex($"<tr class=\"tie\"><td class=\"whole\">{Regex.Escape(a.Unit)}</td>", $"{a.Unit} is tied at the quota");
            if (a.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota)
                annex.Should().Contain($"{name} ({a.Unit})", "every proposed or tied candidate has an achievement summary");
            else if (awards.All(x => x.Unit != a.Unit || x.Status is not (AwardStatus.Proposed or AwardStatus.TieAtQuota)))
                annex.Should().NotContain($"({a.Unit})");
        }

        var text = Spaces().Replace(ReportTools.PdfText(report.PdfPath!), " ");
        text.Should().Contain("Báo cáo tổng kết phong trào thi đua").And.Contain("Đề xuất khen thưởng")
            .And.Contain("Ma Thị Thu Hà").And.Contain("Nông Thị Hạnh").And.Contain("Hội đồng quyết định")
            .And.Contain("Tóm tắt thành tích").And.Contain("Xếp loại").And.Contain("Sáng kiến được công nhận");
        foreach (var a in awards.Where(a => a.Status == AwardStatus.Proposed && a.Score is not null))
            text.Should().Contain(ReportText.Score(a.Score));

        ReportFolder.List(outDir).Should().ContainSingle().Which.Manifest.Should().BeEquivalentTo(new
        {
            Campaign, Kind = ReportKind.Summary, Html = "BK2021-BAUCU-summary.html", Pdf = "BK2021-BAUCU-summary.pdf", PdfProblem = (string?)null,
        });
    }

    [Fact]
    public async Task Without_Chromium_the_html_is_still_written_and_the_manifest_says_how_to_install_it()
    {
        var outDir = ReportTools.TempDir();
        var service = db.Service(new ChromiumPdfPrinter("/nonexistent/chromium", TimeSpan.FromSeconds(5)));
        var report = await service.GenerateSummaryAsync(Campaign, ReportCutOff.Monthly(new(2021, 5)), outDir);

        File.Exists(report.HtmlPath).Should().BeTrue();
        report.PdfPath.Should().BeNull();
        report.Manifest.PdfProblem.Should().Contain("apt-get install chromium fonts-noto-core");
        report.Files.Should().BeEquivalentTo([report.HtmlPath, report.ManifestPath]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
