using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore;

public sealed class ReadingStreamsTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Reading_streams_by_prefix_without_metadata_gives_the_same_events_with_metadata_unread()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("pre-a/1", ExpectedVersion.NoStream, 1, 2), EventStoreDatabase.Add("other-1", ExpectedVersion.NoStream, 9)]);
        await store.AppendAsync([EventStoreDatabase.Add("pre-a/2", ExpectedVersion.NoStream, 3)]);

        var with = new List<ThiDua.EventStore.Reading.StoredEvent>();
        await foreach (var e in db.Reader().ReadAllAsync(0, null, ["pre-a/"])) with.Add(e);
        var without = new List<ThiDua.EventStore.Reading.StoredEvent>();
        await foreach (var e in db.Reader().ReadAllAsync(0, null, ["pre-a/"], withMetadata: false)) without.Add(e);

        with.Select(e => ((Counted)e.Data).Amount).Should().Equal(1, 2, 3);
        with.Should().OnlyContain(e => e.Metadata.Actor == "test");
        without.Select(e => (e.Sequence, e.StreamId, ((Counted)e.Data).Amount)).Should().Equal(with.Select(e => (e.Sequence, e.StreamId, ((Counted)e.Data).Amount)));
        without.Should().OnlyContain(e => ReferenceEquals(e.Metadata, EventMetadata.Unread));
    }
}
