using System.Diagnostics;

namespace ThiDua.Reports.Pdf;

/// <summary>
/// Prints with headless Chromium (Debian's <c>chromium</c>): a fresh profile per run, no network chatter,
/// the browser's own header and footer off (the page numbers come from the document's @page rules). Everything the
/// browser writes goes under that profile — its temporary folder (<c>TMPDIR</c>) too — and the profile is removed
/// after the run, whether Chromium finished, failed or was killed at its time limit.
/// </summary>
public sealed class ChromiumPdfPrinter(string executable, TimeSpan timeout) : IPdfPrinter
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    public const string InstallHint = "apt-get install chromium fonts-noto-core";

    public string Executable => executable;

    /// <summary><c>THIDUA_CHROMIUM</c> if set, else <c>/usr/bin/chromium</c>; 120 s per document.</summary>
    public static ChromiumPdfPrinter Default() =>
        new(Environment.GetEnvironmentVariable("THIDUA_CHROMIUM") is { Length: > 0 } path ? path : DefaultExecutable, TimeSpan.FromSeconds(120));

    /// <summary>Prints to <paramref name="pdfPath"/> (the caller's temporary name); on any failure nothing is left there.</summary>
    public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken ct = default)
    {
        if (!File.Exists(executable))
            throw new PdfPrintException($"Không tìm thấy Chromium tại {executable}: cài bằng `{InstallHint}` (hoặc đặt THIDUA_CHROMIUM) / "
                + $"Chromium not found at {executable}: install it with `{InstallHint}` (or set THIDUA_CHROMIUM). Tệp HTML vẫn được ghi / the HTML was still written.");
        var profile = Directory.CreateTempSubdirectory("thidua-chromium-");
        var printed = false;
        try
        {
            File.Delete(pdfPath);
            using var process = new Process { StartInfo = StartInfo(Path.GetFullPath(htmlPath), Path.GetFullPath(pdfPath), profile.FullName) };
            process.Start();
            var stderr = process.StandardError.ReadToEndAsync(ct);
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                // Gone before its profile is removed: a browser still exiting could write into the folder being deleted.
                process.WaitForExit(TimeSpan.FromSeconds(10));
                ct.ThrowIfCancellationRequested();
                throw new PdfPrintException($"Chromium không in xong trong {timeout.TotalSeconds:0} giây / Chromium did not finish printing within {timeout.TotalSeconds:0} s.");
            }
            await stdout;
            var errors = await stderr;
            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
                throw new PdfPrintException($"Chromium không tạo được PDF (mã thoát {process.ExitCode}) / Chromium did not produce the PDF (exit code {process.ExitCode}) — "
                    + $"kiểm tra Chromium tại {executable} (THIDUA_CHROMIUM; cài bằng `{InstallHint}`) rồi chạy lại; tệp HTML vẫn được ghi / check the Chromium at "
                    + $"{executable} (THIDUA_CHROMIUM; install it with `{InstallHint}`) and run again; the HTML was still written."
                    + (Tail(errors) is { Length: > 0 } said ? " Chromium: " + said : ""));
            if (!EndsWithEof(pdfPath))
                throw new PdfPrintException("Chromium ghi PDF không trọn vẹn (thiếu %%EOF; đĩa đầy?) — giải phóng chỗ trống rồi chạy lại / "
                    + "Chromium wrote an incomplete PDF (no %%EOF; disk full?) — free some space and run again. " + Tail(errors));
            printed = true;
        }
        finally
        {
            if (!printed) Reports.AtomicFile.TryDelete(pdfPath);
            TryDelete(profile);
        }
    }

    private ProcessStartInfo StartInfo(string html, string pdf, string profile)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        // Chromium keeps a folder of its own in TMPDIR (org.chromium.Chromium.XXXXXX) that only a clean exit removes: each
        // print killed at its time limit (or by a server stopping) left one in the server's temporary folder for good.
        // Inside the profile it goes with the profile.
        info.Environment["TMPDIR"] = Directory.CreateDirectory(Path.Combine(profile, "tmp")).FullName;
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri,
        }) info.ArgumentList.Add(arg);
        return info;
    }

    // A complete PDF ends with %%EOF (and perhaps a line end); a write cut short by a full disk does not.
    private static bool EndsWithEof(string pdfPath)
    {
        using var file = File.OpenRead(pdfPath);
        var tail = new byte[Math.Min(1024, file.Length)];
        file.Seek(-tail.Length, SeekOrigin.End);
        file.ReadExactly(tail);
        return tail.AsSpan().LastIndexOf("%%EOF"u8) >= 0;
    }

    // The last of what Chromium said, whole lines only, without its complaints about the absent D-Bus (every headless run
    // on a server prints a dozen of them, which buried the line that mattered: "No space left on device").
    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase)).ToList();
        var kept = new List<string>();
        for (var (i, length) = (lines.Count - 1, 0); i >= 0 && length + lines[i].Length <= 2000; length += lines[i].Length + 1, i--) kept.Insert(0, lines[i]);
        return string.Join('\n', kept);
    }

    // Chromium may still hold files in its profile for a moment; a leftover temp folder is harmless.
    private static void TryDelete(DirectoryInfo dir)
    {
        try { dir.Delete(recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
