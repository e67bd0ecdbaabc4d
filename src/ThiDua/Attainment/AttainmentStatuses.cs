namespace ThiDua.Attainment;

/// <summary>Status from a ratio that is already rounded to 4 decimals (so 0.99996 → 1.0000 → met).</summary>
public static class AttainmentStatuses
{
    public static AttainmentStatus Of(decimal? roundedRatio) => roundedRatio switch
    {
        null => AttainmentStatus.NoData,
        > 1m => AttainmentStatus.Exceeded,
        1m => AttainmentStatus.Met,
        _ => AttainmentStatus.NotMet,
    };

    /// <summary>The one rounding used for every ratio: 4 decimals, midpoint away from zero.</summary>
    public static decimal Round(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.AwayFromZero);
}
