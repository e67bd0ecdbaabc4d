using ThiDua.Import.Parsing;
using ThiDua.Periods;

namespace ThiDua.Import.Importing;

/// <summary>
/// The way out an import's message names, in the words of the place its reader has: a command on the CLI, the page's
/// own control on the web, a field for the API. A clerk on /imports was told to run "--accept-warnings".
/// </summary>
internal static class ImportHints
{
    public static (string Vi, string En) AcceptWarnings(CultureChoice reader) => reader switch
    {
        CultureChoice.WebForm => ("đánh dấu ô 'Tôi đã kiểm tra các cảnh báo' rồi nhập", "tick 'Tôi đã kiểm tra các cảnh báo' (I have checked the warnings) and import"),
        CultureChoice.ApiField => ("gửi lại với acceptWarnings=yes", "send it again with acceptWarnings=yes"),
        _ => ("nhập lại với --accept-warnings", "import again with --accept-warnings"),
    };

    public static (string Vi, string En) CloseLastMonth(CultureChoice reader, string campaign, YearMonth month) => reader switch
    {
        CultureChoice.CliOption => ($"chạy thidua periods close --campaign {campaign} --month {month} trước",
            $"run thidua periods close --campaign {campaign} --month {month} first"),
        _ => ($"chốt số liệu đến hết {Formatting.VietnameseDates.Month(month)} ở mục 'Chốt số liệu' của trang /campaigns/{campaign} trước",
            $"close the months up to {month} in the 'Chốt số liệu' section of /campaigns/{campaign} first"),
    };

    /// <summary>
    /// How a closed month is opened again, for a figure of it the file would change. On the web an admin does it on
    /// the campaign page; a clerk on /imports cannot run "thidua periods reopen" and would not know where to ask.
    /// </summary>
    public static (string Vi, string En) Reopen(CultureChoice reader, string campaign, YearMonth month) => reader switch
    {
        CultureChoice.CliOption => ($"Nhờ quản trị mở lại (thidua periods reopen --campaign {campaign} --month {month} --reason \"…\") nếu cần sửa.",
            $"Ask an admin to reopen it (thidua periods reopen --campaign {campaign} --month {month} --reason \"…\") first."),
        _ => ($"Nhờ quản trị mở lại từ {Formatting.VietnameseDates.Month(month)} ở mục 'Chốt số liệu' của trang /campaigns/{campaign} (cần ghi lý do) nếu cần sửa.",
            $"Ask an admin to reopen it from {month} in the 'Chốt số liệu' section of /campaigns/{campaign} (a reason is required) first."),
    };

    public static (string Vi, string En) SeeCandidates(CultureChoice reader, string campaign) => reader switch
    {
        CultureChoice.CliOption => ($"xem thidua awards --campaign {campaign}", $"see thidua awards --campaign {campaign}"),
        _ => ($"xem mục khen thưởng của trang /campaigns/{campaign}", $"see the awards section of /campaigns/{campaign}"),
    };
}
