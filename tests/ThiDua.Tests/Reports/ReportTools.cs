using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

/// <summary>The external tools the report tests need (Chromium, poppler-utils). Missing tools fail the test with the install command, never skip it.</summary>
internal static class ReportTools
{
    public static ChromiumPdfPrinter Chromium()
    {
        var printer = ChromiumPdfPrinter.Default();
        File.Exists(printer.Executable).Should().BeTrue($"the report tests print with Chromium at {printer.Executable}: {ChromiumPdfPrinter.InstallHint}");
        return printer;
    }

    /// <summary><c>pdftotext -layout</c>, the text as a reader would copy it.</summary>
    public static string PdfText(string pdf)
    {
        var txt = Path.ChangeExtension(pdf, ".txt");
        Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, txt);
        return File.ReadAllText(txt);
    }

    /// <summary>The words of page <paramref name="page"/> with their boxes in points from the top left (<c>pdftotext -bbox</c>), in reading order.</summary>
    public static IReadOnlyList<(string Word, double XMin, double YMin, double XMax, double YMax)> WordBoxes(string pdf, int page)
    {
        var html = Run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-");
        return Regex.Matches(html, "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[5].Value), D(m.Groups[1].Value), D(m.Groups[2].Value), D(m.Groups[3].Value), D(m.Groups[4].Value)))
            .ToList();
        static double D(string v) => double.Parse(v, CultureInfo.InvariantCulture);
    }

    /// <summary>Page 1 as a 60 dpi PNG; returns its path.</summary>
    public static string FirstPagePng(string pdf)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return prefix + ".png";
    }

    /// <summary>A fresh folder for one test's reports, inside this run's folder, which goes when the run ends.</summary>
    public static string TempDir() => Directory.CreateDirectory(Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N")[..8])).FullName;

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        // Runs that ended before their exit hook finished leave a folder behind: sweep those older than a day.
        foreach (var old in Directory.GetDirectories(Path.GetTempPath(), "thidua-report-test-*"))
            if (Directory.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-1)) TryDelete(old);
        var folder = Directory.CreateTempSubdirectory("thidua-report-test-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    });

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { } // a leftover folder in /tmp is harmless
        catch (UnauthorizedAccessException) { }
    }

    private static string Run(string tool, params string[] args)
    {
        var path = new[] { "/usr/bin/", "/usr/local/bin/" }.Select(d => d + tool).FirstOrDefault(File.Exists);
        path.Should().NotBeNull($"{tool} is needed to read the PDF: apt-get install poppler-utils");
        var info = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        var errors = p.StandardError.ReadToEnd();
        p.WaitForExit(60_000).Should().BeTrue($"{tool} should finish");
        p.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', args)} failed: {errors}");
        return output;
    }
}
