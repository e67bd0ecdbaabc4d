using System.Text;
using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Exports.Xlsx;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Targets;

namespace ThiDua.Import.Templates;

/// <summary>
/// The targets template prefilled from a campaign (<c>/imports/templates/targets.xlsx?from=C</c>): a clerk setting up
/// next year's campaign starts from this year's targets instead of typing every unit × indicator again. The first sheet
/// is the targets file itself — the campaign column left empty for the new code, the deadline empty (last year's month
/// lies outside the new campaign and would be refused), units that have ended left out — so once the code is filled in
/// it imports as it is. Last year's target, deadline and what was achieved sit on a second sheet, which the import never
/// reads (it reads the first sheet, and refuses unknown columns there).
/// </summary>
public static class NextYearTargets
{
    public const string ReferenceSheet = "Tham khảo năm trước";

    public static string FileName(string from, string extension) => $"mau-targets-tu-{from}.{extension}";

    /// <summary>The targets the new file carries: those of units that have not ended, by indicator then unit.</summary>
    public static IReadOnlyList<Target> Carried(CampaignSnapshot snapshot) =>
        Ordered(snapshot).Where(t => EndOf(snapshot, t.Unit) is null).ToList();

    public static byte[] Workbook(CampaignSnapshot snapshot, YearMonth period, IReadOnlyList<AttainmentRow> attainment)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var columns = ImportGuide.For(ImportKind.Targets);
        var data = new XlsxSheet(ImportGuide.Title(ImportKind.Targets),
            columns.Select(c => new XlsxColumn(c.Header, c.IsNumber ? XlsxCellStyle.Number : XlsxCellStyle.Text)).ToList(),
            Carried(snapshot).Select(t => columns.Select(c => Cell(t, c.Name)).ToArray()).ToList());
        return XlsxWorkbookWriter.ToBytes([data, Reference(snapshot, period, attainment), ImportTemplateFiles.Guide(ImportKind.Targets, Notes(snapshot))]);
    }

    /// <summary>The first sheet as a CSV (UTF-8 with BOM, ";", numbers as Vietnamese write them): no room for the reference.</summary>
    public static byte[] Csv(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var columns = ImportGuide.For(ImportKind.Targets);
        var text = new StringBuilder(string.Join(';', columns.Select(c => c.Header))).Append("\r\n");
        foreach (var target in Carried(snapshot))
            text.Append(string.Join(';', columns.Select(c => Cell(target, c.Name) is decimal d ? VietnameseNumber.Format(d, 6) : (string?)Cell(target, c.Name)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static object? Cell(Target target, string column) => column switch
    {
        "indicator" => target.Indicator,
        "unit" => target.Unit,
        "target" => target.Value,
        "target_max" => target.TargetMax,
        "baseline" => target.Baseline,
        _ => null, // campaign: the new code, the clerk's to write; deadline: last year's is outside the new campaign
    };

    private static XlsxSheet Reference(CampaignSnapshot snapshot, YearMonth period, IReadOnlyList<AttainmentRow> attainment)
    {
        var achieved = attainment.ToDictionary(a => (a.Unit, a.Indicator));
        XlsxColumn[] columns =
        [
            new("Mã chỉ tiêu"), new("Tên chỉ tiêu"), new("Mã đơn vị"), new("Tên đơn vị"),
            new($"Chỉ tiêu giao {snapshot.Campaign.Code}", XlsxCellStyle.Number), new("Chỉ tiêu tối đa", XlsxCellStyle.Number),
            new("Giá trị nền", XlsxCellStyle.Number), new("Thời hạn"),
            new($"Thực hiện đến {VietnameseDates.MonthNumber(period)}", XlsxCellStyle.Number), new("Tỷ lệ hoàn thành", XlsxCellStyle.Percent), new("Kết quả"), new("Ghi chú"),
        ];
        return new XlsxSheet(ReferenceSheet, columns, Ordered(snapshot).Select(t =>
        {
            var row = achieved.GetValueOrDefault((t.Unit, t.Indicator));
            var counted = row is not null && row.Status != AttainmentStatus.NoData;
            return new object?[]
            {
                t.Indicator, snapshot.IndicatorName(t.Indicator), t.Unit, snapshot.Units.TryGetValue(t.Unit, out var u) ? u.Name : null,
                t.Value, t.TargetMax, t.Baseline, t.Deadline is { } d ? VietnameseDates.MonthNumber(d) : null,
                counted ? row!.Actual : null, counted ? row!.Ratio : null, row is null ? null : StatusWords.At(row.Status, snapshot.Campaign, period),
                EndOf(snapshot, t.Unit) is { } end ? $"Ngừng hoạt động từ tháng {VietnameseDates.MonthNumber(end)}: không đưa vào trang '{ImportGuide.Title(ImportKind.Targets)}'" : null,
            };
        }).ToList());
    }

    private static IEnumerable<string> Notes(CampaignSnapshot snapshot)
    {
        var campaign = snapshot.Campaign;
        yield return $"Tệp này điền sẵn chỉ tiêu giao của phong trào {campaign.Code} ({campaign.Name}): mỗi dòng một chỉ tiêu của một đơn vị; đơn vị đã ngừng hoạt động không được đưa vào.";
        yield return "Trước khi tải lên: nhập campaigns và indicators của phong trào mới (giữ mã chỉ tiêu, hoặc sửa cột 'Mã chỉ tiêu' theo mã mới), ghi mã phong trào mới vào cột 'Phong trào' của mọi dòng, sửa mức chỉ tiêu giao.";
        yield return $"Cột 'Thời hạn' để trống vì thời hạn năm trước nằm ngoài phong trào mới: ghi tháng của phong trào mới nếu cần. Trang '{ReferenceSheet}' ghi chỉ tiêu, thời hạn và số thực hiện năm trước; trang đó không được đọc khi nhập.";
        yield return "Với chỉ tiêu giảm hoặc tăng so với năm trước, giá trị nền của phong trào mới thường là số thực hiện cả năm nay (cột 'Thực hiện' của trang tham khảo).";
    }

    private static IEnumerable<Target> Ordered(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var order = snapshot.Indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n, StringComparer.Ordinal);
        return snapshot.Targets.OrderBy(t => order.GetValueOrDefault(t.Indicator, int.MaxValue)).ThenBy(t => t.Indicator, StringComparer.Ordinal)
            .ThenBy(t => t.Unit, StringComparer.Ordinal);
    }

    private static YearMonth? EndOf(CampaignSnapshot snapshot, string unit) => snapshot.Units.TryGetValue(unit, out var u) ? u.Ended : null;

}
