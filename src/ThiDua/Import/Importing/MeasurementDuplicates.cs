using ThiDua.Periods;

namespace ThiDua.Import.Importing;

/// <summary>
/// <see cref="FileDuplicates{TKey, TValue}"/> for measurements.csv, where one file holds a million keys: codes become
/// small numbers and each key's first line, value and note sit in flat lists — ≈ 45 bytes a key instead of ≈ 100
/// (the dictionary of string tuples was the largest thing alive during a 1M-row import). Same answers, same messages.
/// </summary>
internal sealed class MeasurementDuplicates
{
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Campaign, string Indicator), int> _indicators = [];
    private readonly Dictionary<(int Unit, int Indicator, int Period), int> _first = [];
    private readonly List<int> _lines = [];
    private readonly List<decimal> _values = [];
    private readonly Dictionary<int, string> _notes = [];

    /// <summary>Returns true when the row should be processed; false for a repeat (reporting a conflicting one).</summary>
    public bool Check(string campaign, string unit, string indicator, YearMonth period, decimal value, string? note, int line, ImportContext context)
    {
        var key = (Id(_units, unit), Id(_indicators, (campaign, indicator)), period.Index);
        if (!_first.TryGetValue(key, out var first))
        {
            _first[key] = _lines.Count;
            if (note is not null) _notes[_lines.Count] = note;
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
