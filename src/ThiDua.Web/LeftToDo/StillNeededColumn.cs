using ThiDua.Attainment;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Indicators;
using ThiDua.Targets;
using ThiDua.Web.Campaigns;

namespace ThiDua.Web.LeftToDo;

/// <summary>
/// What each attainment row of a view still needs by the campaign's last month, for the pages that show it beside the
/// rows (a unit's page, an indicator's page). Null before there is anything to say: at the last month or later.
/// </summary>
public sealed class StillNeededColumn
{
    private readonly CampaignView _view;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<(string Unit, string Indicator), Target> _targets;
    private readonly MeasurementHistory _history;

    private StillNeededColumn(CampaignView view, Func<string, string, bool> keep)
    {
        _view = view;
        var snapshot = view.Snapshot;
        _indicators = snapshot.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _targets = snapshot.Targets.Where(t => keep(t.Unit, t.Indicator)).ToDictionary(t => (t.Unit, t.Indicator));
        // Only the rows shown are grouped: a 1M-measurement campaign is scanned once, not regrouped.
        _history = new MeasurementHistory(snapshot.Measurements.Where(m => keep(m.Unit, m.Indicator)));
    }

    /// <param name="keep">Whether a (unit, indicator) pair's rows may be shown: only their targets and figures are read.</param>
    public static StillNeededColumn? For(CampaignView view, Func<string, string, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(keep);
        return view.Period >= view.Snapshot.Campaign.LastMonth ? null : new StillNeededColumn(view, keep);
    }

    public string Heading => $"Cần làm đến {Formatting.VietnameseDates.Month(_view.Snapshot.Campaign.LastMonth)}";

    public StillNeeded? Of(AttainmentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_indicators.TryGetValue(row.Indicator, out var indicator) || !_targets.TryGetValue((row.Unit, row.Indicator), out var target)) return null;
        return StillNeededCalculator.Of(indicator, target, _history.Upto(row.Unit, row.Indicator, _view.Period), _view.Snapshot.Campaign, _view.Period,
            _view.Snapshot.Units.TryGetValue(row.Unit, out var unit) ? unit.Ended : null);
    }

    /// <summary>The same column in the attainment workbook: a row with nothing to say is left empty.</summary>
    public (string Heading, Func<AttainmentRow, string?> Words) ForSheet() => (Heading, r => Of(r) is { } need ? Words(need) : null);

    public string Words(StillNeeded need) => StillNeededWords.Of(need, _indicators[need.Indicator]);

    /// <summary>The words in a table cell, muted when assured, red when the target can no longer be met (or only for half).</summary>
    public string Cell(StillNeeded? need) => need is null ? "<td>—</td>" : need.Kind switch
    {
        StillNeededKind.Reached or StillNeededKind.UnitEnds => "<td class=\"still-reached\">",
        StillNeededKind.Lost or StillNeededKind.TaskOverdue or StillNeededKind.TaskDoneLate => "<td class=\"still-lost\">",
        _ => "<td>",
    } + Html.Html.Encode(Words(need)) + "</td>";
}
