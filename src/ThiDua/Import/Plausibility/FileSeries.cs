using System.Globalization;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Measurements.Recording;
using ThiDua.Measurements.Plausibility;
using ThiDua.Periods;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// A measurements file's figures per (campaign, unit, indicator), beside the ones stored before it, so each figure it
/// changes can be judged once the whole file is read: a month's "other months" include those further down the file.
/// Memory follows the file's targets and the campaigns' months (≈ 50 bytes per target and month: one object and three arrays per target), not its rows.
/// </summary>
internal sealed class FileSeries
{
    private readonly Dictionary<(string Campaign, string Unit, string Indicator), Series> _series = new();

    /// <summary>
    /// Adds a file row; <paramref name="stored"/> (every month stored for the row's unit, keyed by campaign, unit,
    /// indicator and month index) fills in the series' stored months when the series is first seen.
    /// </summary>
    public void Add(Campaign campaign, Indicator indicator, Measurement m, int line, bool changes,
        Dictionary<(string, string, string, int), Measurement> stored)
    {
        var key = (m.Campaign, m.Unit, m.Indicator);
        if (!_series.TryGetValue(key, out var s))
        {
            _series[key] = s = new Series(key, campaign.FirstMonth, indicator, campaign.MonthCount);
            for (var i = 0; i < s.Months; i++)
                if (stored.GetValueOrDefault((m.Campaign, m.Unit, m.Indicator, campaign.FirstMonth.Index + i)) is { } before) s.SetStored(i, before.Value);
        }
        s.SetFile(m.Period.Index - s.First.Index, m.Value, line, changes);
    }

    /// <summary>
    /// Judges every figure the file changes, adding each change to <paramref name="changes"/> (a dry run's list) in file
    /// order when given. Returns how many warnings there are and the warnings in file order, formatted each time they
    /// are read: only the flagged figures are kept (a series and a month each), not a message per warning.
    /// </summary>
    public (int Count, IEnumerable<(string StreamId, ImportWarning Warning)> Warnings) Judge(List<MeasurementChange>? changes)
    {
        var flagged = new List<(int Line, Series Series, int Month)>();
        var count = 0;
        var others = new List<decimal>();
        foreach (var s in _series.Values)
            for (var i = 0; i < s.Months; i++)
            {
                if (!s.Changes(i)) continue;
                changes?.Add(s.Change(i));
                if (Findings(s, i, others).Count is var found and > 0)
                {
                    flagged.Add((s.Lines[i], s, i));
                    count += found;
                }
            }
        // A line holds one figure, so the order by line is the file's order.
        flagged.Sort((a, b) => a.Line.CompareTo(b.Line));
        changes?.Sort((a, b) => a.Line.CompareTo(b.Line));
        return (count, Read(flagged));
    }

    private static IEnumerable<(string StreamId, ImportWarning Warning)> Read(List<(int Line, Series Series, int Month)> flagged)
    {
        var others = new List<decimal>();
        foreach (var (_, s, i) in flagged)
        {
            var change = s.Change(i);
            var stream = RecordMeasurement.StreamId(s.Campaign, s.Unit);
            foreach (var finding in Findings(s, i, others)) yield return (stream, Warning(change, finding));
        }
    }

    /// <summary>Judges month <paramref name="i"/> of a series against its other months (the file's figure, else the stored one).</summary>
    private static IReadOnlyList<PlausibilityFinding> Findings(Series s, int i, List<decimal> others)
    {
        others.Clear();
        for (var j = 0; j < s.Months; j++)
            if (j != i && (s.File(j) ?? s.Stored(j)) is { } other) others.Add(other);
        return PlausibilityRules.Judge(new JudgedMeasurement(s.Indicator, s.File(i)!.Value, s.Stored(i), others));
    }

    /// <summary>A finding as the import reports it: the figure named first, as a line may hold any unit's figure.</summary>
    public static ImportWarning Warning(MeasurementChange c, PlausibilityFinding f)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(f);
        var what = $"{c.Unit}/{c.Indicator}/{c.Period}";
        return new ImportWarning(c.Line, "value", c.New.ToString(CultureInfo.InvariantCulture), f.Rule, f.JudgedAgainst,
            $"{what}: {f.MessageVi}", $"{what}: {f.MessageEn}");
    }

    /// <summary>A target's months: the file's and the stored figure side by side in one array, which of them are there in flags.</summary>
    private sealed class Series((string Campaign, string Unit, string Indicator) key, YearMonth first, Indicator indicator, int months)
    {
        private const byte InFile = 1, IsStored = 2, Changed = 4;
        private readonly decimal[] _values = new decimal[2 * months];
        private readonly byte[] _flags = new byte[months];

        public string Campaign { get; } = key.Campaign;
        public string Unit { get; } = key.Unit;
        public string Code { get; } = key.Indicator;
        public YearMonth First { get; } = first;
        public Indicator Indicator { get; } = indicator;
        public int Months => months;
        public int[] Lines { get; } = new int[months];

        public decimal? File(int i) => (_flags[i] & InFile) != 0 ? _values[i] : null;
        public decimal? Stored(int i) => (_flags[i] & IsStored) != 0 ? _values[months + i] : null;
        public bool Changes(int i) => (_flags[i] & Changed) != 0;

        public void SetStored(int i, decimal value) => (_values[months + i], _flags[i]) = (value, (byte)(_flags[i] | IsStored));

        public void SetFile(int i, decimal value, int line, bool changes)
        {
            (_values[i], Lines[i]) = (value, line);
            _flags[i] = (byte)((_flags[i] & IsStored) | InFile | (changes ? Changed : 0));
        }

        public MeasurementChange Change(int i) => new(Lines[i], Campaign, Unit, Code, First.AddMonths(i), Stored(i), File(i)!.Value);
    }
}
