using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>Guarantee: replaying every event from zero gives the read model that following them as they came gave.</summary>
public sealed class RebuildEqualsIncrementalTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    private const string Export = "select stream_id, total, events from totals_totals order by stream_id";

    [Fact]
    public async Task A_rebuild_exports_byte_for_byte_what_incremental_processing_exported()
    {
        var store = db.Store();
        var daemon = db.Daemon(pageSize: 4);
        for (var i = 0; i < 60; i++)
        {
            await store.AppendAsync([EventStoreDatabase.Add($"rb-{i % 7}", ExpectedVersion.Any, i, -i / 2), EventStoreDatabase.Add($"rb-{i % 3}", ExpectedVersion.Any, 3)]);
            if (i % 9 == 0) await daemon.CatchUpAsync(); // followed in small steps, as a server would
        }
        await daemon.CatchUpAsync();
        var incremental = await StoreProbe.CopyOutAsync(db.DataSource, Export);

        await daemon.RebuildAsync();

        incremental.Should().NotBeEmpty();
        (await StoreProbe.CopyOutAsync(db.DataSource, Export)).Should().Be(incremental);
        (await StoreProbe.AppliedAsync(db.DataSource)).Should().Equal(await StoreProbe.CommittedAsync(db.DataSource));
    }
}
