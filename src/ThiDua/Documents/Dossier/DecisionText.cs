using ThiDua.Awards.Deciding;
using ThiDua.Formatting;
using ThiDua.Reports.Summary;

namespace ThiDua.Documents.Dossier;

/// <summary>How the dossier writes a recorded decision: "đồng ý — 112/QĐ-STTTT ngày 04/06/2021", or the act alone.</summary>
internal static class DecisionText
{
    /// <summary>The decision on one candidate of one form with its act; empty while none is recorded.</summary>
    public static string Of(IReadOnlyList<DecidedAward> decided, string form, string unit) =>
        decided.FirstOrDefault(d => d.FormCode == form && d.Unit == unit) is { } d
            ? AwardDecisions.Vietnamese(d.Decision.Decision) + (Act(d.Decision) is { Length: > 0 } act ? " — " + act : "")
            : "";

    /// <summary>The council's recorded vote on one candidate of one form ("9/11 (81,82%)"); empty while none is recorded,
    /// so the minutes' "Số phiếu đồng ý" stays a blank to fill by hand.</summary>
    public static string Votes(IReadOnlyList<DecidedAward> decided, string form, string unit) =>
        decided.FirstOrDefault(d => d.FormCode == form && d.Unit == unit)?.Decision.Vote?.Vietnamese() ?? "";

    /// <summary>The act's number and date ("112/QĐ-STTTT ngày 04/06/2021"); what is known of them, or empty.</summary>
    public static string Act(AwardDecisionRecord d) =>
        string.Join(" ngày ", new[] { d.Reference, d.Date is { } day ? VietnameseDates.Date(day) : null }.Where(x => !string.IsNullOrEmpty(x)));
}
