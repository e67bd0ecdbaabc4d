namespace ThiDua.Charts;

/// <summary>Status of a (unit, indicator, period) as drawn in charts (SPEC §3: exceeded, met, not_met, no_data).</summary>
public enum ChartIndicatorStatus
{
    Exceeded,
    Met,
    NotMet,
    NoData,
}
