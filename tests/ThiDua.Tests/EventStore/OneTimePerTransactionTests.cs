using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore;

/// <summary>
/// Every event a transaction appends is recorded at one time, however many appends it makes (an import appends in
/// batches of 10,000): an "as of" instant sees a committed transaction whole or not at all.
/// </summary>
public sealed class OneTimePerTransactionTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    [Fact]
    public async Task The_appends_of_one_transaction_share_the_time_of_its_first_and_an_instant_between_them_sees_all_or_nothing()
    {
        var store = db.Store();
        var first = db.Clock.GetUtcNow();
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("tx-time-a", ExpectedVersion.NoStream, 1)], freshIds: true);
            db.Clock.Advance(TimeSpan.FromSeconds(3)); // the second batch of a big import, seconds later
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("tx-time-b", ExpectedVersion.NoStream, 2)], freshIds: true);
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("tx-time-a", 1, 3)]);
            await tx.CommitAsync();
        }
        var between = first + TimeSpan.FromSeconds(1);

        var a = await db.Reader().ReadStreamAsync("tx-time-a");
        var b = await db.Reader().ReadStreamAsync("tx-time-b");
        a.Concat(b).Select(e => e.RecordedAt).Should().AllBeEquivalentTo(first);
        (await db.Reader().ReadStreamAsync("tx-time-a", between)).Should().HaveCount(2);
        (await db.Reader().ReadStreamAsync("tx-time-b", between)).Should().HaveCount(1);
        (await db.Reader().ReadStreamAsync("tx-time-b", first - TimeSpan.FromTicks(10))).Should().BeEmpty();
    }

    [Fact]
    public async Task The_next_transaction_on_the_same_connection_takes_a_time_of_its_own()
    {
        var store = db.Store();
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("tx-time-next", ExpectedVersion.NoStream, 1)]);
            await tx.CommitAsync();
        }
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = db.Clock.GetUtcNow();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await store.AppendAsync(conn, tx, [EventStoreDatabase.Add("tx-time-next", 1, 2)]);
            await tx.CommitAsync();
        }
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        await store.AppendAsync([EventStoreDatabase.Add("tx-time-next", 2, 3)]);

        var events = await db.Reader().ReadStreamAsync("tx-time-next");
        events[1].RecordedAt.Should().Be(later);
        events[2].RecordedAt.Should().Be(later + TimeSpan.FromMinutes(5));
        events[0].RecordedAt.Should().BeBefore(events[1].RecordedAt);
    }
}
