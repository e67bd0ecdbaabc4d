using ThiDua.Attainment;

namespace ThiDua.Scoring;

/// <summary>
/// <see cref="ScoreCalculator.ScoreAll"/> for rows that come grouped by unit (attainment's output order), one at a
/// time: only the current unit's rows are held, so a month of a big campaign is scored as its rows stream past.
/// </summary>
public sealed class UnitScoreFold(decimal scoreCap)
{
    private readonly Dictionary<string, UnitScore> _scores = new(StringComparer.Ordinal);
    private readonly List<AttainmentRow> _unit = [];

    public void Add(AttainmentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_unit.Count > 0 && !string.Equals(_unit[0].Unit, row.Unit, StringComparison.Ordinal)) Close();
        _unit.Add(row);
    }

    /// <summary>The scores keyed by unit code, in the order the units came (as <see cref="ScoreCalculator.ScoreAll"/>).</summary>
    public IReadOnlyDictionary<string, UnitScore> Complete()
    {
        Close();
        return _scores;
    }

    private void Close()
    {
        if (_unit.Count == 0) return;
        var unit = _unit[0].Unit;
        if (!_scores.TryAdd(unit, ScoreCalculator.Score(unit, _unit, scoreCap)))
            throw new InvalidOperationException($"The rows of unit '{unit}' are not together: fold rows grouped by unit.");
        _unit.Clear();
    }
}
