using ThiDua.Periods;

namespace ThiDua.Charts;

/// <summary>
/// Month-by-month lines against the 100 line: units' scores (<paramref name="Percent"/> false, in points), or one
/// indicator's ratio to its expected level (in %, 100% = on plan up to that month). <paramref name="Compact"/>: a
/// small multiple (one unit, no legend), laid out by the page in a grid that reflows on a phone.
/// </summary>
public sealed record TrendChart(string Title, IReadOnlyList<YearMonth> Months, IReadOnlyList<TrendSeries> Series, bool Percent,
    bool Compact = false);
