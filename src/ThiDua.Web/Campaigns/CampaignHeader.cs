using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>The lines under a campaign page's title: kind, dates, the period shown and the as-of instant.</summary>
public static class CampaignHeader
{
    public static string Render(CampaignView view)
    {
        var c = view.Snapshot.Campaign;
        var asOf = view.AsOf is { } at
            ? $" · số liệu tính đến {Formatting.VietnameseDates.CutOff(at)} (giờ Việt Nam)"
            : " · số liệu mới nhất";
        return $"<p class=\"meta\">Mã <strong>{H.Encode(c.Code)}</strong> · {Labels.Of(c.Kind)} · từ {Labels.Date(c.Start)} đến {Labels.Date(c.End)}"
            + $" · kỳ đang xem: <strong>tháng {Labels.Month(view.Period)}</strong>{asOf}</p>";
    }
}
