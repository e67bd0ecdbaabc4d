using ThiDua.Campaigns;
using ThiDua.Documents;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Exports.Tables;

/// <summary>
/// A workbook's document properties: which table, of which campaign, for which month and as of when — what the page
/// or the command said about the table, kept with the file once it is mailed on or renamed (the header stays on row 1).
/// Tables by the names the downloads and the CLI's commands share: ranking, attainment, awards, registrations, heatmap
/// (and the download's own submissions).
/// </summary>
public static class WorkbookTitle
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["ranking"] = "Xếp hạng trong cụm, khối",
        ["attainment"] = "Tỷ lệ hoàn thành chỉ tiêu",
        ["awards"] = "Đề xuất khen thưởng",
        ["registrations"] = "Đăng ký thi đua",
        ["heatmap"] = "Tình hình thực hiện chỉ tiêu theo đơn vị",
        ["submissions"] = "Tình hình báo cáo số liệu",
        ["previous-year"] = "So với cùng kỳ năm trước",
        ["compare"] = "So sánh đơn vị",
    };

    /// <summary>Whether the table is of one month: awards are judged at the campaign's last month, registrations have none.</summary>
    public static bool HasMonth(string table) => table is not ("awards" or "registrations");

    /// <summary>"Xếp hạng trong cụm, khối — Phong trào … — tháng 06/2024 (số liệu đến 01/07/2024 07:00)".</summary>
    public static DocumentProperties Of(string table, Campaign campaign, YearMonth period, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var title = Words[table] + " — " + campaign.Name
            + (HasMonth(table) ? " — " + VietnameseDates.Month(period) : "")
            + (asOf is { } at ? " (số liệu đến " + VietnameseDates.CutOff(at) + ")" : "");
        return DocumentProperties.ForCampaign(title, campaign);
    }

    /// <summary>"Quá trình thi đua — Phòng Công nghệ thông tin (BK-CNTT) (số liệu đến 01/03/2023 08:00)": <c>thidua history</c>'s workbook.</summary>
    public static DocumentProperties History(ThiDua.Units.Unit unit, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new("Quá trình thi đua — " + unit.Name + " (" + unit.Code + ")" + (asOf is { } at ? " (số liệu đến " + VietnameseDates.CutOff(at) + ")" : ""));
    }

    public static DocumentProperties Audit(string campaign) =>
        new("Nhật ký thay đổi" + (string.IsNullOrEmpty(campaign) ? "" : " — " + campaign));
}
