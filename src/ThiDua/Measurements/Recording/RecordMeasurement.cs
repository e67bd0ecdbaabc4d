namespace ThiDua.Measurements.Recording;

/// <summary>Report a month's actual value for a unit's indicator.</summary>
public sealed record RecordMeasurement(Measurement Measurement)
{
    /// <summary>
    /// A new key is recorded; a different value, or a new note, is a correction; the identical value without a note,
    /// or with the stored one, records nothing (SPEC §3): a file re-sent without its notes does not erase them.
    /// </summary>
    public static object? Decide(RecordMeasurement command, Measurement? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var m = command.Measurement;
        if (current is null) return new MeasurementRecorded(m.Campaign, m.Unit, m.Indicator, m.Period, m.Value, m.Note, now);
        if (current.Value == m.Value && (m.Note is null || current.Note == m.Note)) return null;
        return new MeasurementCorrected(m.Campaign, m.Unit, m.Indicator, m.Period, m.Value, current.Value, m.Note, now);
    }

    /// <summary>A unit's figures in a campaign form one stream, so concurrent corrections of one unit are detected.</summary>
    public static string StreamId(string campaignCode, string unitCode) => $"campaign-{campaignCode}/unit-{unitCode}";
}
