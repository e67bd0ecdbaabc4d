using System.Globalization;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Formatting;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Reports.Html;

/// <summary>How the reports write numbers, dates and statuses: the Vietnamese way, independent of the machine's culture.</summary>
public static class ReportText
{
    public const string Missing = "—";

    /// <summary>Actual, target, expected: at most 2 decimals, <c>1.110.000</c>, <c>90,6</c>.</summary>
    public static string Number(decimal? value) => value is { } v ? VietnameseNumber.Format(v, 2) : Missing;

    /// <summary>A ratio (4 decimals) as a percentage with 2 decimals, which shows it exactly: 0,9734 → <c>97,34%</c>.</summary>
    public static string Percent(decimal? ratio) => ratio is { } r ? VietnameseNumber.FormatPercent(r, 2) : Missing;

    public static string Score(decimal? score) => score is { } s ? VietnameseNumber.FormatFixed(s, 2) : Missing;

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cut-off in Vietnam time: <c>01/07/2022 07:00 (giờ Việt Nam, UTC+07:00)</c>, its seconds shown when it has them.</summary>
    public static string Instant(DateTimeOffset at) => Formatting.VietnameseDates.CutOff(at) + " (giờ Việt Nam, UTC+07:00)";

    public static string ShortInstant(DateTimeOffset at) => Formatting.VietnameseDates.Instant(at);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(YearMonth month) => Formatting.VietnameseDates.Month(month);

    public static string Status(AttainmentStatus status) => StatusWords.Of(status);

    /// <summary>Progress words before the campaign's last month, attainment words at it (SPEC §3 v2).</summary>
    public static string Status(AttainmentStatus status, bool final) => final ? StatusWords.Of(status) : StatusWords.Progress(status);

    // A tie at the quota is the council's to settle: the report says so where it lists the candidates.
    public static string Award(AwardStatus status) =>
        StatusWords.Of(status) + (status == AwardStatus.TieAtQuota ? " — Hội đồng quyết định" : "");

    public static string Kind(UnitKind kind) => StatusWords.Of(kind);

    public static string Recipient(AwardRecipient recipient) => recipient switch
    {
        AwardRecipient.Collective => "tập thể",
        AwardRecipient.Individual => "cá nhân",
        _ => "tập thể và cá nhân",
    };

    public static string Rating(Rating? rating) => StatusWords.Of(rating);

    public static string Discipline(Discipline discipline) => StatusWords.Of(discipline);

    public static string Cluster(string? cluster, string? name = null) => Ranking.RankingGroupName.ClusterHeading(cluster, name);
}
