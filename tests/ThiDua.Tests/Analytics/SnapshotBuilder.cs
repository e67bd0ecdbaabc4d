using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Tests.Analytics;

/// <summary>
/// Builds small snapshots for rule tests. Defaults: campaign "C" from 2024-01 to 2024-12 (12 months),
/// score cap 1.2; units referenced but not declared become collectives without cluster.
/// </summary>
internal sealed class SnapshotBuilder
{
    private const string Code = "C";
    private DateOnly _start = new(2024, 1, 1);
    private DateOnly _end = new(2024, 12, 31);
    private decimal _cap = Campaign.DefaultScoreCap;
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly List<Indicator> _indicators = [];
    private readonly List<Target> _targets = [];
    private readonly List<Measurement> _measurements = [];
    private readonly List<UnitRating> _ratings = [];
    private readonly List<AwardForm> _forms = [];

    public static YearMonth M(string month) => YearMonth.Parse(month);

    public SnapshotBuilder Months(string first, string last)
    {
        var a = M(first);
        var b = M(last);
        _start = new DateOnly(a.Year, a.Month, 1);
        _end = new DateOnly(b.Year, b.Month, DateTime.DaysInMonth(b.Year, b.Month));
        return this;
    }

    /// <summary>A campaign that starts and ends on given days, e.g. mid-month (30/01–30/10).</summary>
    public SnapshotBuilder Dates(DateOnly start, DateOnly end)
    {
        (_start, _end) = (start, end);
        return this;
    }

    public SnapshotBuilder Cap(decimal cap)
    {
        _cap = cap;
        return this;
    }

    public SnapshotBuilder Unit(string code, UnitKind kind = UnitKind.Collective, string? cluster = null,
        string? parent = null, string? name = null)
    {
        _units[code] = new Unit(code, name ?? code, kind, parent, cluster);
        return this;
    }

    /// <summary>Ends <paramref name="code"/> (defined already) from <paramref name="month"/> on (yyyy-MM).</summary>
    public SnapshotBuilder Ended(string code, string month)
    {
        _units[code] = _units[code] with { Ended = M(month) };
        return this;
    }

    /// <summary>Ends <paramref name="code"/> from <paramref name="month"/> on, merged into <paramref name="successor"/>.</summary>
    public SnapshotBuilder Merged(string code, string month, string successor)
    {
        _units[code] = _units[code] with { Ended = M(month), MergedInto = successor };
        return this;
    }

    public SnapshotBuilder Individual(string code, string? parent = null, string? cluster = null) =>
        Unit(code, UnitKind.Individual, cluster, parent);

    public SnapshotBuilder Indicator(string code, Direction direction = Direction.AtLeast,
        Aggregation aggregation = Aggregation.Latest, decimal weight = 1m)
    {
        _indicators.Add(new Indicator(Code, code, code, null, direction, aggregation, weight));
        return this;
    }

    public SnapshotBuilder Target(string unit, string indicator, decimal target, decimal? baseline = null,
        string? deadline = null, decimal? targetMax = null)
    {
        _targets.Add(new Target(Code, indicator, unit, target, targetMax, baseline, deadline is null ? null : M(deadline)));
        return this;
    }

    public SnapshotBuilder Measure(string unit, string indicator, string month, decimal value)
    {
        _measurements.Add(new Measurement(Code, unit, indicator, M(month), value, null));
        return this;
    }

    /// <summary>One indicator "I" (at_least, latest, T = 100) whose single December value is the unit's score.</summary>
    public SnapshotBuilder Scored(string unit, decimal value, string indicator = "I", string month = "2024-12")
    {
        if (!_indicators.Exists(i => i.Code == indicator)) Indicator(indicator);
        return Target(unit, indicator, 100m).Measure(unit, indicator, month, value);
    }

    public SnapshotBuilder Rating(string unit, Rating? rating, Discipline discipline = Discipline.None, bool initiative = false)
    {
        _ratings.Add(new UnitRating(Code, unit, rating, discipline, initiative));
        return this;
    }

    public SnapshotBuilder Form(string code, AwardRecipient recipient, int? quota = 10,
        Rating minRating = Ratings.Rating.Excellent, bool requireInitiative = false, bool requireAllTargets = false,
        AwardQuotaScope scope = AwardQuotaScope.Campaign)
    {
        _forms.Add(new AwardForm(Code, code, code, null, recipient, quota, minRating, requireInitiative, requireAllTargets, scope));
        return this;
    }

    public CampaignSnapshot Build()
    {
        var units = new Dictionary<string, Unit>(_units, StringComparer.Ordinal);
        foreach (var code in _targets.Select(t => t.Unit).Concat(_ratings.Select(r => r.Unit)))
            units.TryAdd(code, new Unit(code, code, UnitKind.Collective, null, null));
        var campaign = new Campaign(Code, "Campaign", CampaignKind.Annual, _start, _end, null, null, null, null, _cap);
        return new CampaignSnapshot(campaign, units, _indicators.ToList(), _targets.ToList(), _measurements.ToList(),
            _ratings.ToList(), _forms.ToList());
    }
}
