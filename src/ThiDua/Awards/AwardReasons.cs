using System.Globalization;
using ThiDua.Ratings;

namespace ThiDua.Awards;

/// <summary>The reasons a candidate can carry. Codes are stable; texts may be reworded.</summary>
public static class AwardReasons
{
    public const string NoRatingCode = "no_rating";
    public const string RatingBelowMinimumCode = "rating_below_minimum";
    public const string DisciplinedCode = "disciplined";
    public const string NoInitiativeCode = "no_initiative";
    public const string TargetsNotAllMetCode = "targets_not_all_met";
    public const string NoMembersCode = "no_members";
    public const string MemberBelowGoodCode = "member_below_good";
    public const string NoExcellentMemberCode = "no_excellent_member";
    public const string MemberDisciplinedCode = "member_disciplined";
    public const string NotRegisteredCode = "not_registered";
    public const string RegisteredLateCode = "registered_late";
    public const string MeetsCriteriaCode = "meets_criteria";
    public const string WithinQuotaCode = "within_quota";
    public const string TieAtQuotaCode = "tie_at_quota";
    public const string OverQuotaCode = "over_quota";
    public const string NoQuotaCode = "no_quota";
    public const string TieBreakCode = "tie_break";

    public static AwardReason NoRating() =>
        new(NoRatingCode, "Chưa có xếp loại trong phong trào", "No rating in the campaign");

    public static AwardReason RatingBelowMinimum(Rating rating, Rating minimum) =>
        new(RatingBelowMinimumCode,
            $"Xếp loại: {Vi(rating)} (hình thức yêu cầu: {Vi(minimum)} trở lên)",
            $"Rated {En(rating)}, below the required {En(minimum)}");

    public static AwardReason Disciplined(Discipline discipline) =>
        new(DisciplinedCode,
            $"Bị kỷ luật {Vi(discipline)}",
            $"Disciplined with a {En(discipline)} (warning or above)");

    public static AwardReason NoInitiative() =>
        new(NoInitiativeCode, "Không có sáng kiến được công nhận", "No recognised initiative, which the form requires");

    /// <param name="indicators">Each by name with its code in brackets: "Số lớp tập huấn (AL)"; one the unit reported no
    /// figure for says so in Vietnamese ("(LS21-HONGHEO, chưa có số liệu)"): the clerk then asks for the figure, where
    /// "chưa hoàn thành" alone read as a result the unit reached.
    /// The English text (the CSV's) is unchanged.</param>
    public static AwardReason TargetsNotAllMet(IEnumerable<(string Code, string Name, bool NoData)> indicators)
    {
        var list = indicators.ToList();
        static string Named(string code, string name, bool noData) => (name == code, noData) switch
        {
            (true, false) => code,
            (true, true) => $"{code} (chưa có số liệu)",
            (false, false) => $"{name} ({code})",
            _ => $"{name} ({code}, chưa có số liệu)",
        };
        var vi = string.Join(", ", list.Select(i => Named(i.Code, i.Name, i.NoData)));
        var en = string.Join(", ", list.Select(i => Named(i.Code, i.Name, false)));
        return new(TargetsNotAllMetCode, $"Chưa hoàn thành chỉ tiêu: {vi}", $"Targets not met: {en}");
    }

    public static AwardReason NoMembers() =>
        new(NoMembersCode, "Không có cá nhân trực thuộc được xếp loại", "No member with a rating in the campaign");

    /// <param name="memberName">Who, for a reader; the English text (the CSV's) keeps the code.</param>
    public static AwardReason MemberBelowGood(string member, string memberName, Rating rating) =>
        new(MemberBelowGoodCode,
            $"Thành viên {memberName} ({member}) xếp loại: {Vi(rating)} (yêu cầu mọi thành viên hoàn thành tốt nhiệm vụ trở lên)",
            $"Member {member} rated {En(rating)}, below good");

    public static AwardReason NoExcellentMember() =>
        new(NoExcellentMemberCode,
            "Không có thành viên hoàn thành xuất sắc nhiệm vụ", "No member rated excellent");

    public static AwardReason MemberDisciplined(string member, string memberName, Discipline discipline) =>
        new(MemberDisciplinedCode,
            $"Thành viên {memberName} ({member}) bị kỷ luật {Vi(discipline)}",
            $"Member {member} disciplined with a {En(discipline)}");

    public static AwardReason NotRegistered(DateOnly? deadline) =>
        new(NotRegisteredCode,
            deadline is { } d ? $"Chưa đăng ký hình thức này (hạn đăng ký thi đua: {Formatting.VietnameseDates.Date(d)})" : "Chưa đăng ký hình thức này",
            deadline is { } e ? $"Not registered for the form (registration deadline {e:yyyy-MM-dd})" : "Not registered for the form, which requires registration");

    public static AwardReason RegisteredLate(DateOnly date, DateOnly deadline) =>
        new(RegisteredLateCode,
            $"Đăng ký muộn: ngày {Formatting.VietnameseDates.Date(date)}, sau hạn đăng ký thi đua {Formatting.VietnameseDates.Date(deadline)} — không được tính",
            $"Registered late: {date:yyyy-MM-dd}, after the registration deadline {deadline:yyyy-MM-dd} — does not count");

    public static AwardReason MeetsCriteria() =>
        new(MeetsCriteriaCode, "Đạt tất cả tiêu chuẩn của hình thức", "Meets every criterion of the form");

    /// <param name="withoutScore">The candidate has no targets, so no score: its place counts it as 0 (SPEC §4), and the
    /// reason says so — a reader sees an empty score beside "xếp thứ 4" otherwise.</param>
    public static AwardReason WithinQuota(int place, int quota, AwardGroup? group, bool withoutScore = false) =>
        new(WithinQuotaCode,
            $"Xếp thứ {N(place)}{InVi(group)}, trong số lượng được khen ({N(quota)}{OfVi(group)}){NoScoreVi(withoutScore)}",
            $"Place {N(place)}{InEn(group)} within the quota of {N(quota)}{NoScoreEn(withoutScore)}");

    public static AwardReason TieAtQuota(int tied, int quota, AwardGroup? group, bool withoutScore = false) =>
        new(TieAtQuotaCode,
            $"{(withoutScore ? "Cùng chưa có điểm" : "Bằng điểm")} với {N(tied - 1)} ứng viên khác ở suất cuối (suất thứ {N(quota)}{OfVi(group)}): Hội đồng quyết định{NoScoreVi(withoutScore)}",
            $"Tied with {N(tied - 1)} other candidate(s) at quota place {N(quota)}{InEn(group)}: the council decides{NoScoreEn(withoutScore)}");

    public static AwardReason OverQuota(int place, int quota, AwardGroup? group, bool withoutScore = false) =>
        new(OverQuotaCode,
            $"Đủ tiêu chuẩn nhưng xếp thứ {N(place)}{InVi(group)}, ngoài số lượng được khen ({N(quota)}{OfVi(group)}){NoScoreVi(withoutScore)}",
            $"Eligible but place {N(place)}{InEn(group)} is over the quota of {N(quota)}{NoScoreEn(withoutScore)}");

    public static AwardReason NoQuota(int place, AwardGroup? group, bool withoutScore = false) =>
        new(NoQuotaCode,
            $"Xếp thứ {N(place)}{InVi(group)}; hình thức không giới hạn số lượng{NoScoreVi(withoutScore)}",
            $"Place {N(place)}{InEn(group)}; the form has no quota limit{NoScoreEn(withoutScore)}");

    /// <summary>Why <paramref name="candidate"/> is within the quota although <paramref name="other"/>, just outside, has the same score.</summary>
    internal static AwardReason AboveOnTieBreak(AwardCandidate candidate, AwardCandidate other) =>
        new(TieBreakCode,
            $"{SameScoreVi(candidate, other)}; xếp trên nhờ {(candidate.Met != other.Met ? $"có nhiều chỉ tiêu đạt hơn ({N(candidate.Met)} so với {N(other.Met)})" : "có sáng kiến")}",
            $"{SameScoreEn(candidate, other)}; placed above for {(candidate.Met != other.Met ? $"more indicators met ({N(candidate.Met)} against {N(other.Met)})" : "its initiative")}");

    /// <summary>Why <paramref name="candidate"/> is outside the quota although <paramref name="other"/>, the last within it, has the same score.</summary>
    internal static AwardReason BelowOnTieBreak(AwardCandidate candidate, AwardCandidate other) =>
        new(TieBreakCode,
            $"{SameScoreVi(candidate, other)}; xếp dưới vì {(candidate.Met != other.Met ? $"có ít chỉ tiêu đạt hơn ({N(candidate.Met)} so với {N(other.Met)})" : "không có sáng kiến")}",
            $"{SameScoreEn(candidate, other)}; placed below for {(candidate.Met != other.Met ? $"fewer indicators met ({N(candidate.Met)} against {N(other.Met)})" : "having no initiative")}");

    private static string SameScoreVi(AwardCandidate candidate, AwardCandidate other) => candidate.Score is { } s
        ? $"Bằng điểm {Formatting.VietnameseNumber.FormatFixed(s, 2)} với {other.Unit.Name} ({other.Unit.Code})"
        : $"Cùng chưa có điểm với {other.Unit.Name} ({other.Unit.Code})";

    private static string SameScoreEn(AwardCandidate candidate, AwardCandidate other) => candidate.Score is { } s
        ? $"Equal score {s.ToString("0.00", CultureInfo.InvariantCulture)} with {other.Unit.Code}"
        : $"No score, like {other.Unit.Code}";

    private static string NoScoreVi(bool withoutScore) => withoutScore
        ? " — chưa có điểm (không được giao chỉ tiêu), xếp như 0 điểm" : "";

    private static string NoScoreEn(bool withoutScore) => withoutScore
        ? " (no score: no targets, placed as 0)" : "";

    private static string InVi(AwardGroup? group) => group is null ? "" : " trong " + Ranking.RankingGroupName.Cluster(group.Cluster, group.Name);

    private static string OfVi(AwardGroup? group) => group is null ? "" : " của " + Ranking.RankingGroupName.Cluster(group.Cluster, group.Name);

    private static string InEn(AwardGroup? group) => group is null ? ""
        : group.Cluster is null ? " among the units without a cluster" : $" in cluster {group.Cluster}";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string En(Rating rating) => rating switch
    {
        Rating.Excellent => "excellent",
        Rating.Good => "good",
        Rating.Completed => "completed",
        _ => "not_completed",
    };

    private static string Vi(Rating rating) => rating switch
    {
        Rating.Excellent => "hoàn thành xuất sắc nhiệm vụ",
        Rating.Good => "hoàn thành tốt nhiệm vụ",
        Rating.Completed => "hoàn thành nhiệm vụ",
        _ => "không hoàn thành nhiệm vụ",
    };

    private static string En(Discipline discipline) => discipline switch
    {
        Discipline.Reprimand => "reprimand",
        Discipline.Warning => "warning",
        Discipline.Dismissal => "dismissal",
        _ => "none",
    };

    private static string Vi(Discipline discipline) => discipline switch
    {
        Discipline.Reprimand => "khiển trách",
        Discipline.Warning => "cảnh cáo",
        Discipline.Dismissal => "cách chức",
        _ => "không",
    };
}
