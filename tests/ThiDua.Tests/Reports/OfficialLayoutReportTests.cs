using ThiDua.Periods;
using ThiDua.Reports;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The monthly and summary reports carry the Nghị định 30/2020 layout the Word dossier has: issuer under its parent with
/// the number, national heading with place and the cut-off's date, and at the end Nơi nhận beside the signer — from
/// the campaign's document settings, blanks without, and a broken settings file said on the report, not fatal.
/// </summary>
public sealed class OfficialLayoutReportTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private static string SettingsFolder(string campaign, string json)
    {
        var folder = ReportTools.TempDir();
        File.WriteAllText(Path.Combine(folder, campaign + ".json"), json);
        return folder;
    }

    private ReportService Service(string? documents, bool pdf = false) =>
        new(db.Runtime, pdf ? ReportTools.Chromium() : new NoPdfPrinter(), new ThiDua.Dashboards.DashboardCatalog(ReportTools.TempDir()), documents);

    [Fact]
    public async Task The_summary_pdf_has_the_campaigns_issuer_national_heading_and_signer()
    {
        var documents = SettingsFolder("BK2022", """
            { "parent_body": "UBND tỉnh Bắc Kạn", "issuing_body": "Sở Thông tin và Truyền thông", "place": "Bắc Kạn", "symbol": "STTTT",
              "signer_title": "Giám đốc", "signer_name": "Nguyễn Văn Thi", "recipients": ["UBND tỉnh;", "Lưu: VT, TĐKT."] }
            """);
        var outDir = ReportTools.TempDir();
        var campaign = (await db.Runtime.Snapshots.LoadAsync("BK2022"))!.Campaign;

        var report = await Service(documents, pdf: true).GenerateSummaryAsync("BK2022", ReportCutOff.Summary(campaign), outDir);

        var html = File.ReadAllText(report.HtmlPath);
        html.Should().Contain("UBND TỈNH BẮC KẠN").And.Contain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG").And.Contain("Số:        /BC-STTTT")
            .And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Độc lập - Tự do - Hạnh phúc")
            .And.Contain("Bắc Kạn, ngày 01 tháng 01 năm 2023").And.Contain("Nơi nhận:").And.Contain("- UBND tỉnh;")
            .And.Contain("GIÁM ĐỐC").And.Contain("Nguyễn Văn Thi");
        html.IndexOf("Nguyễn Văn Thi", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("class=\"annex\"", StringComparison.Ordinal), "the annex follows the signature");
        var text = ReportTools.PdfText(report.PdfPath!);
        text.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("SỞ THÔNG TIN VÀ TRUYỀN THÔNG").And.Contain("Nguyễn Văn Thi");
    }

    [Fact]
    public async Task Without_settings_the_monthly_report_has_the_layout_with_blanks_and_the_cut_offs_date()
    {
        var report = await Service(ReportTools.TempDir()).GenerateMonthlyAsync("BK2022", new YearMonth(2022, 6), ReportCutOff.Monthly(new YearMonth(2022, 6)), ReportTools.TempDir());

        var html = File.ReadAllText(report.HtmlPath);
        html.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Số:        /BC-………")
            .And.Contain("…………, ngày 01 tháng 7 năm 2022").And.Contain("- Lưu: VT, …………………….").And.Contain("(Ký, ghi rõ họ tên, đóng dấu)");
    }

    [Fact]
    public async Task A_broken_settings_file_is_named_on_the_report_which_is_still_written_with_blanks()
    {
        var documents = SettingsFolder("BK2022", """{ "issuer": "Sở" }""");

        var report = await Service(documents).GenerateMonthlyAsync("BK2022", new YearMonth(2022, 6), ReportCutOff.Monthly(new YearMonth(2022, 6)), ReportTools.TempDir());

        var html = File.ReadAllText(report.HtmlPath);
        html.Should().Contain("BK2022.json").And.Contain("không đọc được").And.Contain("cannot be read").And.Contain("Số:        /BC-………");
    }
}
