namespace ThiDua.EventStore.Appending;

/// <summary>
/// Who recorded an event, from which file and line, and in which operation; <paramref name="AcceptedWarning"/> says
/// what warning the actor recorded it over (null: none).
/// </summary>
public sealed record EventMetadata(string Actor, string? SourceFile = null, int? SourceLine = null, string? CorrelationId = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? AcceptedWarning = null)
{
    /// <summary>What a projection that does not read metadata (<see cref="Projections.IProjection.ReadsMetadata"/>) sees instead.</summary>
    public static EventMetadata Unread { get; } = new("");
}
