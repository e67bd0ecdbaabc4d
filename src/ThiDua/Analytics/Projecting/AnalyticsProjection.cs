using Npgsql;
using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// Keeps attainment, ranking and awards of every campaign computed, recomputing only the campaigns a batch
/// touched and only from the first month it touched. It reads the registry tables (kept inline, so they are
/// at least as new as the batch) once per campaign and then follows the measurement events in memory
/// (<see cref="LiveCampaigns"/>): after catching up, results equal a full rebuild's, whatever the batching.
/// </summary>
public sealed class AnalyticsProjection : IStateDerivedProjection
{
    public const string ProjectionName = "analytics";

    private readonly LiveCampaigns _live = new();

    // Reused from recompute to recompute (campaigns are recomputed one at a time): a big month's ≈ 16 MB of segments
    // made anew each time were large-object garbage that cost a monthly import two full collections.
    private readonly MonthRowsJson[] _slots = [new(), new()];

    /// <summary>Attainment, ranking and awards do not depend on who imported what.</summary>
    public bool ReadsMetadata => false;

    public string Name => ProjectionName;

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        var touched = new TouchedCampaigns();
        foreach (var e in events) touched.Add(e.Data);
        _live.Follow(context.Checkpoint, events.Count > 0 ? events[^1].Sequence : context.Checkpoint, touched, events.Select(e => e.Data));
        // A unit changes every campaign: the same mark as a rebuild's.
        if (touched.AllCampaigns)
        {
            await MarkAllAsync(context, ct);
            return;
        }
        var campaigns = touched.From;
        if (campaigns.Count == 0) return;
        // Only noted here; FlushAsync recomputes once the daemon has caught up, not once per page of events.
        await using var mark = context.Command("""
            insert into analytics_dirty (campaign, from_period) select * from unnest(@c, @p)
            on conflict (campaign) do update set from_period =
                case when analytics_dirty.from_period is null or excluded.from_period is null then null
                     else least(analytics_dirty.from_period, excluded.from_period) end
            """);
        mark.Parameters.AddWithValue("c", campaigns.Keys.ToArray());
        mark.Parameters.AddWithValue("p", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer,
            campaigns.Values.Select(v => v is { } m ? (object)m.Index : DBNull.Value).ToArray());
        await mark.ExecuteNonQueryAsync(ct);
    }

    public async Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dirty = new List<(string Campaign, YearMonth? From)>();
        await using (var read = context.Command("delete from analytics_dirty returning campaign, from_period"))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                dirty.Add((reader.GetString(0), reader.IsDBNull(1) ? null : YearMonth.FromIndex(reader.GetInt32(1))));
        }
        foreach (var (campaign, from) in dirty.OrderBy(d => d.Campaign, StringComparer.Ordinal)) await RecomputeContainedAsync(context, campaign, from, ct);
    }

    /// <summary>
    /// One campaign's recompute inside a savepoint: should its figures break the rules' arithmetic (an overflow, a
    /// division by zero), that campaign keeps its last rows, is recorded in <c>analytics_failures</c> with the reason,
    /// and every other campaign goes on — one bad file must not stop the analytics of all. Its dirty mark is gone, so
    /// the failure is not retried every pass; the next change to the campaign, or a rebuild, tries again.
    /// </summary>
    private async Task RecomputeContainedAsync(ProjectionContext context, string campaign, YearMonth? from, CancellationToken ct)
    {
        await ExecuteAsync(context, "savepoint analytics_campaign", ct);
        try
        {
            await RecomputeAsync(context, campaign, from, ct);
            await ExecuteAsync(context, "release savepoint analytics_campaign", ct);
            await using var clear = context.Command("delete from analytics_failures where campaign = @c");
            clear.Parameters.AddWithValue("c", campaign);
            await clear.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not NpgsqlException)
        {
            await ExecuteAsync(context, "rollback to savepoint analytics_campaign", ct);
            await using var record = context.Command("""
                insert into analytics_failures (campaign, failed_at, reason) values (@c, now(), @r)
                on conflict (campaign) do update set failed_at = excluded.failed_at, reason = excluded.reason
                """);
            record.Parameters.AddWithValue("c", campaign);
            var cause = e.GetBaseException();
            record.Parameters.AddWithValue("r", $"{cause.GetType().Name}: {cause.Message}");
            await record.ExecuteNonQueryAsync(ct);
            Failed?.Invoke(campaign, e);
        }
    }

    /// <summary>Told once per failed recompute (the host logs it): a failure is not retried until something changes.</summary>
    public Action<string, Exception>? Failed { get; set; }

    private static async Task ExecuteAsync(ProjectionContext context, string sql, CancellationToken ct)
    {
        await using var cmd = context.Command(sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        _live.Forget();
        await using var cmd = context.Command("truncate analytics_results, analytics_dirty, analytics_failures, analytics_kept");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>On rebuild: every campaign, every month, from the registry tables, without replaying the events.</summary>
    public async Task MarkAllAsync(ProjectionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var cmd = context.Command("""
            insert into analytics_dirty (campaign, from_period) select code, null from rm_campaigns
            on conflict (campaign) do update set from_period = null
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task RecomputeAsync(ProjectionContext context, string campaign, YearMonth? from, CancellationToken ct)
    {
        var live = await _live.GetAsync(context.Connection, context.Checkpoint, campaign, ct);
        if (live is null) return;
        var (snapshot, history) = live;
        var c = snapshot.Campaign;
        var last = CampaignAnalytics.DefaultPeriod(snapshot, history);
        var first = from is { } f && f > c.FirstMonth ? f : c.FirstMonth;
        // Only the latest month is recomputed, and it is the month kept as stored: the parts of it no touched unit's row
        // is in stay as they are (KeptParts); every other recompute writes every month it computes whole.
        var keptParts = first == last && live.Kept is { Token: { } token } kept && kept.Month == last
            && await KeptParts.StoredTokenAsync(context, campaign, ct) == token;
        live.Kept?.Token = null;
        await using (var clear = context.Command(keptParts
            ? "delete from analytics_results where campaign = @c and ((period >= @from and kind <> 'attainment') or kind = 'awards')"
            : "delete from analytics_results where campaign = @c and (period >= @from or kind = 'awards')"))
        {
            clear.Parameters.AddWithValue("c", campaign);
            clear.Parameters.AddWithValue("from", first.Index);
            await clear.ExecuteNonQueryAsync(ct);
        }
        IReadOnlyList<Attainment.AttainmentRow>? attainmentAtLast = null;
        // Written month by month (a big campaign's rows never sit in memory all at once), from reused UTF-8 segments
        // streamed by COPY (no month-sized array); month m + 1 is computed while m is written.
        var slots = _slots;
        // The latest month is kept (LiveCampaign.Kept): the next monthly import recomputes only the units it touched.
        Task<IReadOnlyList<Attainment.AttainmentRow>?> Prepare(YearMonth month, MonthRowsJson slot) => month == last
            ? Task.Run(() => live.Keep(slot.FillKeeping(snapshot, history, month, live.Kept, live.Spare)) is var kept && month == c.LastMonth ? kept.Rows : null, ct)
            : Task.Run(() => slot.Fill(snapshot, history, month, keepRows: month == c.LastMonth), ct);
        var pending = first <= last ? Prepare(first, slots[0]) : Task.FromResult<IReadOnlyList<Attainment.AttainmentRow>?>(null);
        try
        {
            var i = 0;
            for (var month = first; month <= last; month = month.AddMonths(1), i++)
            {
                var slot = slots[i % 2];
                var attainment = await pending;
                if (month < last) pending = Prepare(month.AddMonths(1), slots[(i + 1) % 2]);
                if (attainment is not null) attainmentAtLast = attainment;
                var parts = keptParts ? await KeptParts.ClearChangedAsync(context, campaign, month, slot.Attainment, ct) : slot.Attainment.All;
                await AnalyticsRowsCopy.WriteAsync(context.Connection, campaign,
                    [.. parts.Select(p => (month, "attainment", p.Part, p.Rows)), (month, "ranking", 0, slot.Ranking)], ct);
            }
        }
        catch
        {
            // The next month may still be computing over the history: let it finish before anything changes it.
            await pending.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        // Awards are judged at the last month: reuse its attainment when this recompute produced it.
        var awards = Awards.AwardJudge.Judge(snapshot, attainmentAtLast ?? Attainment.AttainmentCalculator.Compute(snapshot, history, c.LastMonth));
        await AnalyticsRowsCopy.WriteAsync(context.Connection, campaign, [(c.LastMonth, "awards", 0, new JsonRowsBuffer().Json(awards))], ct);
        if (live.Kept is { } written && written.Month == last) written.Token = await KeptParts.MarkWrittenAsync(context, campaign, ct);
    }
}
