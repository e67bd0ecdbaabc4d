using ThiDua.Import.Importing;

namespace ThiDua.Cli.Importing;

/// <summary>The human summary of an import, in Vietnamese and English; every error with line, column, value.</summary>
public static class ImportReport
{
    public static void Write(ImportOutcome outcome, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(writer);
        if (!outcome.Accepted)
        {
            writer.WriteLine($"Tệp {outcome.File} bị từ chối, không có gì được ghi ({outcome.Errors.Count} lỗi) / rejected, nothing written ({outcome.Errors.Count} errors):");
            foreach (var e in outcome.Errors)
            {
                var where = e.Line > 0 ? $"Dòng/line {e.Line}" : "Tệp/file";
                var column = e.Column is null ? "" : $", cột/column '{e.Column}'";
                var value = string.IsNullOrEmpty(e.Value) ? "" : $", giá trị/value '{e.Value}'";
                writer.WriteLine($"  {where}{column}{value}:");
                writer.WriteLine($"    {e.MessageVi}");
                writer.WriteLine($"    {e.MessageEn}");
            }
            return;
        }
        var mode = outcome.DryRun ? "Kiểm tra thử (không ghi) / dry run (nothing written)" : "Đã nhập / imported";
        writer.WriteLine($"{mode}: {outcome.File} ({outcome.Kind}), {outcome.Rows} dòng/rows");
        writer.WriteLine($"  tạo mới/created: {outcome.Created}, sửa/changed: {outcome.Changed}, không đổi/unchanged: {outcome.Unchanged}, sự kiện/events: {outcome.Events}");
    }
}
