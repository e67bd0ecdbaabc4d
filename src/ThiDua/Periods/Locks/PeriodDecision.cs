using ThiDua.Import.Parsing;

namespace ThiDua.Periods.Locks;

/// <summary>What a close or a reopen decided: its event, nothing (already so), or the reason it is refused.</summary>
public sealed record PeriodDecision(object? Event, BilingualMessage? Refusal)
{
    public static PeriodDecision Nothing { get; } = new(null, null);

    public static PeriodDecision Of(object @event) => new(@event, null);

    public static PeriodDecision Refused(BilingualMessage why) => new(null, why);
}
