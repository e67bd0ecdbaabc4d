using ThiDua.Formatting;
using ThiDua.Units;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Campaigns;

/// <summary>
/// Where a merged unit's work went on, and which units a unit took over (units.csv's <c>merged_into</c>), linked both
/// ways — on a campaign's unit page and on a unit's record across years. <paramref name="href"/> gives a unit's link there.
/// </summary>
public static class UnitMergerWords
{
    /// <summary>"ngừng hoạt động từ tháng 07/2025, sáp nhập vào &lt;a&gt;Xã B&lt;/a&gt;" — or without the successor when it was dissolved; "" while it exists.</summary>
    public static string Ended(Unit unit, Unit? successor, Func<string, string> href)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(href);
        return UnitEndWords.Of(unit, successor is null ? null : $"<a href=\"{href(successor.Code)}\">{H.Encode(successor.Name)}</a>");
    }

    /// <summary><see cref="Ended(Unit, Unit?, Func{string, string})"/> within a campaign: the successor linked to its page there.</summary>
    public static string EndedIn(CampaignView view, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(unit);
        return Ended(unit, unit.MergedInto is { } s ? view.Snapshot.Units.GetValueOrDefault(s) : null, code => UnitHref(view, code));
    }

    /// <summary><see cref="TookOver"/> within a campaign: the units merged into <paramref name="unit"/>, each linked to its page there.</summary>
    public static string TookOverIn(CampaignView view, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(unit);
        return TookOver(view.Snapshot.Units.Values.Where(u => u.MergedInto == unit.Code).OrderBy(u => u.Code, StringComparer.Ordinal), code => UnitHref(view, code));
    }

    private static string UnitHref(CampaignView view, string code) => $"/campaigns/{H.Segment(view.Snapshot.Campaign.Code)}/units/{H.Segment(code)}";

    /// <summary>"tiếp nhận &lt;a&gt;Xã A&lt;/a&gt; (từ tháng 07/2025), …" — the units merged into this one, by code; "" when none.</summary>
    public static string TookOver(IEnumerable<Unit> mergedFrom, Func<string, string> href)
    {
        ArgumentNullException.ThrowIfNull(mergedFrom);
        ArgumentNullException.ThrowIfNull(href);
        var parts = mergedFrom.Select(u => $"<a href=\"{href(u.Code)}\">{H.Encode(u.Name)}</a>"
            + (u.Ended is { } end ? $" (từ {VietnameseDates.Month(end)})" : "")).ToList();
        return parts.Count == 0 ? "" : "tiếp nhận " + string.Join(", ", parts);
    }
}
