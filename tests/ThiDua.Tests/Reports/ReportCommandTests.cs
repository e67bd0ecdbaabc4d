using System.Text.Json;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Reports;

public sealed class ReportCommandTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    [Fact]
    public async Task Report_monthly_writes_html_pdf_and_manifest_named_after_campaign_and_month()
    {
        var outDir = ReportTools.TempDir();
        var (code, stdout, stderr) = await RunAsync("report", "monthly", "--campaign", "BK2022", "--month", "2022-06", "--out", outDir,
            "--as-of", "2022-07-01T07:00:00");

        code.Should().Be(0, stderr);
        stdout.Should().Contain("BK2022-2022-06-monthly.html").And.Contain("BK2022-2022-06-monthly.pdf").And.Contain("BK2022-2022-06-monthly.json");
        File.Exists(Path.Combine(outDir, "BK2022-2022-06-monthly.pdf")).Should().BeTrue();
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "BK2022-2022-06-monthly.json")));
        manifest.RootElement.GetProperty("cut_off").GetString().Should().Be("2022-07-01T07:00:00+07:00", "a time without offset is Vietnam time");
        manifest.RootElement.GetProperty("kind").GetString().Should().Be("monthly");
    }

    [Fact]
    public async Task Unknown_campaign_is_rejected_with_exit_1_in_both_languages()
    {
        var (code, _, stderr) = await RunAsync("report", "summary", "--campaign", "NOPE", "--out", ReportTools.TempDir());

        code.Should().Be(1);
        stderr.Should().Contain("Không có phong trào 'NOPE'").And.Contain("campaign 'NOPE' does not exist");
    }

    [Fact]
    public async Task Month_outside_the_campaign_is_rejected_with_exit_1_and_nothing_written()
    {
        var outDir = ReportTools.TempDir();
        var (code, _, stderr) = await RunAsync("report", "monthly", "--campaign", "BK2022", "--month", "2023-01", "--out", outDir);

        code.Should().Be(1);
        stderr.Should().Contain("Kỳ tháng 01/2023 nằm ngoài phong trào").And.Contain("is outside campaign BK2022");
        Directory.EnumerateFileSystemEntries(outDir).Should().BeEmpty();
    }

    [Theory]
    [InlineData("report", "monthly", "--campaign", "BK2022", "--month", "13/2022", "--out", "x")]
    [InlineData("report", "monthly", "--campaign", "BK2022", "--out", "x")]
    [InlineData("report", "summary", "--campaign", "BK2022", "--out", "x", "--as-of", "yesterday")]
    [InlineData("report", "weekly", "--campaign", "BK2022")]
    public async Task Malformed_options_are_a_usage_error_with_exit_2(params string[] args)
    {
        var (code, _, stderr) = await RunAsync(args);

        code.Should().Be(2);
        stderr.Should().Contain("usage error");
    }

    [Theory]
    [InlineData("monthly", "--month", "2022-06")]
    [InlineData("summary")]
    [InlineData("dossier")]
    public async Task A_cut_off_still_to_come_is_refused_with_exit_2_and_nothing_written(string kind, params string[] extra)
    {
        var outDir = ReportTools.TempDir();
        var (code, _, stderr) = await RunAsync(["report", kind, "--campaign", "BK2022", .. extra, "--out", outDir, "--as-of", "2099-01-01T00:00:00+07:00"]);

        code.Should().Be(2, "a document as of an instant to come would print today's figures under a later date");
        stderr.Should().Contain("--as-of 01/01/2099 00:00:00 chưa đến").And.Contain("--as-of 2099-01-01T00:00:00+07:00 is still to come");
        Directory.EnumerateFileSystemEntries(outDir).Should().BeEmpty();
    }

    private Task<CliResult> RunAsync(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);
}
