using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Charts;
using ThiDua.Periods;
using ThiDua.Reports.Html;
using ThiDua.Reports.Monthly;
using ThiDua.Tests.Analytics;

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

    [GeneratedRegex("class=\"group\"")]
    private static partial Regex GroupRows();
}
