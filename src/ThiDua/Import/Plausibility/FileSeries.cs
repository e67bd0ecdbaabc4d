using System.Globalization;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Measurements.Plausibility;
using ThiDua.Periods;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// A measurements file's figures per (campaign, unit, indicator), beside the ones stored before it, so each figure it
/// changes can be judged once the whole file is read: a month's "other months" include those further down the file.
/// Memory follows the file's targets and the campaigns' months (≈ 40 bytes per target and month), not its rows.
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
            _series[key] = s = new Series(campaign.FirstMonth, indicator, campaign.MonthCount);
            for (var i = 0; i < s.Stored.Length; i++)
                s.Stored[i] = stored.GetValueOrDefault((m.Campaign, m.Unit, m.Indicator, campaign.FirstMonth.Index + i))?.Value;
        }
        var at = m.Period.Index - s.First.Index;
        (s.File[at], s.Lines[at], s.Changes[at]) = (m.Value, line, changes);
    }

    /// <summary>Every figure the file changes, in file order, with the warnings it raises.</summary>
    public IEnumerable<(MeasurementChange Change, IReadOnlyList<PlausibilityFinding> Findings)> Judge()
    {
        var judged = new List<(MeasurementChange, IReadOnlyList<PlausibilityFinding>)>();
        var others = new List<decimal>();
        foreach (var ((campaign, unit, indicator), s) in _series)
            for (var i = 0; i < s.File.Length; i++)
            {
                if (!s.Changes[i]) continue;
                others.Clear();
                for (var j = 0; j < s.File.Length; j++)
                    if (j != i && (s.File[j] ?? s.Stored[j]) is { } other) others.Add(other);
                var value = s.File[i]!.Value;
                var change = new MeasurementChange(s.Lines[i], campaign, unit, indicator, s.First.AddMonths(i), s.Stored[i], value);
                judged.Add((change, PlausibilityRules.Judge(new JudgedMeasurement(s.Indicator, value, s.Stored[i], others))));
            }
        return judged.OrderBy(j => j.Item1.Line);
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

    private sealed class Series(YearMonth first, Indicator indicator, int months)
    {
        public YearMonth First { get; } = first;
        public Indicator Indicator { get; } = indicator;
        public decimal?[] Stored { get; } = new decimal?[months];
        public decimal?[] File { get; } = new decimal?[months];
        public int[] Lines { get; } = new int[months];
        public bool[] Changes { get; } = new bool[months];
    }
}
