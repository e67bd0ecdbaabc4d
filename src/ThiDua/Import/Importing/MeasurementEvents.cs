using ThiDua.Import.Plausibility;
using ThiDua.Measurements;
using ThiDua.Measurements.Recording;

namespace ThiDua.Import.Importing;

/// <summary>
/// Appends a measurements file's events once the whole file is read and judged: each changed figure, in file order,
/// decided again from the figures kept (<see cref="FileFigures"/>), and a figure imported over warnings carries them in
/// its metadata as it is appended (<c>acceptedWarning</c>). Nothing is changed after it is written; there used to be
/// an UPDATE of the warned events' metadata before the commit (≈ 12.5 s for 542K notes in a 1M-row file).
/// </summary>
internal static class MeasurementEvents
{
    public static async Task AppendAsync(FileFigures figures, ImportContext context, CancellationToken ct)
    {
        var others = new List<decimal>();
        foreach (var (s, i) in figures.Changes())
        {
            ct.ThrowIfCancellationRequested();
            var (campaign, period) = (s.Campaign.Code, s.Period(i));
            var measurement = new Measurement(campaign, s.Unit, s.Indicator.Code, period, s.File(i)!.Value, s.Note(i));
            var current = s.Stored(i) is { } stored ? new Measurement(campaign, s.Unit, s.Indicator.Code, period, stored, s.StoredNote(i)) : null;
            // The same decision as when the row was read: a change, so an event.
            var @event = RecordMeasurement.Decide(new RecordMeasurement(measurement), current, context.Now)!;
            context.Record(s.Line(i), RecordMeasurement.StreamId(campaign, s.Unit), @event, FileJudgement.Note(s, i, others));
            await context.FlushIfFullAsync(ct);
        }
    }
}
