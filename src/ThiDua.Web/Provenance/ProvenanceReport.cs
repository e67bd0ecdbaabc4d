using ThiDua.Provenance.Explaining;
using ThiDua.Provenance.History;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.Provenance;

/// <summary>One number's whole trail: the campaign view it belongs to, its calculation, and every value recorded for its indicator.</summary>
/// <param name="Changes">All recorded values of the unit's indicator (up to the view's as-of), oldest first, every month.</param>
public sealed record ProvenanceReport(CampaignView View, RatioExplanation Explanation, IReadOnlyList<MeasurementChange> Changes);
