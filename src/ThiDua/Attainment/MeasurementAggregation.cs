using ThiDua.Indicators;

namespace ThiDua.Attainment;

/// <summary>Combines a unit's monthly values for one indicator up to a period into one actual (SPEC §3).</summary>
public static class MeasurementAggregation
{
    /// <summary>
    /// <paramref name="valuesInMonthOrder"/> are the values at or before the period, oldest first
    /// (one per month). Null when there is none: the caller reports <c>no_data</c>.
    /// </summary>
    public static decimal? Aggregate(Aggregation aggregation, IReadOnlyList<decimal> valuesInMonthOrder)
    {
        ArgumentNullException.ThrowIfNull(valuesInMonthOrder);
        if (valuesInMonthOrder.Count == 0) return null;
        return aggregation switch
        {
            Aggregation.Sum => valuesInMonthOrder.Sum(),
            Aggregation.Latest => valuesInMonthOrder[^1],
            // Unrounded: the ratio is computed from the exact mean, only the display rounds.
            Aggregation.Average => valuesInMonthOrder.Sum() / valuesInMonthOrder.Count,
            Aggregation.Max => valuesInMonthOrder.Max(),
            Aggregation.Min => valuesInMonthOrder.Min(),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, "Unknown aggregation."),
        };
    }
}
