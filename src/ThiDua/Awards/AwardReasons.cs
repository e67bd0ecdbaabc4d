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
    public const string MeetsCriteriaCode = "meets_criteria";
    public const string WithinQuotaCode = "within_quota";
    public const string TieAtQuotaCode = "tie_at_quota";
    public const string OverQuotaCode = "over_quota";

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

    public static AwardReason TargetsNotAllMet(IEnumerable<string> indicators) =>
        new(TargetsNotAllMetCode,
            $"Chưa hoàn thành chỉ tiêu: {string.Join(", ", indicators)}",
            $"Targets not met: {string.Join(", ", indicators)}");

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

    public static AwardReason MeetsCriteria() =>
        new(MeetsCriteriaCode, "Đạt tất cả tiêu chuẩn của hình thức", "Meets every criterion of the form");

    public static AwardReason WithinQuota(int place, int quota) =>
        new(WithinQuotaCode,
            $"Xếp thứ {N(place)}, trong số lượng được khen ({N(quota)})",
            $"Place {N(place)} within the quota of {N(quota)}");

    public static AwardReason TieAtQuota(int tied, int quota) =>
        new(TieAtQuotaCode,
            $"Bằng điểm với {N(tied - 1)} ứng viên khác ở suất cuối (suất thứ {N(quota)}): Hội đồng quyết định",
            $"Tied with {N(tied - 1)} other candidate(s) at quota place {N(quota)}: the council decides");

    public static AwardReason OverQuota(int place, int quota) =>
        new(OverQuotaCode,
            $"Đủ tiêu chuẩn nhưng xếp thứ {N(place)}, ngoài số lượng được khen ({N(quota)})",
            $"Eligible but place {N(place)} is over the quota of {N(quota)}");

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
