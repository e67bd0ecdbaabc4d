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
    public async Task A_retry_at_any_version_that_adds_one_new_event_appends_only_the_new_one()
    {
        var store = db.Store();
        var first = EventStoreDatabase.Add("retry-any", ExpectedVersion.Any, 1, 2);
        await store.AppendAsync([first]);
        var retry = first with { Events = [.. first.Events, new NewEvent(Guid.NewGuid(), new Counted("retry-any", 3), new EventMetadata("test"))] };

        var result = await store.AppendAsync([retry]);

        result.Appended.Should().Be(1);
        result.AlreadyStored.Should().Be(2);
        (await db.Reader().ReadStreamAsync("retry-any")).Select(e => ((Counted)e.Data).Amount).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task An_append_refused_inside_the_callers_transaction_leaves_that_transaction_usable()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("caller-taken", ExpectedVersion.NoStream, 1)]);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("caller-own", ExpectedVersion.NoStream, 1)]);

        var refused = () => store.AppendAsync(conn, tx, [EventStoreDatabase.Add("caller-taken", ExpectedVersion.NoStream, 2)]);
        await refused.Should().ThrowAsync<ConcurrencyException>();
        await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("caller-own", 1, 3)]);
        await tx.CommitAsync();

        (await db.Reader().ReadStreamAsync("caller-own")).Should().HaveCount(2);
        (await db.Reader().ReadStreamAsync("caller-taken")).Should().HaveCount(1);
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
