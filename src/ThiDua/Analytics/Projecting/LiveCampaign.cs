using ThiDua.Attainment;

namespace ThiDua.Analytics.Projecting;

/// <summary>A campaign's definitions (its measurement list left empty) and its measurements, grouped and kept current.</summary>
public sealed record LiveCampaign(CampaignSnapshot Definitions, MeasurementHistory History)
{
    /// <summary>Its latest month as last computed, told of every figure followed since (null: none kept yet).</summary>
    internal KeptMonth? Kept { get; set; }
}
