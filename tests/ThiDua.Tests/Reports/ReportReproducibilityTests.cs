using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

public sealed class ReportReproducibilityTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    [Fact]
    public async Task A_correction_imported_after_the_cut_off_leaves_the_report_unchanged_and_appears_in_the_next_month()
    {
        var june = new YearMonth(2022, 6);
        var outDir = ReportTools.TempDir();
        var service = db.Service(new NoPdfPrinter());
        var first = await service.GenerateMonthlyAsync("BK2022", june, ReportCutOff.Monthly(june), outDir);
        var before = await File.ReadAllBytesAsync(first.HtmlPath);

        // Ten days after June's cut-off an analyst corrects June's coverage of BK-BCVT: 99 → 97,5.
        db.Clock.Advance(new DateTimeOffset(2022, 7, 10, 9, 30, 0, ReportCutOff.VietnamOffset) - db.Clock.GetUtcNow());
        var outcome = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.Measurements,
            "campaign;unit;indicator;period;value;note\nBK2022;BK-BCVT;BK22-04;2022-06;97,5;\n", fileName: "sua-so-lieu-07.csv");
        outcome.Accepted.Should().BeTrue();

        var again = await service.GenerateMonthlyAsync("BK2022", june, ReportCutOff.Monthly(june), outDir);
        (await File.ReadAllBytesAsync(again.HtmlPath)).Should().Equal(before, "the June report is as of its cut-off");

        var july = new YearMonth(2022, 7);
        var next = await service.GenerateMonthlyAsync("BK2022", july, ReportCutOff.Monthly(july), outDir);
        var html = await File.ReadAllTextAsync(next.HtmlPath);
        var section = html[html.IndexOf("Điều chỉnh số liệu kể từ báo cáo tháng trước", StringComparison.Ordinal)..];
        section.Should().Contain("<td>10/07/2022 09:30</td><td>Phòng Bưu chính - Viễn thông (Sở TT&amp;TT Bắc Kạn)</td>")
            .And.Contain("<td>2022-06</td><td class=\"num\">99</td><td class=\"num\">97,5</td><td>test</td><td>sua-so-lieu-07.csv, dòng 2</td>");
        section.Should().Contain("sau 01/07/2022 07:00 (giờ Việt Nam, UTC+07:00) và đến 01/08/2022 07:00");
    }

    [Fact]
    public async Task Regenerating_a_report_for_the_same_cut_off_writes_the_same_html_and_manifest()
    {
        var month = new YearMonth(2022, 3);
        var cutOff = ReportCutOff.Monthly(month);
        var service = db.Service(new NoPdfPrinter());
        var a = await service.GenerateMonthlyAsync("BK2022", month, cutOff, ReportTools.TempDir());
        var b = await service.GenerateMonthlyAsync("BK2022", month, cutOff, ReportTools.TempDir());

        (await File.ReadAllBytesAsync(b.HtmlPath)).Should().Equal(await File.ReadAllBytesAsync(a.HtmlPath));
        (await File.ReadAllTextAsync(b.ManifestPath)).Should().Be(await File.ReadAllTextAsync(a.ManifestPath));
        Path.GetFileName(a.HtmlPath).Should().Be("BK2022-2022-03-monthly.html");
    }

    [Fact]
    public async Task Regenerating_a_report_for_the_same_cut_off_prints_the_same_pdf()
    {
        var month = new YearMonth(2022, 3);
        var cutOff = ReportCutOff.Monthly(month);
        var service = db.Service();
        var a = await service.GenerateMonthlyAsync("BK2022", month, cutOff, ReportTools.TempDir());
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // Chromium's own date would differ by a second at least
        var b = await service.GenerateMonthlyAsync("BK2022", month, cutOff, ReportTools.TempDir());

        a.Manifest.PdfProblem.Should().BeNull();
        (await File.ReadAllBytesAsync(b.PdfPath!)).Should().Equal(await File.ReadAllBytesAsync(a.PdfPath!));
    }
}
