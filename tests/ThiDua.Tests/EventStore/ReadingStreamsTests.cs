using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Reading;
using ThiDua.Tests.Infrastructure;

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

    [Fact]
    public async Task A_stream_with_an_event_recorded_after_an_instant_is_found_even_when_a_later_version_carries_an_earlier_time()
    {
        // Two nodes whose clocks disagree: version 2 of the stream is stamped before version 1.
        var clock = new ManualClock(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero));
        var store = new PostgresEventStore(db.DataSource, db.Types, clock);
        await store.AppendAsync([EventStoreDatabase.Add("late-a/1", ExpectedVersion.NoStream, 1), EventStoreDatabase.Add("late-b/1", ExpectedVersion.NoStream, 2)]);
        clock.Advance(TimeSpan.FromDays(-5));
        await store.AppendAsync([EventStoreDatabase.Add("late-a/1", 1, 3)]);
        await using var conn = await db.DataSource.OpenConnectionAsync();

        var between = new DateTimeOffset(2025, 1, 7, 0, 0, 0, TimeSpan.Zero);
        (await EventReader.StreamsRecordedAfterAsync(conn, ["late-"], between)).Should().BeEquivalentTo(["late-a/1", "late-b/1"], "version 1 of late-a/1 was recorded on the 10th");
        (await EventReader.StreamsRecordedAfterAsync(conn, ["late-a/"], between.AddDays(3))).Should().BeEmpty("every event is from the 10th or before");
        (await EventReader.StreamsRecordedAfterAsync(conn, ["late-b/"], between.AddDays(-10))).Should().Equal("late-b/1");
        (await EventReader.StreamsRecordedAfterAsync(conn, ["late-none/"], between.AddDays(-10))).Should().BeEmpty("no stream, no event");
    }

    [Fact]
    public async Task Reading_each_stream_as_of_an_instant_gives_every_stream_in_version_order_up_to_it()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var store = new PostgresEventStore(db.DataSource, db.Types, clock);
        // Interleaved appends: the global sequence alternates between the streams.
        await store.AppendAsync([EventStoreDatabase.Add("each-b", ExpectedVersion.NoStream, 1), EventStoreDatabase.Add("each-a", ExpectedVersion.NoStream, 2)]);
        await store.AppendAsync([EventStoreDatabase.Add("each-b", 1, 3), EventStoreDatabase.Add("each-a", 1, 4, 5)]);
        var instant = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(1));
        await store.AppendAsync([EventStoreDatabase.Add("each-a", 3, 6), EventStoreDatabase.Add("each-c", ExpectedVersion.NoStream, 7)]);
        await using var conn = await db.DataSource.OpenConnectionAsync();

        var read = await db.Reader().ReadEachStreamAsync(conn, null, ["each-a", "each-b", "each-c"], instant);

        read.Select(e => (e.StreamId, e.Version, ((Counted)e.Data).Amount)).Should().Equal(
            [("each-a", 1, 2), ("each-a", 2, 4), ("each-a", 3, 5), ("each-b", 1, 1), ("each-b", 2, 3)], "what came later is left out, each stream in its order");
    }
}
