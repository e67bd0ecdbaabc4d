using Microsoft.AspNetCore.Http;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Periods;

/// <summary>
/// What the campaign page's admin form just did, said as a status message under its section's heading: after a close,
/// a reopen or a council decision the page came back showing only the new state, and nothing told a screen reader (or
/// a hurried reader) that the action was done. The form's redirect names it (<c>?done=closed&amp;month=2021-10</c>);
/// a notice is shown only while the state still agrees with it, so a link kept or sent later says nothing false.
/// </summary>
public sealed record FormDoneNotice(string Done, YearMonth? Month)
{
    public const string Closed = "closed", Reopened = "reopened", Decision = "decision";

    /// <summary>The campaign page's address after a form of <paramref name="done"/>, at the section's heading.</summary>
    public static string Location(string campaign, string done, string anchor, YearMonth? month = null) =>
        $"/campaigns/{H.Segment(campaign)}?done={done}{(month is { } m ? $"&month={m}" : "")}#{anchor}";

    public static FormDoneNotice? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var done = request.Query["done"].ToString();
        if (done is not (Closed or Reopened or Decision)) return null;
        return new(done, YearMonth.TryParse(request.Query["month"].ToString(), out var month) ? month : null);
    }

    /// <summary>The close's or the reopen's notice, when the lock still reads as it left it.</summary>
    public string Period(PeriodLocks locks)
    {
        ArgumentNullException.ThrowIfNull(locks);
        return (Done, Month) switch
        {
            (Closed, { } m) when locks.Current?.Through == m => Status($"Đã chốt số liệu đến hết tháng {Html.Labels.Month(m)}."),
            (Reopened, { } m) when !locks.IsLocked(m) => Status($"Đã mở lại số liệu từ tháng {Html.Labels.Month(m)} (và các tháng sau)."),
            _ => "",
        };
    }

    /// <summary>The council decision's notice.</summary>
    public string Decided() => Done == Decision ? Status("Đã ghi nhận quyết định khen thưởng (xem bảng dưới đây).") : "";

    private static string Status(string text) => $"<p class=\"notice ok\" role=\"status\">{H.Encode(text)}</p>";
}
