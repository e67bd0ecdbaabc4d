namespace ThiDua.Analytics.Loading;

/// <summary>
/// Which parts of a campaign's snapshot had an event recorded after an instant: the campaign's own streams (its
/// definition, indicators, targets, measurements, registrations, closes, decisions), the units' and the clusters'.
/// A part with none is, as of that instant, what the registry holds now.
/// </summary>
public sealed record SnapshotChanges(bool Campaign, bool Units, bool Clusters)
{
    public bool Any => Campaign || Units || Clusters;

    /// <summary>The streams with an event recorded after the instant, by id.</summary>
    public IReadOnlyList<string> Streams { get; init; } = [];
}
