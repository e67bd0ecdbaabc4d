using ThiDua.Analytics;
using ThiDua.EventStore.Reading;
using ThiDua.Measurements.Recording;

namespace ThiDua.Reports.Shared;

/// <summary>Picks the measurement corrections recorded in a report's window (after the previous cut-off, up to this one).</summary>
public static class CorrectionLog
{
    /// <param name="after">Exclusive start; null = from the beginning.</param>
    /// <param name="upTo">Inclusive end: the report's cut-off.</param>
    public static IReadOnlyList<CorrectionEntry> Between(IEnumerable<StoredEvent> events, CampaignSnapshot snapshot, DateTimeOffset? after, DateTimeOffset upTo)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(snapshot);
        var indicators = snapshot.Indicators.ToDictionary(i => i.Code, i => i.Name, StringComparer.Ordinal);
        return events
            .Where(e => e.Data is MeasurementCorrected c && c.CampaignCode == snapshot.Campaign.Code
                && (after is null || e.RecordedAt > after) && e.RecordedAt <= upTo)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Sequence)
            .Select(e =>
            {
                var c = (MeasurementCorrected)e.Data;
                return new CorrectionEntry(e.RecordedAt, c.UnitCode,
                    snapshot.Units.TryGetValue(c.UnitCode, out var u) ? u.Name : c.UnitCode,
                    c.IndicatorCode, indicators.GetValueOrDefault(c.IndicatorCode, c.IndicatorCode),
                    c.Period, c.PreviousValue, c.Value, e.Metadata.Actor, e.Metadata.SourceFile, e.Metadata.SourceLine);
            })
            .ToList();
    }
}
