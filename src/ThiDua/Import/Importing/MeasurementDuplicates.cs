using ThiDua.Periods;

namespace ThiDua.Import.Importing;

/// <summary>
/// <see cref="FileDuplicates{TKey, TValue}"/> for measurements.csv, where one file holds a million keys: codes become
/// small numbers packed in one 64-bit key (<see cref="DenseKeyIndex"/>), and each key's first line and value sit in
/// chunked lists — ≈ 41 bytes a key, growing without the copies that doubled a dictionary's and a list's arrays on the
/// large-object heap (those copies set a 1M-row import's peak). Same answers, same messages.
/// </summary>
internal sealed class MeasurementDuplicates
{
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Campaign, string Indicator), int> _indicators = [];
    private readonly Dictionary<(int Indicator, int Period), int> _columns = [];
    private readonly DenseKeyIndex _first = new();
    private readonly ChunkedList<int> _lines = new();
    private readonly ChunkedList<decimal> _values = new();
    private readonly Dictionary<int, string> _notes = [];

    /// <summary>Returns true when the row should be processed; false for a repeat (reporting a conflicting one).</summary>
    public bool Check(string campaign, string unit, string indicator, YearMonth period, decimal value, string? note, int line, ImportContext context)
    {
        var column = Id(_columns, (Id(_indicators, (campaign, indicator)), period.Index));
        if (_first.TryAdd(((long)Id(_units, unit) << 32) | (uint)column, out var first))
        {
            if (note is not null) _notes[first] = note;
            _lines.Add(line);
            _values.Add(value);
            return true;
        }
        if (_values[first] != value || !string.Equals(_notes.GetValueOrDefault(first), note, StringComparison.Ordinal))
            FileDuplicates.Conflict(context, line, "value", $"{unit}/{indicator}/{period}", _lines[first]);
        return false;
    }

    private static int Id<TCode>(Dictionary<TCode, int> ids, TCode code) where TCode : notnull
    {
        if (!ids.TryGetValue(code, out var id)) ids[code] = id = ids.Count;
        return id;
    }
}
