using ThiDua.Periods;

namespace ThiDua.Reports.Html;

/// <summary>Where a report's cut table is whole: the CLI query with the report's own cut-off gives exactly its numbers.</summary>
public static class WholeTable
{
    public static string Command(string campaign, YearMonth month, DateTimeOffset cutOff) =>
        $"thidua attainment --campaign {campaign} --period {month} --as-of {Formatting.VietnameseDates.Iso(cutOff)} --format csv";
}
