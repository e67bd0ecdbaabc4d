using ThiDua.Awards.Deciding;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Periods.Closing;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// A campaign's snapshot as of an instant, made from the registry's (the fold of every event) with the part of each
/// stream that changed after the instant replaced by that stream's fold up to the instant (<see cref="SnapshotStreams"/>).
/// A correction of ten units five years later costs the fold of those ten units' streams, not of the campaign.
/// </summary>
public static class SnapshotPatch
{
    /// <summary>False when a changed stream is not one whose part is known, or holds an event that belongs elsewhere:
    /// then only the full fold answers.</summary>
    /// <param name="events">The changed streams' events recorded up to the instant, each stream's in order.</param>
    /// <param name="patched">The snapshot as of the instant; null when the campaign was defined only later.</param>
    public static bool TryApply(CampaignSnapshot current, IReadOnlyCollection<string> changed, IReadOnlyList<StreamEvent> events, out CampaignSnapshot? patched)
    {
        patched = null;
        var campaign = current.Campaign.Code;
        var figures = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<string>(StringComparer.Ordinal);
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        bool definition = false, periods = false, decisions = false;
        foreach (var stream in changed)
        {
            if (stream == DefineCampaign.StreamId(campaign)) definition = true;
            else if (stream == ClosePeriods.StreamId(campaign)) periods = true;
            else if (stream == DecideAward.StreamId(campaign)) decisions = true;
            else if (SnapshotStreams.FiguresOf(stream, campaign) is { } f) figures.Add(f);
            else if (SnapshotStreams.UnitOf(stream) is { } u) units.Add(u);
            else if (SnapshotStreams.ClusterOf(stream) is { } k) clusters.Add(k);
            else return false;
        }
        var folder = new SnapshotFolder(campaign);
        foreach (var e in events)
        {
            if (SnapshotStreams.Home(e.Data, campaign) is { } home && home != e.StreamId) return false;
            folder.Evolve(e.Data);
        }
        if (folder.Snapshot(definition ? null : current.Campaign) is not { } folded) return true;
        patched = current with
        {
            Campaign = folded.Campaign,
            Indicators = definition ? folded.Indicators : current.Indicators,
            Targets = definition ? folded.Targets : current.Targets,
            AwardForms = definition ? folded.AwardForms : current.AwardForms,
            Locks = periods ? folded.Locks : current.Locks,
            Decisions = decisions ? folded.Decisions : current.Decisions,
            Measurements = Merge(current.Measurements, folded.Measurements, figures, m => m.Unit,
                l => l.OrderBy(m => m.Unit, StringComparer.Ordinal).ThenBy(m => m.Indicator, StringComparer.Ordinal).ThenBy(m => m.Period)),
            Ratings = Merge(current.Ratings, folded.Ratings, figures, r => r.Unit, l => l.OrderBy(r => r.Unit, StringComparer.Ordinal)),
            Registrations = Merge(current.Registrations, folded.Registrations, figures, g => g.Unit,
                l => l.OrderBy(g => g.Unit, StringComparer.Ordinal).ThenBy(g => g.Form ?? "", StringComparer.Ordinal)),
            Units = Merge(current.Units, folded.Units, units),
            Clusters = Merge(current.Clusters, folded.Clusters, clusters),
        };
        return true;
    }

    // The current items of the keys not changed, and the folded ones (which are only of changed keys), in snapshot order.
    private static IReadOnlyList<T> Merge<T>(IReadOnlyList<T> current, IReadOnlyList<T> folded, HashSet<string> changed, Func<T, string> key,
        Func<IEnumerable<T>, IEnumerable<T>> order) =>
        changed.Count == 0 ? current : [.. order(current.Where(x => !changed.Contains(key(x))).Concat(folded))];

    private static IReadOnlyDictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> current, IReadOnlyDictionary<string, T> folded, HashSet<string> changed)
    {
        if (changed.Count == 0) return current;
        var merged = current.Where(c => !changed.Contains(c.Key)).Concat(folded).OrderBy(c => c.Key, StringComparer.Ordinal);
        return merged.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal); // in code order, as the registry's
    }
}
