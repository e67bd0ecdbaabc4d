using ThiDua.Reports;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The clerk reads the printed summary's award tables: in the narrow "Mã" and "Loại" columns the codes broke at their
/// hyphens ("KG-" / "TTBCXB-" / "01") and "Cá nhân" over two lines. Codes and kinds are kept whole, read back from the PDF.
/// </summary>
public sealed class SummaryPdfCodesTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "KG2021";

    [Fact]
    public async Task Every_candidates_code_and_kind_is_printed_whole_in_the_award_tables()
    {
        var service = new ReportService(db.Runtime, ReportTools.Chromium(), new ThiDua.Dashboards.DashboardCatalog(ReportTools.TempDir()), ReportTools.TempDir());
        var snapshot = (await db.Runtime.Snapshots.LoadAsync(Campaign))!;
        var report = await service.GenerateSummaryAsync(Campaign, ReportCutOff.Summary(snapshot.Campaign), ReportTools.TempDir());
        report.Manifest.PdfProblem.Should().BeNull();
        var text = ReportTools.PdfText(report.PdfPath!);
        var section = text[text.IndexOf("3. Đề xuất khen thưởng", StringComparison.Ordinal)..text.IndexOf("4. Khen thưởng đã có quyết định", StringComparison.Ordinal)];

        var candidates = (await db.Runtime.Analytics.AwardsAsync(Campaign, null)).Rows.Select(r => r.Unit).Distinct().ToList();
        candidates.Should().Contain("KG-TTBCXB-01");
        foreach (var code in candidates)
            section.Should().MatchRegex($@"(^|\s){System.Text.RegularExpressions.Regex.Escape(code)}\s", $"{code} is printed on one line");
        section.Should().Contain("Cá nhân").And.Contain("Tập thể");
        section.Split('\n').Should().NotContain(l => l.TrimEnd().EndsWith(" Cá", StringComparison.Ordinal), "'Cá nhân' is not split over two lines");
    }
}
