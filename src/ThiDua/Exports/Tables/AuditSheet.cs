using ThiDua.Exports.Xlsx;
using ThiDua.Security;

namespace ThiDua.Exports.Tables;

/// <summary>The audit page's table as a sheet: when (dd/mm/yyyy hh:mm, Vietnam time), who, which event, stream, file, line, content.</summary>
public static class AuditSheet
{
    public static XlsxSheet Of(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        XlsxColumn[] columns =
        [
            new("Số thứ tự sự kiện", XlsxCellStyle.Integer), new("Thời điểm", XlsxCellStyle.Date), new("Người thực hiện"), new("Sự kiện"),
            new("Luồng"), new("Tệp"), new("Dòng", XlsxCellStyle.Integer), new("Nội dung"),
        ];
        return new XlsxSheet("Nhật ký thay đổi", columns, entries.Select(e => new object?[]
        {
            e.Seq, e.RecordedAt, e.Actor, e.Type, e.StreamId, e.SourceFile, e.SourceLine, e.Data.GetRawText(),
        }).ToList());
    }
}
