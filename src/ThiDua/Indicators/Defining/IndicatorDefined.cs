namespace ThiDua.Indicators.Defining;

/// <summary>An indicator was added to a campaign or changed.</summary>
public sealed record IndicatorDefined(
    string CampaignCode, string IndicatorCode, string Name, string? Uom, Direction Direction, Aggregation Aggregation, decimal Weight,
    DateTimeOffset DefinedAt)
{
    public Indicator ToIndicator() => new(CampaignCode, IndicatorCode, Name, Uom, Direction, Aggregation, Weight);
}
