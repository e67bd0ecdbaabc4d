using ThiDua.Analytics.Loading;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Ranking;

namespace ThiDua.Analytics.Querying;

/// <summary>The CLI's and the API's questions: attainment, ranking, awards (and the API's submissions), now or as of a recorded time.</summary>
public sealed class AnalyticsQueries(SnapshotLoader snapshots)
{
    public async Task<AnalyticsAnswer<AttainmentRow>> AttainmentAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        var (snapshot, p) = await ResolveAsync(campaign, period, asOf, ct);
        return new(snapshot, p, asOf, CampaignAnalytics.Compute(snapshot, p).Attainment);
    }

    public async Task<AnalyticsAnswer<RankingRow>> RankingAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        var (snapshot, p) = await ResolveAsync(campaign, period, asOf, ct);
        return new(snapshot, p, asOf, CampaignAnalytics.Compute(snapshot, p).Ranking);
    }

    /// <summary>Awards are judged at the campaign's last month (SPEC §4).</summary>
    public async Task<AnalyticsAnswer<AwardRow>> AwardsAsync(string campaign, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        var snapshot = await LoadAsync(campaign, asOf, ct);
        return new(snapshot, snapshot.Campaign.LastMonth, asOf, CampaignAnalytics.Awards(snapshot));
    }

    /// <summary>Who has sent the month's figures and what each unit still owes (tình hình báo cáo số liệu).</summary>
    public async Task<AnalyticsAnswer<Measurements.Submissions.SubmissionRow>> SubmissionsAsync(string campaign, YearMonth? period, DateTimeOffset? asOf,
        CancellationToken ct = default)
    {
        var (snapshot, p) = await ResolveAsync(campaign, period, asOf, ct);
        return new(snapshot, p, asOf, Measurements.Submissions.MonthSubmissions.Of(snapshot, p));
    }

    public Task<CampaignSnapshot> LoadAsync(string campaign, DateTimeOffset? asOf, CancellationToken ct = default) =>
        snapshots.LoadOrRejectAsync(campaign, asOf, ct);

    /// <summary>The campaign's snapshot and the period asked (default: its latest reported month), checked to lie inside it.</summary>
    /// <exception cref="QueryRejectedException">Unknown campaign, or a period outside it.</exception>
    public async Task<(CampaignSnapshot Snapshot, YearMonth Period)> ResolveAsync(string campaign, YearMonth? period, DateTimeOffset? asOf, CancellationToken ct = default)
    {
        var snapshot = await LoadAsync(campaign, asOf, ct);
        var p = period ?? CampaignAnalytics.DefaultPeriod(snapshot);
        if (!snapshot.Campaign.Contains(p)) throw QueryRejectedException.PeriodOutside(snapshot.Campaign, p);
        return (snapshot, p);
    }
}
