using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;

namespace ThiDua.Tests.EventStore;

/// <summary>
/// A rebuild appends nothing, yet it changes read models: it tells caches so on the appends' channel, and an inline
/// projection (which has no position of its own) keeps no checkpoint from it.
/// </summary>
public sealed class RebuildNotificationTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task A_rebuild_notifies_listeners_when_it_commits()
    {
        await db.Store().AppendAsync([EventStoreDatabase.Add("rn-1", ExpectedVersion.Any, 1, 2)]);
        await using var listener = await db.DataSource.OpenConnectionAsync();
        await using (var listen = listener.CreateCommand())
        {
            listen.CommandText = $"listen {PostgresEventStore.AppendedChannel}";
            await listen.ExecuteNonQueryAsync();
        }
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Channel);

        await db.Daemon().RebuildAsync();
        await listener.WaitAsync(TimeSpan.FromSeconds(5));

        heard.Should().Contain(PostgresEventStore.AppendedChannel);
    }

    [Fact]
    public async Task An_inline_projections_rebuild_leaves_no_checkpoint_and_removes_an_old_one()
    {
        await db.Store().AppendAsync([EventStoreDatabase.Add("rn-2", ExpectedVersion.Any, 3)]);
        var inline = new StateDerivedProbe("rn_inline");
        await db.ExecuteAsync("insert into es_checkpoints (projection, position, updated_at) values ('rn_inline', 1, now())");

        await new ProjectionDaemon(db.DataSource, db.Types, [inline]).RebuildAsync(inline: true);

        (await db.ScalarAsync("select count(*) from es_checkpoints where projection = 'rn_inline'")).Should().Be(0);
    }
}
