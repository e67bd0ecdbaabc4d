using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore;

public sealed class AppendingTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task Eight_concurrent_writers_on_one_stream_lose_no_update_and_every_loser_is_told()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("race", ExpectedVersion.NoStream, 1)]);
        using var start = new ManualResetEventSlim();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await store.AppendAsync([EventStoreDatabase.Add("race", 1, 10 + i)]);
                return "won";
            }
            catch (ConcurrencyException e)
            {
                e.StreamId.Should().Be("race");
                return "lost";
            }
        })).Append(Task.Run(() => { Thread.Sleep(50); start.Set(); return "gate"; })));

        outcomes.Count(o => o == "won").Should().Be(1);
        outcomes.Count(o => o == "lost").Should().Be(7);
        var events = await db.Reader().ReadStreamAsync("race");
        events.Select(e => e.Version).Should().Equal(1, 2);
    }

    [Fact]
    public async Task Appending_an_event_id_that_is_stored_already_is_a_no_op()
    {
        var store = db.Store();
        var append = EventStoreDatabase.Add("retry", ExpectedVersion.NoStream, 5, 6);
        var first = await store.AppendAsync([append]);
        var retry = await store.AppendAsync([append]);

        first.Appended.Should().Be(2);
        retry.Appended.Should().Be(0);
        retry.AlreadyStored.Should().Be(2);
        (await db.Reader().ReadStreamAsync("retry")).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_batch_of_many_streams_is_all_or_nothing()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("batch-b", ExpectedVersion.NoStream, 1)]);
        var act = () => store.AppendAsync([
            EventStoreDatabase.Add("batch-a", ExpectedVersion.NoStream, 1, 2),
            EventStoreDatabase.Add("batch-b", ExpectedVersion.NoStream, 3)]);

        await act.Should().ThrowAsync<ConcurrencyException>();
        (await db.Reader().ReadStreamAsync("batch-a")).Should().BeEmpty();
    }

    [Fact]
    public async Task Reading_as_of_a_time_sees_only_what_was_recorded_by_then()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("asof", ExpectedVersion.NoStream, 1)]);
        var cutOff = db.Clock.GetUtcNow();
        db.Clock.Advance(TimeSpan.FromHours(1));
        await store.AppendAsync([EventStoreDatabase.Add("asof", 1, 2)]);

        var then = await db.Reader().ReadStreamAsync("asof", cutOff);
        var now = await db.Reader().ReadStreamAsync("asof");

        then.Select(e => e.As<Counted>().Amount).Should().Equal(1);
        now.Select(e => e.As<Counted>().Amount).Should().Equal(1, 2);
        then[0].Metadata.Actor.Should().Be("test");
    }

    [Fact]
    public async Task Inline_projections_are_written_in_the_append_transaction()
    {
        var store = db.Store(withInline: true);
        await store.AppendAsync([EventStoreDatabase.Add("inline-1", ExpectedVersion.NoStream, 4, 5)]);

        (await db.ScalarAsync("select total from inline_totals where stream_id = 'inline-1'")).Should().Be(9);
    }
}
