using System.Text;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.Headline;

/// <summary>
/// The headline cards and the lagging indicators right after them, for the units the page's cluster filter admits:
/// the campaign page and a dashboard with <c>"headline": true</c> open with the same figures.
/// </summary>
public static class HeadlineSection
{
    /// <summary>The id of the lagging indicators' heading, which the cards' "xem tất cả" leads to.</summary>
    public const string LaggingAnchor = "cham-tien-do";

    /// <param name="links">Where the cards' links lead on this page; the lagging indicators are always here.</param>
    public static string Render(CampaignView view, DashboardSelection selection, SectionLinks links)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        var filter = new ChartFilter(selection.Cluster);
        bool Admits(string unit) => view.Snapshot.Units.TryGetValue(unit, out var u) && filter.Admits(u);
        return new StringBuilder(HeadlineCards.Render(HeadlineCards.Build(view, Admits, links)))
            .Append($"<h2 id=\"{LaggingAnchor}\">Chỉ tiêu chậm tiến độ</h2>").Append(LaggingIndicators.Render(view, view.Result.Attainment.Where(a => Admits(a.Unit))))
            .ToString();
    }
}
