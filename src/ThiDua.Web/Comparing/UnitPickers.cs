using System.Text;
using ThiDua.Comparing;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Web.Campaigns;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Comparing;

/// <summary>
/// The comparison's unit pickers: one select per chosen unit and one empty more (at least two, at most
/// <see cref="UnitComparison.MaxUnits"/>), the campaign's units grouped by cụm, khối — plain HTML, no script.
/// </summary>
internal static class UnitPickers
{
    public static string Render(CampaignView view, IReadOnlyList<string> chosen)
    {
        var snapshot = view.Snapshot;
        var inCampaign = snapshot.Targets.Select(t => t.Unit).Concat(snapshot.Ratings.Select(r => r.Unit)).Concat(chosen)
            .Distinct(StringComparer.Ordinal).Where(snapshot.Units.ContainsKey).Select(u => snapshot.Units[u])
            .OrderBy(u => string.IsNullOrEmpty(u.Cluster)).ThenBy(u => u.Cluster, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var count = Math.Clamp(chosen.Count + 1, 2, UnitComparison.MaxUnits);
        var sb = new StringBuilder();
        for (var n = 0; n < count; n++)
        {
            var selected = n < chosen.Count ? chosen[n] : "";
            sb.Append($"<label>Đơn vị {n + 1}<select name=\"units\"><option value=\"\">(chưa chọn)</option>");
            foreach (var group in inCampaign.GroupBy(u => u.Cluster ?? ""))
            {
                sb.Append($"<optgroup label=\"{H.Encode(RankingGroupName.ClusterShort(group.Key.Length == 0 ? null : group.Key, snapshot.ClusterName(group.Key)))}\">");
                foreach (var u in group)
                    sb.Append($"<option value=\"{H.Encode(u.Code)}\"{(u.Code == selected ? " selected" : "")}>{H.Encode(u.Name)}")
                      .Append(u.ExistsAt(view.Period) ? "" : $" ({H.Encode(UnitEndWords.Since(u.Ended!.Value))})").Append("</option>");
                sb.Append("</optgroup>");
            }
            sb.Append("</select></label>");
        }
        return sb.ToString();
    }
}
