using ThiDua.Exports.Xlsx;
using ThiDua.Security;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The audit page's table as a sheet, read as the page reads it — when (dd/mm/yyyy hh:mm, Vietnam time), who, what was
/// done, to what, the change, a warning accepted, file and line — with the event as stored (number, type, JSON) in the
/// last columns, so the file is still the record and not only its wording.
/// </summary>
public static class AuditSheet
{
    public static XlsxSheet Of(IReadOnlyList<AuditEntry> entries, Func<AuditEntry, AuditReading> read)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(read);
        XlsxColumn[] columns =
        [
            new("Thời điểm", XlsxCellStyle.Date), new("Người thực hiện"), new("Việc"), new("Đối tượng"), new("Thay đổi"),
            new("Nhập dù có cảnh báo"), new("Tệp"), new("Dòng", XlsxCellStyle.Integer),
            new("Số thứ tự sự kiện", XlsxCellStyle.Integer), new("Loại sự kiện"), new("Sự kiện gốc (JSON)"),
        ];
        return new XlsxSheet("Nhật ký thay đổi", columns, entries.Select(e =>
        {
            var reading = read(e);
            return new object?[]
            {
                e.RecordedAt, e.Actor, reading.Action, reading.Subject, reading.Change, reading.AcceptedWarning, e.SourceFile, e.SourceLine,
                e.Seq, e.Type, e.Data.GetRawText(),
            };
        }).ToList());
    }
}
