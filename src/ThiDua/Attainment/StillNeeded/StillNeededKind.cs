namespace ThiDua.Attainment.StillNeeded;

/// <summary>What a unit still has to do, in the remaining months, for one indicator to be met at the campaign's end.</summary>
public enum StillNeededKind
{
    /// <summary>Met whatever the remaining months bring (a flow's total reached, a maximum already high enough, a task delivered on time).</summary>
    Reached,
    /// <summary>No longer reachable (a flow's allowance spent, a minimum already too low).</summary>
    Lost,
    /// <summary>A flow to meet at least: <see cref="StillNeeded.Amount"/> more in all.</summary>
    MoreInAll,
    /// <summary>A flow to keep under: at most <see cref="StillNeeded.Amount"/> more in all.</summary>
    AtMostInAll,
    /// <summary>A stock or rate: the last month's figure must be on the bar's side.</summary>
    LastMonth,
    /// <summary>An average: the remaining months' figures must average <see cref="StillNeeded.Amount"/> or better.</summary>
    AverageOfRest,
    /// <summary>A maximum to reach or a minimum to get under: one month on the bar's side is enough.</summary>
    OneMonth,
    /// <summary>A maximum to stay under or a minimum to stay above: every remaining month on the bar's side.</summary>
    EveryMonth,
    /// <summary>A task not delivered yet, its deadline still ahead.</summary>
    TaskDue,
    /// <summary>A task not delivered and its deadline passed: delivering it now counts 0.5.</summary>
    TaskOverdue,
    /// <summary>A task delivered after its deadline: it counts 0.5, whatever comes.</summary>
    TaskDoneLate,
    /// <summary>The unit ends (merged, dissolved) by the campaign's last month: it has no result there to work towards.</summary>
    UnitEnds,
}
