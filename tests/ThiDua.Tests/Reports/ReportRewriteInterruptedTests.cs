using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

/// <summary>
/// A report written again over an older one and cut short while printing (the process killed or stopping, the disk
/// filling) must not leave the older sidecar and PDF — another cut-off, other figures — listed beside the new HTML:
/// /reports showed the old cut-off, served the new HTML and the old PDF under one entry.
/// </summary>
public sealed class ReportRewriteInterruptedTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private static readonly YearMonth June = new(2022, 6);
    private static readonly DateTimeOffset First = new(2022, 7, 1, 7, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Second = new(2022, 8, 1, 7, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task A_rewrite_stopped_while_printing_leaves_the_report_unlisted_not_the_old_sidecar_and_pdf_beside_the_new_html()
    {
        var outDir = ReportTools.TempDir();
        var old = await db.Service(new NoPdfPrinter()).GenerateMonthlyAsync("BK2022", June, First, outDir);
        old.PdfPath.Should().NotBeNull();

        var rewrite = () => db.Service(new StoppedWhilePrinting()).GenerateMonthlyAsync("BK2022", June, Second, outDir);

        await rewrite.Should().ThrowAsync<OperationCanceledException>();
        File.ReadAllText(old.HtmlPath).Should().Contain("01/08/2022", "the new HTML took the report's name");
        ReportFolder.List(outDir).Should().NotContain(r => r.Manifest.CutOff == First,
            "the old sidecar must not list the new HTML under the old cut-off");
        File.Exists(old.PdfPath).Should().BeFalse("the old PDF is another report's: it must not stand beside the new HTML");
        Directory.GetFiles(outDir, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task A_rewrite_that_completes_lists_the_new_report_only()
    {
        var outDir = ReportTools.TempDir();
        await db.Service(new NoPdfPrinter()).GenerateMonthlyAsync("BK2022", June, First, outDir);

        var again = await db.Service(new NoPdfPrinter()).GenerateMonthlyAsync("BK2022", June, Second, outDir);

        ReportFolder.List(outDir).Should().ContainSingle().Which.Manifest.CutOff.Should().Be(Second);
        File.Exists(again.PdfPath).Should().BeTrue();
    }

    // The server stopping (SIGTERM cancels the job) while Chromium prints: the PDF's temporary file is half written.
    private sealed class StoppedWhilePrinting : IPdfPrinter
    {
        public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken ct = default)
        {
            await File.WriteAllTextAsync(pdfPath, "%PDF-1.4\n1 0 obj", ct);
            throw new OperationCanceledException("stopping");
        }
    }
}
