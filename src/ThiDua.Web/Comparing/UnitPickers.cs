using System.Text;
using ThiDua.Comparing;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Campaigns;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Comparing;

/// <summary>
/// The comparison's unit pickers: one per chosen unit and one empty more (at least two, at most
/// <see cref="UnitComparison.MaxUnits"/>) — plain HTML, no script. A province's campaign (up to <see cref="MaxListed"/>
/// units) gets selects grouped by cụm, khối; a national one text fields sharing one list of suggestions, since six
/// selects of 11,000 units each would be megabytes of options.
/// </summary>
internal static class UnitPickers
{
    public const int MaxListed = 300;

    public static string Render(CampaignView view, IReadOnlyList<string> chosen)
    {
        var snapshot = view.Snapshot;
        var units = snapshot.Targets.Select(t => t.Unit).Concat(snapshot.Ratings.Select(r => r.Unit)).Concat(chosen)
            .Distinct(StringComparer.Ordinal).Where(snapshot.Units.ContainsKey).Select(u => snapshot.Units[u])
            .OrderBy(u => string.IsNullOrEmpty(u.Cluster)).ThenBy(u => u.Cluster, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var count = Math.Clamp(chosen.Count + 1, 2, UnitComparison.MaxUnits);
        var sb = new StringBuilder();
        for (var n = 0; n < count; n++)
        {
            var value = n < chosen.Count ? chosen[n] : "";
            if (units.Count > MaxListed)
                sb.Append($"<label>Đơn vị {n + 1}<input name=\"units\" list=\"don-vi-so-sanh\" value=\"{H.Encode(value)}\" autocomplete=\"off\" placeholder=\"mã hoặc tên đơn vị\"></label>");
            else
                sb.Append($"<label>Đơn vị {n + 1}<select name=\"units\"><option value=\"\">(chưa chọn)</option>").Append(Options(view, units, value)).Append("</select></label>");
        }
        if (units.Count > MaxListed)
        {
            sb.Append("<datalist id=\"don-vi-so-sanh\">");
            foreach (var u in units) sb.Append($"<option value=\"{H.Encode(u.Code)}\">{H.Encode(u.Name + FilterForm.Ended(view, u))}</option>");
            sb.Append("</datalist>");
        }
        return sb.ToString();
    }

    private static string Options(CampaignView view, IReadOnlyList<Unit> units, string selected)
    {
        var sb = new StringBuilder();
        foreach (var group in units.GroupBy(u => u.Cluster ?? ""))
        {
            var cluster = group.Key.Length == 0 ? null : group.Key;
            sb.Append($"<optgroup label=\"{H.Encode(RankingGroupName.ClusterShort(cluster, view.Snapshot.ClusterName(cluster)))}\">");
            foreach (var u in group)
                sb.Append($"<option value=\"{H.Encode(u.Code)}\"{(u.Code == selected ? " selected" : "")}>{H.Encode(u.Name + FilterForm.Ended(view, u))}</option>");
            sb.Append("</optgroup>");
        }
        return sb.ToString();
    }
}
