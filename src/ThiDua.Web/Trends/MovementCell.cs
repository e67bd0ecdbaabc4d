using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Trends;

/// <summary>A ranking row's movement since the month before: "▲2 (+3,25)", "▼1 (−0,50)", "=", "mới", titled in words.</summary>
public static class MovementCell
{
    public static string Render(CampaignView view, string unit)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!view.Movements.TryGetValue(unit, out var m)) return "";
        var css = m.Arrow[0] switch { '▲' => "up", '▼' => "down", _ => "same" };
        var title = m.PreviousRank is { } p
            ? $"Tháng {view.Period.AddMonths(-1).Month:D2}/{view.Period.AddMonths(-1).Year}: hạng {p}, điểm {ThiDua.Formatting.VietnameseNumber.FormatFixed(m.PreviousScore!.Value, 2)}"
            : "Chưa xếp hạng ở tháng trước";
        return $"<span class=\"move {css}\" title=\"{H.Encode(title)}\">{m.Arrow}{(m.ScoreChange is { } d ? $" <small>({d})</small>" : "")}{Words(m.Arrow)}</span>"
            + (m.GoneAbove > 0 ? $" <small class=\"gone\">({m.GoneAbove} đơn vị xếp trên ở tháng trước không còn trong bảng)</small>" : "");
    }

    // The arrow in words for a screen reader: "▲2" is read as a symbol's name, or not at all, and a span's title is
    // not read by every reader; the colour says nothing to one who does not see it. "mới" is a word already.
    private static string Words(string arrow) => arrow[0] switch
    {
        '▲' => ScreenReaderText.For($" (lên {arrow[1..]} hạng)"),
        '▼' => ScreenReaderText.For($" (xuống {arrow[1..]} hạng)"),
        '=' => ScreenReaderText.For(" (giữ nguyên hạng)"),
        _ => "",
    };
}
