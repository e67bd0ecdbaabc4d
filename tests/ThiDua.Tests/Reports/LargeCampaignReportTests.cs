using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Analytics;
using ThiDua.Charts;
using ThiDua.Dashboards;
using ThiDua.Periods;
using ThiDua.Reports.Html;
using ThiDua.Reports.Monthly;
using ThiDua.Reports.Shared;
using ThiDua.Tests.Analytics;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reports;

/// <summary>A campaign of thousands of rows gets a report that can be printed: the rows that matter, and where the rest are.</summary>
public sealed partial class LargeCampaignReportTests
{
    private static readonly DateTimeOffset CutOff = new(2024, 7, 1, 7, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void The_indicator_table_keeps_the_rows_behind_schedule_and_names_the_command_for_the_whole_table()
    {
        var builder = new SnapshotBuilder().Indicator("I").Indicator("J");
        for (var u = 0; u < 800; u++)
        {
            var code = "U" + u.ToString("D3", CultureInfo.InvariantCulture);
            // Every unit meets J; I is behind for the units from U500 on (lower and lower).
            builder.Unit(code).Target(code, "I", 100m).Target(code, "J", 100m)
                .Measure(code, "I", "2024-06", u < 500 ? 150m : (800m - u) / 4m).Measure(code, "J", "2024-06", 100m);
        }

        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(builder.Build(), new YearMonth(2024, 6), CutOff, [], null));

        html.Should().Contain("thidua attainment --campaign C --period 2024-06 --as-of 2024-07-01T07:00:00+07:00 --format csv");
        // The 300 units behind on I are all printed in the indicator table (and 1,200 other rows fill it to 1,500).
        foreach (var u in new[] { 500, 650, 799 }) html.Should().Contain($"(U{u})");
        html.Should().Contain("đơn vị khác chậm tiến độ ở chỉ tiêu này", "the lagging list of I keeps its 50 furthest behind");
        GroupRows().Matches(html).Count.Should().BeLessThan(1000, "one group row per unit printed, not 800 for every table");
    }

    [Fact]
    public async Task The_attainment_chart_and_heatmap_of_120_units_print_in_parts_that_pages_end_between()
    {
        var builder = new SnapshotBuilder().Indicator("I").Indicator("J");
        for (var u = 0; u < 120; u++)
        {
            var code = "U" + u.ToString("D3", CultureInfo.InvariantCulture);
            builder.Unit(code).Target(code, "I", 100m).Target(code, "J", 100m).Measure(code, "I", "2024-06", 40m + u).Measure(code, "J", "2024-06", 100m);
        }
        var snapshot = builder.Build();
        var month = new YearMonth(2024, 6);
        var result = CampaignAnalytics.Compute(snapshot, month);
        // The monthly report's dashboard, drawn as ReportService draws it: 50 bars, a 60-row heatmap, each taller than a page.
        var dashboard = new DashboardCatalog(Path.Combine(SeedFiles.RepositoryRoot, "dashboards")).Find("leadership")!;
        var panels = new DashboardRenderer(new SvgChartRenderer(), printHeightPerWidth: ReportStyles.ChartHeightPerWidth)
            .Render(dashboard, snapshot, new DashboardSelection("C", month, CutOff), result, () => CampaignAnalytics.Awards(snapshot));
        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(
            MonthlyReportBuilder.Build(snapshot, result, CutOff, [], new ReportPanels("leadership", dashboard.Title, panels)));
        var folder = ReportTools.TempDir();
        await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), html);
        await ReportTools.Chromium().PrintAsync(Path.Combine(folder, "report.html"), Path.Combine(folder, "report.pdf"));

        // The status textures (stripes, dots, hatch) are vectors: as SVG patterns Chromium printed each textured bar and
        // cell as an image of its own — 1,034 images, a 37 MB PDF, 40–120 s to print under load (2.7 MB and 7 s now).
        var pdf = await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf"));
        pdf.AsSpan().IndexOf("/Subtype /Image"u8).Should().Be(-1, "no chart of the report is printed as an image");
        pdf.Length.Should().BeLessThan(6_000_000);

        var pages = ReportTools.PdfText(Path.Combine(folder, "report.pdf")).Split('\f').Where(p => p.Trim().Length > 0)
            .Select(p => p.Split('\n').Select(l => l.Trim()).ToList()).ToList();
        foreach (var (caption, title, legend) in new[]
        {
            ("Mức độ hoàn thành chung của các tập thể", "Mức độ hoàn thành chung (điểm / 100)", "Dưới 100 điểm"),
            ("Đơn vị × chỉ tiêu", "Đơn vị × chỉ tiêu — ", "Không được giao chỉ tiêu"),
        })
        {
            pages.Sum(p => p.Count(l => l == caption)).Should().Be(1, $"“{caption}” is printed over the chart's first part only");
            pages.Sum(p => p.Count(l => l == caption + " (tiếp theo)")).Should().BeGreaterThan(0, $"“{caption}” is taller than a page");
            // Each part whole on one page: its title (its first line) and its legend (its last) on the same page.
            for (var i = 0; i < pages.Count; i++)
                pages[i].Count(l => l.Contains(legend, StringComparison.Ordinal) && !l.StartsWith(title, StringComparison.Ordinal))
                    .Should().Be(pages[i].Count(l => l.StartsWith(title, StringComparison.Ordinal)),
                        $"page {i + 1} of {pages.Count} ends between the parts of “{caption}”:\n{string.Join('\n', pages[i])}");
        }
    }

    [GeneratedRegex("class=\"group\"")]
    private static partial Regex GroupRows();
}
