using ThiDua.Formatting;

namespace ThiDua.Periods.Locks;

/// <summary>A close or reopen in the words of the history lists (pages and reports).</summary>
public static class PeriodWords
{
    public static string Action(PeriodChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind == PeriodChangeKind.Closed
            ? $"Chốt số liệu đến hết {VietnameseDates.Month(change.Month)}"
            : $"Mở lại từ {VietnameseDates.Month(change.Month)}" + (change.ClosedThrough is { } t ? $" (còn chốt đến hết {VietnameseDates.Month(t)})" : " (không còn tháng nào chốt)");
    }
}
