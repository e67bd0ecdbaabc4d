namespace ThiDua.Targets.Setting;

/// <summary>Assign or change a unit's target.</summary>
public sealed record SetTarget(Target Target)
{
    public static IReadOnlyList<TargetSet> Decide(SetTarget command, Target? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var t = command.Target;
        return t == current ? [] : [new TargetSet(t.Campaign, t.Indicator, t.Unit, t.Value, t.TargetMax, t.Baseline, t.Deadline, now)];
    }
}
