using System.Globalization;
using ThiDua.Campaigns;
using ThiDua.Import.Parsing;
using ThiDua.Measurements;

namespace ThiDua.Import.Importing;

/// <summary>
/// <see cref="FileDuplicates{TKey, TValue}"/> for measurements.csv, whose files run to millions of rows. A row reaches
/// this check only once its target is known, so a key is a target's slot and a month of its campaign: each month the
/// file has rows for gets one array per campaign (the first row's line and value for every target), allocated whole
/// when the month first appears. Memory follows the campaign's targets and the file's months, not its rows: ≈ 20 bytes
/// per target and month (a 1M-row file of 83K targets × 12 months: 20 MB), no string kept per row. It replaced a
/// temporary table of the seen keys (one look-up and one COPY per batch, ≈ 1.9 s of a 1M-row import).
/// Same answers, same messages.
/// </summary>
internal sealed class MeasurementDuplicates
{
    private readonly Dictionary<string, CampaignRows> _campaigns = new(StringComparer.Ordinal);

    /// <summary>
    /// True when the file has not had this key before (it is remembered); false for a repeat, reported when its value
    /// or note differs from the key's first row.
    /// </summary>
    public bool FirstSeen(MeasurementRow row, Measurement m, Campaign campaign, MeasuredCampaign definitions, ImportContext context)
    {
        if (!_campaigns.TryGetValue(campaign.Code, out var rows))
            _campaigns[campaign.Code] = rows = new CampaignRows(campaign, definitions);
        var (lines, values, notes) = rows.Month(m.Period);
        var slot = rows.Slots[(m.Unit, m.Indicator)];
        if (lines[slot] == 0)
        {
            lines[slot] = row.Line;
            values[slot] = m.Value;
            if (m.Note is not null) notes[slot] = m.Note;
            return true;
        }
        if (values[slot] != m.Value || !string.Equals(notes.GetValueOrDefault(slot), m.Note, StringComparison.Ordinal))
            FileDuplicates.Conflict(context, row.Line, "value", m.Value.ToString(CultureInfo.InvariantCulture),
                $"{m.Unit}/{m.Indicator}/{m.Period}", lines[slot]);
        return false;
    }

    private sealed class CampaignRows(Campaign campaign, MeasuredCampaign definitions)
    {
        private readonly (int[] Lines, decimal[] Values, Dictionary<int, string> Notes)?[] _months = new (int[], decimal[], Dictionary<int, string>)?[campaign.MonthCount];

        /// <summary>Each target's slot, numbered in the order the keys were read.</summary>
        public Dictionary<(string Unit, string Indicator), int> Slots => definitions.Targets;

        public (int[] Lines, decimal[] Values, Dictionary<int, string> Notes) Month(Periods.YearMonth period)
        {
            ref var month = ref _months[period.MonthsSince(campaign.FirstMonth) - 1];
            month ??= (new int[Slots.Count], new decimal[Slots.Count], []);
            return month.Value;
        }
    }
}
