namespace ThiDua.EventStore.Appending;

/// <summary>Who recorded an event, from which file and line, and in which operation.</summary>
public sealed record EventMetadata(string Actor, string? SourceFile = null, int? SourceLine = null, string? CorrelationId = null)
{
    /// <summary>What a projection that does not read metadata (<see cref="Projections.IProjection.ReadsMetadata"/>) sees instead.</summary>
    public static EventMetadata Unread { get; } = new("");
}
