using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Headline;

/// <summary>
/// Where the headline cards' "xem …" links lead: a section of the same page when the page has it, else that section
/// of the campaign page (with the same filters), or nowhere — a link to a section the page lacks does nothing.
/// </summary>
public sealed class SectionLinks
{
    private readonly IReadOnlySet<string> _here;
    private readonly string? _campaignPage;

    private SectionLinks(IReadOnlySet<string> here, string? campaignPage)
    {
        _here = here;
        _campaignPage = campaignPage;
    }

    /// <summary>No links (the print page: paper has nothing to click, and its screen view links to the full page).</summary>
    public static SectionLinks None { get; } = new(new HashSet<string>(), null);

    /// <summary>Every section is on this page.</summary>
    public static SectionLinks Here(params string[] anchors) => new(new HashSet<string>(anchors, StringComparer.Ordinal), null);

    /// <summary>The sections in <paramref name="here"/> are on this page; the others are reached on the campaign page.</summary>
    /// <param name="campaignPage">The campaign page's URL with its query, not yet HTML-encoded.</param>
    public static SectionLinks ToCampaignPage(string campaignPage, params string[] here) =>
        new(new HashSet<string>(here, StringComparer.Ordinal), campaignPage);

    /// <summary>The link's href, HTML-encoded; null when this page leads nowhere for that section.</summary>
    public string? Href(string anchor) =>
        _here.Contains(anchor) ? "#" + anchor : _campaignPage is null ? null : H.Encode(_campaignPage) + "#" + anchor;

    /// <summary><paramref name="before"/> and the link (its text encoded by the caller), or nothing when it leads nowhere.</summary>
    public string Link(string anchor, string text, string before = "") =>
        Href(anchor) is { } href ? $"{before}<a href=\"{href}\">{text}</a>" : "";
}
