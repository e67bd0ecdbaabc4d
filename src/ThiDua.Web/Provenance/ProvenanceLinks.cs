using ThiDua.Web.Campaigns;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Provenance;

/// <summary>
/// Where a number's calculation is: a ratio or an actual to its provenance page, a score to its terms. The links keep
/// the page's period and as-of, so the calculation shown is the one behind the number clicked. HTML-encoded.
/// </summary>
public static class ProvenanceLinks
{
    public static string Ratio(CampaignView view, string unit, string indicator)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"/campaigns/{H.Segment(view.Snapshot.Campaign.Code)}/units/{H.Segment(unit)}/indicators/{H.Segment(indicator)}/provenance{Query(view)}";
    }

    public static string Score(CampaignView view, string unit)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"/campaigns/{H.Segment(view.Snapshot.Campaign.Code)}/units/{H.Segment(unit)}/score{Query(view)}";
    }

    /// <summary>A number as a link to its calculation, titled so a reader knows the link is there.</summary>
    public static string Wrap(string href, string number) =>
        $"<a class=\"num-link\" href=\"{href}\" title=\"Xem cách tính và nguồn số liệu\">{number}</a>";

    private static string Query(CampaignView view) =>
        $"?period={view.Period}" + (view.AsOf is { } at ? "&amp;asOf=" + H.Query(at.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture)) : "");
}
