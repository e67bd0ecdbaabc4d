using System.Text.Encodings.Web;
using System.Text.Json;
using Npgsql;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// The analytics projection's stored rows, used only when they are fresh: the projection has applied every event
/// and has nothing left to recompute. Otherwise callers compute from the snapshot, so answers are never stale.
/// </summary>
public static class StoredAnalytics
{
    /// <summary>How rows are stored: as the API writes them (Vietnamese letters unescaped), so they can be served as they are.</summary>
    public static JsonSerializerOptions Json { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The JSON array of <paramref name="kind"/> rows (attainment, ranking, awards) at the period (default: the latest stored), or null.
    /// Stored as json, so the text is exactly what the serializer wrote: the same bytes, key order and number forms as
    /// a computed answer (jsonb would reorder the keys and respace the text).
    /// </summary>
    public static async Task<string?> FreshJsonAsync(NpgsqlDataSource dataSource, string campaign, YearMonth? period, string kind, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var cmd = dataSource.CreateCommand($"""
            select {JoinedParts("r")} from analytics_results r
            where r.campaign = @c and r.kind = @k
              and r.period = coalesce(@p, (select max(period) from analytics_results where campaign = @c and kind = @k))
              and not exists (select 1 from analytics_dirty)
              and not exists (select 1 from analytics_failures where campaign = @c)
              and coalesce((select position from es_checkpoints where projection = @projection), 0) >= (select coalesce(max(seq), 0) from es_events)
            having count(*) > 0
            """);
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("k", kind);
        cmd.Parameters.AddWithValue("projection", AnalyticsProjection.ProjectionName);
        cmd.Parameters.AddWithValue("p", NpgsqlTypes.NpgsqlDbType.Integer, (object?)period?.Index ?? DBNull.Value);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>
    /// SQL aggregating the stored parts of one (campaign, period, kind), aliased <paramref name="alias"/>, into the text
    /// of the whole JSON array: each part's elements (its text inside the brackets, none for an empty part) joined by
    /// commas in part order. One part is its own text.
    /// </summary>
    public static string JoinedParts(string alias) =>
        $"'[' || coalesce(string_agg(nullif(substr({alias}.rows::text, 2, length({alias}.rows::text) - 2), ''), ',' order by {alias}.part), '') || ']'";
}
