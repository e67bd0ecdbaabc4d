namespace ThiDua.EventStore.Appending;

/// <summary>Special expected versions for an append; any other value is the exact version the stream must be at.</summary>
public static class ExpectedVersion
{
    /// <summary>No check: append at whatever version the stream is.</summary>
    public const long Any = -1;

    /// <summary>The stream must not exist yet.</summary>
    public const long NoStream = 0;
}
