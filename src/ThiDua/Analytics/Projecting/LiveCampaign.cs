using ThiDua.Attainment;

namespace ThiDua.Analytics.Projecting;

/// <summary>A campaign's definitions (its measurement list left empty) and its measurements, grouped and kept current.</summary>
public sealed record LiveCampaign(CampaignSnapshot Definitions, MeasurementHistory History)
{
    /// <summary>Its latest month as last computed, told of every figure followed since (null: none kept yet).</summary>
    internal KeptMonth? Kept { get; set; }

    /// <summary>The month kept before <see cref="Kept"/>, whose arrays the next kept month is written into (no new ≈ 17 MB when the latest month moves on).</summary>
    internal KeptMonth? Spare { get; private set; }

    internal KeptMonth Keep(KeptMonth next)
    {
        // The same month is kept in place (KeptMonth.Replace): only a new month moves the old one to spare.
        if (ReferenceEquals(next, Kept)) return next;
        Spare = Kept;
        Kept = next;
        return next;
    }
}
