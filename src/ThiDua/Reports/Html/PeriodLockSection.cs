using ThiDua.Periods.Locks;
using static ThiDua.Reports.Html.ReportText;

namespace ThiDua.Reports.Html;

/// <summary>The lock state ("chốt số liệu") as it stood at the report's cut-off, with the closes and reopens until then.</summary>
internal static class PeriodLockSection
{
    public static void Write(HtmlWriter w, PeriodLocks locks)
    {
        w.Element("p", locks.Current is null
            ? "Chốt số liệu: chưa chốt tháng nào, số liệu mọi tháng còn có thể được sửa."
            : $"Chốt số liệu: {PeriodMessages.State(locks)}; số liệu các tháng này không còn sửa được.", "note");
        if (locks.History.Count == 0) return;
        w.TableStart("Thời điểm", "Việc", "Người thực hiện", "Lý do");
        foreach (var h in locks.History)
            w.Row(ShortInstant(h.At), PeriodWords.Action(h), h.By, h.Reason ?? Missing);
        w.TableEnd();
    }
}
