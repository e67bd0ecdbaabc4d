namespace ThiDua.Tests.Reliability;

/// <summary>
/// The long reliability tests (child processes killed, a PostgreSQL restarted, a load run, fuzzing): one at a time,
/// after the parallel collections, so they neither starve the quick tests nor disturb each other's timings.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
