using ThiDua.Campaigns;
using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Exports.Tables;

/// <summary>
/// A workbook's document properties: which table, of which campaign, for which month and as of when — what the page
/// or the command said about the table, kept with the file once it is mailed on or renamed (the header stays on row 1).
/// </summary>
public static class WorkbookTitle
{
    public const string Ranking = "Xếp hạng trong cụm, khối";
    public const string Attainment = "Tỷ lệ hoàn thành chỉ tiêu";
    public const string Awards = "Đề xuất khen thưởng";
    public const string Registrations = "Đăng ký thi đua";
    public const string Heatmap = "Tình hình thực hiện chỉ tiêu theo đơn vị";

    /// <summary>"Xếp hạng trong cụm, khối — Phong trào … — tháng 06/2024 (số liệu đến 01/07/2024 07:00)".</summary>
    public static XlsxProperties Of(string what, Campaign campaign, YearMonth? month, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var title = what + " — " + campaign.Name
            + (month is { } m ? " — " + VietnameseDates.Month(m) : "")
            + (asOf is { } at ? " (số liệu đến " + VietnameseDates.Instant(at) + ")" : "");
        return new XlsxProperties(title, campaign.Name + " (" + campaign.Code + ")");
    }

    public static XlsxProperties Audit(string campaign) =>
        new("Nhật ký thay đổi" + (string.IsNullOrEmpty(campaign) ? "" : " — " + campaign));
}
