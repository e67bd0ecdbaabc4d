using System.Globalization;
using ThiDua.Benchmarks.Harness;

namespace ThiDua.Benchmarks.Goals;

/// <summary>
/// D1: a 100-candidate campaign's Word dossier (tờ trình, biên bản, tổng kết with ScottPlot PNG charts, 100 báo cáo
/// thành tích) against the same campaign's summary HTML (the PDF's source) in the same run.
/// D2: 100K attainment rows written as .xlsx against the same rows as CSV in the same run.
/// Each side runs in a child process: time and peak RSS (VmHWM) are its own. Each runs twice, alternated (baseline,
/// document, document, baseline), and the faster run of each counts: the first child after a build reads ScottPlot's
/// native library and the fonts from a cold disk (D1 0.92 s against 0.43–0.46 s in later runs of the same build).
/// </summary>
public static class DocumentsVsBaselines
{
    public static async Task<GoalResult> DossierAsync(string workDir)
    {
        var (html, docx) = await FasterOfTwoAsync("html", "docx", 0, workDir);
        var files = Directory.GetFiles(Path.Combine(workDir, "docx", DossierCampaign.Code + "-ho-so-khen-thuong")).Length;
        var ratio = docx.Seconds / html.Seconds;
        return new GoalResult("D1", "Word dossier of a 100-candidate campaign (103 .docx, PNG charts)",
            string.Create(CultureInfo.InvariantCulture, $"{docx.Seconds:0.00} s for {files} files, peak RSS {docx.PeakRssKb / 1024} MB"),
            string.Create(CultureInfo.InvariantCulture, $"summary HTML of the same campaign {html.Seconds:0.00} s, peak RSS {html.PeakRssKb / 1024} MB"),
            ratio, "≤ 20× the HTML, RSS ≤ 300 MB", ratio <= 20 && docx.PeakRssKb / 1024 <= 300,
            string.Create(CultureInfo.InvariantCulture, $"{docx.Seconds * 1000 / files:0} ms a file"));
    }

    public static async Task<GoalResult> XlsxAsync(string workDir, int rows = 100_000)
    {
        var (csv, xlsx) = await FasterOfTwoAsync("csv", "xlsx", rows, workDir);
        var ratio = xlsx.Seconds / csv.Seconds;
        var memory = (double)xlsx.PeakRssKb / csv.PeakRssKb;
        return new GoalResult("D2", string.Create(CultureInfo.InvariantCulture, $"{rows / 1000}K attainment rows → .xlsx (typed cells, formats, fitted widths)"),
            string.Create(CultureInfo.InvariantCulture, $"{xlsx.Seconds:0.00} s, peak RSS {xlsx.PeakRssKb / 1024} MB, {Size(workDir, "xlsx")}"),
            string.Create(CultureInfo.InvariantCulture, $"the same rows as CSV {csv.Seconds:0.00} s, peak RSS {csv.PeakRssKb / 1024} MB, {Size(workDir, "csv")}"),
            ratio, "time ≤ 15× CSV, RSS ≤ 1.5× CSV", ratio <= 15 && memory <= 1.5,
            string.Create(CultureInfo.InvariantCulture, $"RSS {memory:0.00}× CSV's"));
    }

    private static string Size(string workDir, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"{new FileInfo(Path.Combine(workDir, kind, "attainment." + kind)).Length / 1024.0 / 1024:0.0} MB");

    private static async Task<(ChildImport.Result Baseline, ChildImport.Result Document)> FasterOfTwoAsync(string baseline, string document, int rows, string workDir)
    {
        var b1 = await ChildAsync(baseline, rows, workDir);
        var d1 = await ChildAsync(document, rows, workDir);
        var d2 = await ChildAsync(document, rows, workDir);
        var b2 = await ChildAsync(baseline, rows, workDir);
        return (b1.Seconds <= b2.Seconds ? b1 : b2, d1.Seconds <= d2.Seconds ? d1 : d2);
    }

    private static Task<ChildImport.Result> ChildAsync(string scenario, int rows, string workDir)
    {
        var dir = Path.Combine(workDir, scenario);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        return ChildImport.ChildAsync(scenario, "--child-document", scenario, rows.ToString(CultureInfo.InvariantCulture), dir);
    }
}
