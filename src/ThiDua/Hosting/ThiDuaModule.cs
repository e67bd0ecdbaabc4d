using ThiDua.EventStore;
using ThiDua.EventStore.Projections;

namespace ThiDua.Hosting;

/// <summary>The product's events and projections, registered in one place.</summary>
public static class ThiDuaModule
{
    public static EventTypes EventTypes() => new();

    public static IReadOnlyList<IProjection> InlineProjections() => [];

    public static IReadOnlyList<IProjection> AsyncProjections() => [];
}
