using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

/// <summary>
/// "A reader never sees half a PDF": Chromium prints to a temporary name beside the report and the PDF gets its final
/// name only when complete, so a Chromium killed mid-write (or a full disk) leaves no half PDF and no temporary file.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReportPdfWriteFailureTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>, IDisposable
{
    private static readonly DateTimeOffset CutOff = new(2023, 1, 15, 0, 0, 0, TimeSpan.FromHours(7));
    private readonly string _tools = Directory.CreateTempSubdirectory("thidua-fake-chromium-").FullName;

    public void Dispose() => Directory.Delete(_tools, recursive: true);

    [Fact]
    public async Task A_Chromium_killed_while_writing_leaves_no_pdf_under_the_final_name_and_no_temporary_file()
    {
        var outDir = ReportTools.TempDir();
        // A printer process that writes the start of a PDF where it is told, then is killed (SIGKILL) before it finishes.
        var printer = Printer("""
            out=$(printf '%s\n' "$@" | sed -n 's/^--print-to-pdf=//p')
            echo "$out" > "$(dirname "$0")/printed-to"
            printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog' > "$out"
            kill -9 $$
            """);

        var report = await db.Service(printer).GenerateSummaryAsync("BK2022", CutOff, outDir);

        report.Manifest.PdfProblem.Should().NotBeNull("the print failed");
        var final = Path.Combine(outDir, "BK2022-summary.pdf");
        File.ReadAllText(Path.Combine(_tools, "printed-to")).Trim().Should().NotBe(final, "Chromium must print to a temporary name, never the final one");
        File.Exists(final).Should().BeFalse("a half-written PDF must never be left under its final name");
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo(["BK2022-summary.html", "BK2022-summary.json"],
            "no temporary file is left behind");
    }

    [Fact]
    public async Task A_pdf_cut_short_without_its_end_marker_is_a_print_failure_not_a_report()
    {
        var outDir = ReportTools.TempDir();
        // Exit 0 but no %%EOF: what a write cut short by a full disk looks like.
        var printer = Printer("""
            out=$(printf '%s\n' "$@" | sed -n 's/^--print-to-pdf=//p')
            printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog' > "$out"
            exit 0
            """);

        var report = await db.Service(printer).GenerateSummaryAsync("BK2022", CutOff, outDir);

        report.Manifest.PdfProblem.Should().Contain("%%EOF").And.Contain(" / ");
        File.Exists(Path.Combine(outDir, "BK2022-summary.pdf")).Should().BeFalse();
        Directory.GetFiles(outDir, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Real_Chromium_prints_to_a_temporary_name_and_the_complete_dated_pdf_is_renamed_in_place()
    {
        var chromium = ReportTools.Chromium().Executable;
        var outDir = ReportTools.TempDir();
        var printer = Printer($"""
            printf '%s\n' "$@" | sed -n 's/^--print-to-pdf=//p' > "$(dirname "$0")/printed-to"
            exec '{chromium}' "$@"
            """);

        var report = await db.Service(printer).GenerateSummaryAsync("BK2022", CutOff, outDir);

        report.Manifest.PdfProblem.Should().BeNull();
        var final = Path.Combine(outDir, "BK2022-summary.pdf");
        File.ReadAllText(Path.Combine(_tools, "printed-to")).Trim().Should().NotBe(final).And.StartWith(outDir + "/", "the temporary file is in the same folder, so the rename is atomic");
        var bytes = File.ReadAllBytes(final);
        System.Text.Encoding.ASCII.GetString(bytes[^16..]).Should().Contain("%%EOF");
        System.Text.Encoding.ASCII.GetString(bytes).Should().Contain("/CreationDate (D:20230114170000", "the stamping step still dates the PDF at the cut-off");
        Directory.GetFiles(outDir, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task A_Chromium_that_fails_is_named_with_how_to_fix_it_and_what_it_said_without_its_D_Bus_noise()
    {
        var outDir = ReportTools.TempDir();
        // As headless Chromium on a server: a dozen D-Bus complaints, then the line that matters.
        var printer = Printer("""
            for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
              echo "[1:1:1206/140504.931900:ERROR:dbus/object_proxy.cc:572] Failed to call method: org.freedesktop.DBus.NameHasOwner: object_path= /org/freedesktop/DBus: unknown error type:" >&2
            done
            echo "[1:2:1206/140508.352332:ERROR:headless_command_handler.cc:266] Failed to write file: Permission denied (13)" >&2
            exit 1
            """);

        var report = await db.Service(printer).GenerateSummaryAsync("BK2022", CutOff, outDir);

        report.Manifest.PdfProblem.Should().Contain("Chromium không tạo được PDF (mã thoát 1)")
            .And.Contain($"kiểm tra Chromium tại {Path.Combine(_tools, "chromium")} (THIDUA_CHROMIUM; cài bằng `apt-get install chromium fonts-noto-core`)")
            .And.Contain("check the Chromium at").And.Contain("Failed to write file: Permission denied (13)")
            .And.NotContain("dbus").And.NotContain("DBus");
    }

    private ChromiumPdfPrinter Printer(string script)
    {
        var path = Path.Combine(_tools, "chromium");
        File.WriteAllText(path, "#!/bin/sh\n" + script.Replace("\r", "", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new ChromiumPdfPrinter(path, TimeSpan.FromSeconds(60));
    }
}
