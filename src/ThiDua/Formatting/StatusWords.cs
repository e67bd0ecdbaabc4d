using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Formatting;

/// <summary>
/// The Vietnamese words for the statuses and unit kinds, the same on pages, charts, reports and the CLI's tables
/// (a chart legend and the table under it must not name one status two ways).
/// </summary>
public static class StatusWords
{
    /// <summary>Attainment, at the campaign's last month: the ratio measures the whole campaign.</summary>
    public static string Of(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Exceeded => "Vượt chỉ tiêu",
        AttainmentStatus.Met => "Đạt",
        AttainmentStatus.NotMet => "Chưa đạt",
        _ => "Chưa có số liệu",
    };

    /// <summary>Progress, before the last month: a flow's ratio is against its pro-rated target (SPEC §3 v2).</summary>
    public static string Progress(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Exceeded => "Vượt tiến độ",
        AttainmentStatus.Met => "Đúng tiến độ",
        AttainmentStatus.NotMet => "Chậm tiến độ",
        _ => "Chưa có số liệu",
    };

    /// <summary>The word for a status at <paramref name="period"/>: progress before the campaign's last month, attainment at it.</summary>
    public static string At(AttainmentStatus status, Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return IsFinal(campaign, period) ? Of(status) : Progress(status);
    }

    public static bool IsFinal(Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return period >= campaign.LastMonth;
    }

    public static string Of(AwardStatus status) => status switch
    {
        AwardStatus.Proposed => "Đề nghị khen thưởng",
        // One word for the quota everywhere ("số lượng", each place a "suất"): "chỉ tiêu" is the targets' word.
        AwardStatus.TieAtQuota => "Bằng điểm ở suất cuối",
        AwardStatus.EligibleOverQuota => "Đủ tiêu chuẩn, ngoài số lượng",
        _ => "Không đủ tiêu chuẩn",
    };

    public static string Of(Rating? rating) => rating switch
    {
        Rating.Excellent => "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)",
        Rating.Good => "Hoàn thành tốt nhiệm vụ (HTTNV)",
        Rating.Completed => "Hoàn thành nhiệm vụ (HTNV)",
        Rating.NotCompleted => "Không hoàn thành nhiệm vụ (KHTNV)",
        _ => "Chưa xếp loại",
    };

    public static string Of(Discipline discipline) => discipline switch
    {
        Discipline.Reprimand => "Khiển trách",
        Discipline.Warning => "Cảnh cáo",
        Discipline.Dismissal => "Cách chức",
        _ => "Không",
    };

    public static string Of(UnitKind kind) => kind == UnitKind.Collective ? "Tập thể" : "Cá nhân";
}
