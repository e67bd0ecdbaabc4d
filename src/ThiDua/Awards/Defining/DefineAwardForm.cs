namespace ThiDua.Awards.Defining;

/// <summary>Set an award form for a campaign.</summary>
public sealed record DefineAwardForm(AwardForm Form)
{
    public static IReadOnlyList<AwardFormDefined> Decide(DefineAwardForm command, AwardForm? current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var f = command.Form;
        return f == current
            ? []
            : [new AwardFormDefined(f.Campaign, f.Code, f.Name, f.Level, f.Recipient, f.Quota, f.MinRating, f.RequireInitiative, f.RequireAllTargets, f.QuotaScope, now, f.RequireRegistration, f.RequiredShare)];
    }
}
