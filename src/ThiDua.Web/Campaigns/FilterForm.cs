using System.Text;
using ThiDua.Dashboards;
using ThiDua.Web.Charts;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// A GET form of filters (cluster, period, asOf, indicator, unit, form): plain HTML, so it works without
/// JavaScript and the URL of the page is the selection, shareable and printable.
/// </summary>
public static class FilterForm
{
    public static string Render(string action, IEnumerable<string> filters, CampaignView view, DashboardSelection selection,
        IReadOnlyDictionary<string, string>? hidden = null, string fields = "")
    {
        var sb = new StringBuilder();
        sb.Append($"<form class=\"filters\" method=\"get\" action=\"{H.Encode(action)}\" aria-label=\"Bộ lọc\">");
        foreach (var (name, value) in hidden ?? new Dictionary<string, string>())
            sb.Append($"<input type=\"hidden\" name=\"{H.Encode(name)}\" value=\"{H.Encode(value)}\">");
        sb.Append(fields); // a page's own fields first (the comparison's unit pickers)
        foreach (var filter in filters) sb.Append(Field(filter, view, selection));
        sb.Append("<button type=\"submit\">Xem</button>");
        sb.Append($"<a class=\"no-print\" href=\"{H.Encode(action)}{(hidden is { Count: > 0 } ? "?" + string.Join("&", hidden.Select(h => $"{H.Encode(h.Key)}={H.Query(h.Value)}")) : "")}\">Bỏ lọc</a>");
        sb.Append("</form>");
        return sb.ToString();
    }

    private static string Field(string filter, CampaignView view, DashboardSelection s) => filter switch
    {
        "cluster" => Select("cluster", "Cụm, khối thi đua", s.Cluster is null ? "" : s.Cluster.Length == 0 ? ChartSelection.NoCluster : s.Cluster,
            [("", "Tất cả cụm, khối"), .. ClusterOptions(view, s)]),
        "period" => Select("period", "Kỳ (tháng)", view.Period.ToString(), Months(view)),
        // dd/mm/yyyy hh:mm whatever the browser's language (a datetime-local field showed mm/dd/yyyy in an English one).
        "asOf" => Html.DateField.Instant("asOf", "Số liệu tính đến (giờ Việt Nam)", s.AsOf),
        "indicator" => Select("indicator", "Chỉ tiêu", s.Indicator ?? "",
            [("", "Tất cả chỉ tiêu"), .. view.Snapshot.Indicators.Select(i => (i.Code, $"{i.Code} — {Shorten(i.Name)}"))]),
        "unit" => Select("unit", "Đơn vị", s.Unit ?? "",
            [("", "Tất cả đơn vị"), .. UnitsWithTargets(view).Select(u => (u.Code, u.Name + Ended(view, u)))]),
        "form" => Select("form", "Hình thức khen thưởng", s.Form ?? "",
            [("", "Tất cả hình thức"), .. view.Snapshot.AwardForms.Select(f => (f.Code, f.Name))]),
        _ => "",
    };

    // "Không thuộc cụm, khối" is offered when some unit has no cluster, and kept when chosen although none has (a link
    // with ?cluster=-): else the picker said "Tất cả cụm, khối" over a page of 0 units.
    private static IEnumerable<(string, string)> ClusterOptions(CampaignView view, DashboardSelection s)
    {
        var clusters = view.Clusters().ToList();
        if (s.Cluster is { Length: 0 } && !clusters.Contains("")) clusters.Add("");
        return clusters.Select(c => c.Length == 0 ? (ChartSelection.NoCluster, "Không thuộc cụm, khối") : (c, view.Snapshot.ClusterName(c) is { } name ? $"{name} ({c})" : c));
    }

    private static string Select(string name, string label, string selected, IEnumerable<(string Value, string Text)> options)
    {
        var sb = new StringBuilder($"<label>{H.Encode(label)}<select name=\"{name}\">");
        foreach (var (value, text) in options)
            sb.Append($"<option value=\"{H.Encode(value)}\"{(value == selected ? " selected" : "")}>{H.Encode(text)}</option>");
        return sb.Append("</select></label>").ToString();
    }

    private static IEnumerable<(string, string)> Months(CampaignView view)
    {
        var c = view.Snapshot.Campaign;
        for (var m = c.FirstMonth; m <= c.LastMonth; m = m.AddMonths(1)) yield return (m.ToString(), $"Tháng {m.Month:D2}/{m.Year}");
    }

    private static IEnumerable<ThiDua.Units.Unit> UnitsWithTargets(CampaignView view) =>
        view.Snapshot.Targets.Select(t => t.Unit).Distinct().Order(StringComparer.Ordinal)
            .Where(view.Snapshot.Units.ContainsKey).Select(u => view.Snapshot.Units[u]);

    // A unit merged or dissolved by the month shown stays offered (its line up to its end is history) but says so, as
    // the registrations page and the tree do: listed plainly it read as a unit still to look at.
    internal static string Ended(CampaignView view, ThiDua.Units.Unit unit) => unit.Ended is not null && !unit.ExistsAt(view.Period)
        ? $" ({ThiDua.Formatting.UnitEndWords.Of(unit, view.Snapshot.Units)})" : "";

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "…";
}
