using Npgsql;
using ThiDua.Campaigns;
using ThiDua.EventStore.Appending;
using ThiDua.Import.Parsing;
using ThiDua.Periods.Closing;
using ThiDua.Periods.Reopening;
using ThiDua.Registry;

namespace ThiDua.Periods.Locks;

/// <summary>
/// Closes and reopens a campaign's months. Each runs as a serial writer, like an import: a close commits wholly before
/// an import decides (which then sees the lock) or after it (and the import's figures are what was closed), never in between.
/// </summary>
public sealed class PeriodLockWriter(NpgsqlDataSource dataSource, PostgresEventStore store, TimeProvider clock)
{
    public Task<PeriodOutcome> CloseAsync(string campaign, YearMonth month, string actor, string? reason, CancellationToken ct = default) =>
        RunAsync(campaign, (c, locks, now) => ClosePeriods.Decide(new ClosePeriods(campaign, month, actor, reason), c, locks, now), actor, ct);

    public Task<PeriodOutcome> ReopenAsync(string campaign, YearMonth month, string actor, string? reason, CancellationToken ct = default) =>
        RunAsync(campaign, (c, locks, now) => ReopenPeriods.Decide(new ReopenPeriods(campaign, month, actor, reason), c, locks, now), actor, ct);

    private async Task<PeriodOutcome> RunAsync(string campaign, Func<Campaign, PeriodLocks, DateTimeOffset, PeriodDecision> decide, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var writer = await SerialWriter.BeginAsync(dataSource, System.Data.IsolationLevel.RepeatableRead, ct: ct);
        var (conn, tx) = (writer.Connection, writer.Transaction);
        if (await RegistryQueries.CampaignAsync(conn, campaign, ct) is not { } found)
            return new PeriodOutcome(false, false, new BilingualMessage(
                $"Không tìm thấy phong trào '{campaign}': kiểm tra mã (thidua import campaigns … trước nếu chưa nhập).",
                $"Unknown campaign '{campaign}': check the code (import campaigns.csv first if it is new)."), PeriodLocks.None) { CampaignUnknown = true };
        var locks = await RegistryQueries.PeriodLocksAsync(conn, campaign, ct);
        var decision = decide(found, locks, clock.GetUtcNow());
        if (decision.Refusal is not null) return new PeriodOutcome(false, false, decision.Refusal, locks);
        if (decision.Event is null) return new PeriodOutcome(true, false, null, locks);
        // The serial writer already orders every writer of this stream; the version check guards against any other.
        await store.AppendAsync(conn, tx,
            [new StreamAppend(ClosePeriods.StreamId(campaign), locks.History.Count, [new NewEvent(Guid.CreateVersion7(), decision.Event, new EventMetadata(actor))])],
            ct, freshIds: true);
        var after = await RegistryQueries.PeriodLocksAsync(conn, campaign, ct);
        await tx.CommitAsync(ct);
        return new PeriodOutcome(true, true, null, after);
    }
}
