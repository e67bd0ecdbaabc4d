using ThiDua.Formatting;

namespace ThiDua.Measurements.Submissions;

/// <summary>The words the page and the sheet say about a unit's figures for the month.</summary>
public static class SubmissionWords
{
    public static string State(SubmissionRow s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Complete ? "đã báo cáo đủ" : s.None ? "chưa báo cáo" : "báo cáo thiếu";
    }

    /// <summary>"gần nhất tháng 09/2024", or "chưa có tháng nào".</summary>
    public static string Last(MissingFigure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.LastReported is { } last ? "gần nhất " + VietnameseDates.Month(last) : "chưa có tháng nào";
    }

    /// <summary>"(BK22-12; gần nhất tháng 05/2022)": what follows an owed indicator's name on the page and in the Excel.</summary>
    public static string Detail(MissingFigure m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return $"({m.Indicator}; {Last(m)})";
    }
}
