using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Units;

namespace ThiDua.Formatting;

/// <summary>
/// The Vietnamese words for the statuses and unit kinds, the same on pages, charts, reports and the CLI's tables
/// (a chart legend and the table under it must not name one status two ways).
/// </summary>
public static class StatusWords
{
    public static string Of(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Exceeded => "Vượt chỉ tiêu",
        AttainmentStatus.Met => "Đạt chỉ tiêu",
        AttainmentStatus.NotMet => "Chưa đạt",
        _ => "Chưa có số liệu",
    };

    public static string Of(AwardStatus status) => status switch
    {
        AwardStatus.Proposed => "Đề nghị khen thưởng",
        // One word for the quota everywhere ("số lượng", each place a "suất"): "chỉ tiêu" is the targets' word.
        AwardStatus.TieAtQuota => "Bằng điểm ở suất cuối",
        AwardStatus.EligibleOverQuota => "Đủ tiêu chuẩn, ngoài số lượng",
        _ => "Không đủ tiêu chuẩn",
    };

    public static string Of(UnitKind kind) => kind == UnitKind.Collective ? "Tập thể" : "Cá nhân";
}
