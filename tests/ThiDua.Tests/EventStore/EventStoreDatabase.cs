using ThiDua.EventStore;
using ThiDua.EventStore.Appending;
using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.EventStore;

/// <summary>A test database with the generic store and a totals read model.</summary>
public sealed class EventStoreDatabase : TestDatabase
{
    public EventTypes Types { get; } = new EventTypes().Register<Counted>();

    public ManualClock Clock { get; } = new(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var name in new[] { "totals", "inline" })
        {
            await using var cmd = DataSource.CreateCommand(new TotalsProjection(name).CreateSql);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    public PostgresEventStore Store(bool withInline = false) =>
        new(DataSource, Types, Clock, withInline ? [new TotalsProjection("inline")] : null);

    public EventReader Reader() => new(DataSource, Types);

    public ProjectionDaemon Daemon(int pageSize = 10_000) => new(DataSource, Types, [new TotalsProjection()], pageSize);

    public static StreamAppend Add(string stream, long expected, params int[] amounts) =>
        new(stream, expected, amounts.Select(a => new NewEvent(Guid.NewGuid(), new Counted(stream, a), new EventMetadata("test"))).ToList());
}
