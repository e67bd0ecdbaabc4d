namespace ThiDua.Units.Defining;

/// <summary>Register a unit, or bring it up to date with the analyst's file.</summary>
public sealed record DefineUnit(Unit Unit)
{
    /// <summary>Re-importing what is already there records nothing.</summary>
    public static IReadOnlyList<UnitDefined> Decide(DefineUnit command, Unit? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var u = command.Unit;
        return u == current ? [] : [new UnitDefined(u.Code, u.Name, u.Kind, u.Parent, u.Cluster, now) { Ended = u.Ended, MergedInto = u.MergedInto }];
    }

    public static string StreamId(string unitCode) => StreamPrefix + unitCode;

    public const string StreamPrefix = "unit-";
}
