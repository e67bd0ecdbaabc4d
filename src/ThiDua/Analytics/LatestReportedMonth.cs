using Npgsql;
using ThiDua.Attainment;
using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Units;

namespace ThiDua.Analytics;

/// <summary>
/// The month a question without a period answers (<c>--period</c>'s default, the pages' and the API's): the latest
/// month inside the campaign with a figure of a unit that still exists then, else the campaign's first month. A figure
/// stored for a month from its unit's end on (imported before the units file ended it) counts for nothing (import.md,
/// "Units that end"), so it does not move the default either: a campaign whose only July figure is a commune merged
/// away from July answers June, not a July without that commune. One rule, read three ways: from a snapshot (the CLI,
/// the pages, reports, a unit's record), from the grouped figures (the analytics projection's last stored month, which
/// the API's stored answers default to) and in SQL (pages that do not load the whole campaign).
/// </summary>
public static class LatestReportedMonth
{
    /// <summary>Whether a figure of <paramref name="unit"/> for <paramref name="period"/> moves the default (a unit not defined counts, as before).</summary>
    public static bool Counts(Campaign campaign, IReadOnlyDictionary<string, Unit> units, string unit, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(units);
        return campaign.Contains(period) && (!units.TryGetValue(unit, out var u) || u.ExistsAt(period));
    }

    public static YearMonth Of(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        YearMonth? latest = null;
        foreach (var m in snapshot.Measurements)
            if ((latest is not { } l || m.Period > l) && Counts(snapshot.Campaign, snapshot.Units, m.Unit, m.Period)) latest = m.Period;
        return latest ?? snapshot.Campaign.FirstMonth;
    }

    /// <summary>As <see cref="Of(CampaignSnapshot)"/>, from the figures already grouped (<paramref name="definitions"/>' own list is not read).</summary>
    public static YearMonth Of(CampaignSnapshot definitions, MeasurementHistory history)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(history);
        return history.LatestPeriod((unit, period) => Counts(definitions.Campaign, definitions.Units, unit, period)) ?? definitions.Campaign.FirstMonth;
    }

    /// <summary>
    /// As <see cref="Of(CampaignSnapshot)"/>, in SQL over the registry: a scan of the campaign's figures (callers keep
    /// it until the data changes), without those of a unit at or after its <c>ended</c> month (stored as "YYYY-MM").
    /// </summary>
    public static async Task<YearMonth> OfAsync(NpgsqlDataSource dataSource, Campaign campaign, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(campaign);
        await using var cmd = dataSource.CreateCommand("""
            with ended as (
                select code, left(definition->>'ended', 4)::int * 12 + substr(definition->>'ended', 6, 2)::int - 1 as from_period
                from rm_units where definition->>'ended' is not null)
            select max(m.period) from rm_measurements m
            where m.campaign = $1 and m.period between $2 and $3
              and not exists (select 1 from ended e where e.code = m.unit and m.period >= e.from_period)
            """);
        cmd.Parameters.AddWithValue(campaign.Code);
        cmd.Parameters.AddWithValue(campaign.FirstMonth.Index);
        cmd.Parameters.AddWithValue(campaign.LastMonth.Index);
        return await cmd.ExecuteScalarAsync(ct) is int index ? YearMonth.FromIndex(index) : campaign.FirstMonth;
    }
}
