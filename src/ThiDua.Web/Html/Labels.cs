using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Units;

namespace ThiDua.Web.Html;

/// <summary>The Vietnamese words the pages show for the product's codes.</summary>
public static class Labels
{
    public static string Of(AttainmentStatus s) => s switch
    {
        AttainmentStatus.Exceeded => "Vượt chỉ tiêu",
        AttainmentStatus.Met => "Đạt",
        AttainmentStatus.NotMet => "Chưa đạt",
        _ => "Chưa có số liệu",
    };

    public static string Css(AttainmentStatus s) => s switch
    {
        AttainmentStatus.Exceeded => "st-exceeded",
        AttainmentStatus.Met => "st-met",
        AttainmentStatus.NotMet => "st-notmet",
        _ => "st-nodata",
    };

    public static string Of(AwardStatus s) => s switch
    {
        AwardStatus.Proposed => "Đề nghị khen thưởng",
        AwardStatus.TieAtQuota => "Bằng điểm tại ngưỡng chỉ tiêu",
        AwardStatus.EligibleOverQuota => "Đủ điều kiện, vượt số lượng",
        _ => "Chưa đủ điều kiện",
    };

    public static string Css(AwardStatus s) => s switch
    {
        AwardStatus.Proposed => "st-exceeded",
        AwardStatus.TieAtQuota => "st-met",
        AwardStatus.EligibleOverQuota => "st-notmet",
        _ => "st-nodata",
    };

    public static string Of(UnitKind k) => k == UnitKind.Collective ? "Tập thể" : "Cá nhân";

    public static string Of(CampaignKind k) => k == CampaignKind.Annual ? "Thường xuyên (hằng năm)" : "Theo đợt, chuyên đề";

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Month(ThiDua.Periods.YearMonth m) => $"{m.Month:D2}/{m.Year}";
}
