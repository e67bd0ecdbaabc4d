using ThiDua.Analytics;
using ThiDua.Hosting;
using ThiDua.PreviousYear;
using ThiDua.Registry;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.PreviousYear;

/// <summary>
/// A campaign page's view against its previous campaign (<see cref="PreviousCampaigns"/>) at the same month of that
/// campaign, both as of the same time. Last year's snapshot is loaded beside the page's view, not through
/// <see cref="CampaignViews"/>, which keeps one campaign and would drop the page's.
/// </summary>
public static class PreviousYearQuery
{
    /// <summary>The comparison; null when the campaign has no previous campaign (or, as of a time, it had not been imported yet).</summary>
    public static async Task<PreviousYearComparison?> CompareAsync(CampaignView view, ThiDuaRuntime runtime, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(runtime);
        IReadOnlyList<ThiDua.Campaigns.Campaign> campaigns;
        await using (var conn = await runtime.DataSource.OpenConnectionAsync(ct))
            campaigns = await RegistryQueries.CampaignsAsync(conn, ct);
        var current = view.Snapshot.Campaign; // as it stood at asOf: its previous column too
        if (PreviousCampaigns.Find(current, campaigns.ToDictionary(c => c.Code, StringComparer.Ordinal)) is not { } link) return null;
        if (await runtime.Snapshots.LoadAsync(link.Campaign.Code, view.AsOf, ct) is not { } previous) return null;
        var (month, shorter) = SameMonth.In(current, view.Period, previous.Campaign);
        var at = view.AsOf ?? runtime.Clock.GetUtcNow();
        var finished = previous.Locks.IsLocked(previous.Campaign.LastMonth)
            || DateOnly.FromDateTime(at.ToOffset(ThiDua.Reports.ReportCutOff.VietnamOffset).DateTime) > previous.Campaign.End;
        var rows = PreviousYearRows.Of(view.Snapshot, view.Result.Ranking, CampaignAnalytics.Compute(previous, month).Ranking);
        return new PreviousYearComparison(current.Code, view.Period, SameMonth.Position(current, view.Period), previous.Campaign.Code, previous.Campaign.Name,
            month, shorter, finished, link.Kind, rows) { Previous = previous.Campaign };
    }
}
