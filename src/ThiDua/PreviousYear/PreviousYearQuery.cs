using ThiDua.Analytics;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Registry;

namespace ThiDua.PreviousYear;

/// <summary>
/// A campaign at a month against its previous campaign (<see cref="PreviousCampaigns"/>) at the same month of that
/// campaign, both as of the same time: the page's, the API's, the export's and <c>thidua previous-year</c>'s one reading.
/// Last year's snapshot is loaded here; this year's and its ranking are the caller's (the web keeps its page's).
/// </summary>
public static class PreviousYearQuery
{
    /// <summary>The comparison; null when the campaign has no previous campaign (or, as of a time, it had not been imported yet).</summary>
    /// <param name="current">This year's snapshot as of <paramref name="asOf"/>.</param>
    /// <param name="ranking">This year's ranking at <paramref name="period"/>.</param>
    public static async Task<PreviousYearComparison?> CompareAsync(ThiDuaRuntime runtime, CampaignSnapshot current, YearMonth period,
        IReadOnlyList<RankingRow> ranking, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(ranking);
        IReadOnlyList<Campaigns.Campaign> campaigns;
        await using (var conn = await runtime.DataSource.OpenConnectionAsync(ct))
            campaigns = await RegistryQueries.CampaignsAsync(conn, ct);
        var campaign = current.Campaign; // as it stood at asOf: its previous column too
        if (PreviousCampaigns.Find(campaign, campaigns.ToDictionary(c => c.Code, StringComparer.Ordinal)) is not { } link) return null;
        if (await runtime.Snapshots.LoadAsync(link.Campaign.Code, asOf, ct) is not { } previous) return null;
        var (month, shorter) = SameMonth.In(campaign, period, previous.Campaign);
        var at = asOf ?? runtime.Clock.GetUtcNow();
        var finished = previous.Locks.IsLocked(previous.Campaign.LastMonth)
            || DateOnly.FromDateTime(at.ToOffset(Reports.ReportCutOff.VietnamOffset).DateTime) > previous.Campaign.End;
        var rows = PreviousYearRows.Of(current, ranking, CampaignAnalytics.Compute(previous, month).Ranking);
        return new PreviousYearComparison(campaign.Code, period, SameMonth.Position(campaign, period), previous.Campaign.Code, previous.Campaign.Name,
            month, shorter, finished, link.Kind, rows) { Previous = previous.Campaign };
    }
}
