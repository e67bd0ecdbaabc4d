namespace ThiDua.Indicators.Defining;

/// <summary>Add an indicator to a campaign or update it.</summary>
public sealed record DefineIndicator(Indicator Indicator)
{
    public static IReadOnlyList<IndicatorDefined> Decide(DefineIndicator command, Indicator? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var i = command.Indicator;
        return i == current ? [] : [new IndicatorDefined(i.Campaign, i.Code, i.Name, i.Uom, i.Direction, i.Aggregation, i.Weight, now)];
    }
}
