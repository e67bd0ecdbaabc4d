using ThiDua.Awards;
using ThiDua.Charts;
using ThiDua.Charts.Mapping;
using ThiDua.Dashboards;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>Award candidates with their status and the reasons in full, in Vietnamese; each name links to its unit page.</summary>
public static class AwardsTable
{
    public static string Render(CampaignView view, IEnumerable<AwardRow> rows) => Render(view, Candidates(view, rows));

    /// <summary>The awards chart's rows: a cluster-scoped form grouped by cluster, each row saying which cluster it leads.</summary>
    public static IReadOnlyList<AwardCandidateRow> Candidates(CampaignView view, IEnumerable<AwardRow> rows) =>
        CampaignCharts.Awards(view.Snapshot, rows.ToList(), new ChartFilter()).Candidates;

    public static string Render(CampaignView view, IReadOnlyList<AwardCandidateRow> candidates)
    {
        var campaign = view.Snapshot.Campaign.Code;
        return AwardCandidatesHtml.Render(candidates, unit => $"/campaigns/{H.Segment(campaign)}/units/{H.Segment(unit)}");
    }
}
