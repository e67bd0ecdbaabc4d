using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

/// <summary>
/// A server runs for months and prints every report with Chromium. A print that Chromium does not finish within its
/// time limit is killed; whatever that browser had written must go with it. Chromium keeps a folder of its own in its
/// temporary folder (<c>org.chromium.Chromium.XXXXXX</c>) that only a clean exit removes: until 2026-12 every killed
/// print left one in the server's temporary folder for good.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ChromiumTimeLimitLeftoversTests : IDisposable
{
    private readonly string _tools = Directory.CreateTempSubdirectory("thidua-chromium-wrapper-").FullName;

    public void Dispose() => Directory.Delete(_tools, recursive: true);

    [Fact]
    public async Task A_real_Chromium_killed_at_its_time_limit_leaves_no_folder_and_no_process_behind()
    {
        var chromium = ReportTools.Chromium().Executable;
        var work = ReportTools.TempDir();
        // A page whose script never ends: Chromium never gets to print it, as a browser stuck on a server would.
        var html = Path.Combine(work, "never-loads.html");
        File.WriteAllText(html, "<!doctype html><html><body><p>…</p><script>for (;;) {}</script></body></html>");
        // The real Chromium, started through a wrapper that notes the temporary folder and the profile it was given.
        var wrapper = Path.Combine(_tools, "chromium");
        File.WriteAllText(wrapper, $$"""
            #!/bin/sh
            echo "${TMPDIR:-/tmp}" > '{{_tools}}/tmpdir'
            printf '%s\n' "$@" | sed -n 's/^--user-data-dir=//p' > '{{_tools}}/profile'
            exec '{{chromium}}' "$@"

            """);
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var printer = new ChromiumPdfPrinter(wrapper, TimeSpan.FromSeconds(10));

        var print = () => printer.PrintAsync(html, Path.Combine(work, "never.pdf"));

        (await print.Should().ThrowAsync<PdfPrintException>()).Which.Message.Should().Contain("did not finish printing");
        var profile = File.ReadAllText(Path.Combine(_tools, "profile")).Trim();
        var chromiumTemp = File.ReadAllText(Path.Combine(_tools, "tmpdir")).Trim();
        Directory.Exists(profile).Should().BeFalse("the run's profile is removed after a killed print");
        (Directory.Exists(chromiumTemp) ? Directory.GetDirectories(chromiumTemp, "org.chromium.Chromium.*") : [])
            .Should().BeEmpty($"nothing Chromium wrote in its temporary folder ({chromiumTemp}) may outlive the print");
        StillRunning(profile).Should().BeEmpty("every process of the killed browser is gone");
    }

    // Processes whose command line names the profile (the browser and its helpers all carry --user-data-dir).
    private static List<string> StillRunning(string profile) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(p => p!.All(char.IsAsciiDigit))
            .Select(p => (Pid: p!, Args: Read($"/proc/{p}/cmdline")))
            .Where(p => p.Args.Contains("--user-data-dir=" + profile, StringComparison.Ordinal))
            .Select(p => p.Pid).ToList();

    private static string Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }
}
