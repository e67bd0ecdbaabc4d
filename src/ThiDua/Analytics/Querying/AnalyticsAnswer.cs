using ThiDua.Periods;

namespace ThiDua.Analytics.Querying;

/// <summary>The rows answering a query, with the snapshot and period they were computed from.</summary>
public sealed record AnalyticsAnswer<TRow>(CampaignSnapshot Snapshot, YearMonth Period, DateTimeOffset? AsOf, IReadOnlyList<TRow> Rows);
