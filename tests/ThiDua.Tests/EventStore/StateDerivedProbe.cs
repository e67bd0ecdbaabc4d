using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;

namespace ThiDua.Tests.EventStore;

/// <summary>A state-derived projection that only records what the runner asked of it.</summary>
public sealed class StateDerivedProbe(string name) : IStateDerivedProjection
{
    public string Name => name;
    public int Applied { get; private set; }
    public int Marked { get; private set; }
    public int Flushed { get; private set; }

    public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        Applied += events.Count;
        return Task.CompletedTask;
    }

    public Task ResetAsync(ProjectionContext context, CancellationToken ct) => Task.CompletedTask;

    public Task MarkAllAsync(ProjectionContext context, CancellationToken ct)
    {
        Marked++;
        return Task.CompletedTask;
    }

    public Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        Flushed++;
        return Task.CompletedTask;
    }
}
