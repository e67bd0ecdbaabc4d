namespace ThiDua.Awards.Deciding;

/// <summary>The decisions standing: the last recorded per (form, unit).</summary>
public static class AwardDecisions
{
    public static IReadOnlyDictionary<(string Form, string Unit), AwardDecisionRecord> Current(IEnumerable<AwardDecisionRecord> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var current = new Dictionary<(string, string), AwardDecisionRecord>();
        foreach (var d in history) current[(d.Form, d.Unit)] = d;
        return current;
    }

    /// <summary>The word the awards output writes (CSV, JSON): approved, rejected, deferred.</summary>
    public static string Word(AwardDecision decision) => decision switch
    {
        AwardDecision.Approved => "approved",
        AwardDecision.Rejected => "rejected",
        _ => "deferred",
    };

    /// <summary>The decision an output's word names (<see cref="Word"/>), or null for any other word.</summary>
    public static AwardDecision? FromWord(string? word) =>
        Enum.GetValues<AwardDecision>().Where(d => Word(d) == word).Select(d => (AwardDecision?)d).FirstOrDefault();

    /// <summary>The word a page writes: đồng ý, không đồng ý, hoãn xét.</summary>
    public static string Vietnamese(AwardDecision decision) => decision switch
    {
        AwardDecision.Approved => "đồng ý",
        AwardDecision.Rejected => "không đồng ý",
        _ => "hoãn xét",
    };
}
