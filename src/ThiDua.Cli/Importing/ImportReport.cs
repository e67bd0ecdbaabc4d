using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Import.Importing;

namespace ThiDua.Cli.Importing;

/// <summary>
/// The human summary of an import, in Vietnamese and English: every error with line, column, value; every
/// plausibility warning with the figure it was judged against; a dry run's every change, old → new.
/// </summary>
public static partial class ImportReport
{
    public static void Write(ImportOutcome outcome, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(writer);
        if (!outcome.Accepted && outcome.Errors.Count > 0)
        {
            writer.WriteLine($"Tệp {outcome.File} bị từ chối, không có gì được ghi ({outcome.Errors.Count} lỗi) / rejected, nothing written ({outcome.Errors.Count} {(outcome.Errors.Count == 1 ? "error" : "errors")}):");
            foreach (var e in outcome.Errors)
                WriteProblem(writer, e.Line, e.Column, e.Value, e.MessageVi, e.MessageEn);
            return;
        }
        if (!outcome.Accepted)
            writer.WriteLine($"Tệp {outcome.File} bị từ chối vì có cảnh báo, không có gì được ghi; kiểm tra rồi nhập lại với --accept-warnings / " +
                $"rejected for its warnings, nothing written; check them, then import again with --accept-warnings:");
        else
        {
            var mode = outcome.DryRun ? "Kiểm tra thử (không ghi) / dry run (nothing written)" : "Đã nhập / imported";
            writer.WriteLine($"{mode}: {outcome.File} ({outcome.Kind}), {outcome.Rows} dòng/rows");
            writer.WriteLine($"  tạo mới/created: {outcome.Created}, sửa/changed: {outcome.Changed}, không đổi/unchanged: {outcome.Unchanged}, sự kiện/events: {outcome.Events}");
            if (outcome.WarningCount > 0)
                writer.WriteLine(outcome.DryRun ? "  sẽ nhập dù có các cảnh báo sau / would import over these warnings:" : "  đã nhập dù có các cảnh báo sau / imported over these warnings:");
        }
        foreach (var w in outcome.Warnings)
            WriteProblem(writer, w.Line, w.Column, w.Value, w.MessageVi, w.MessageEn);
        if (outcome.UnitChanges is { Count: > 0 } units)
        {
            writer.WriteLine($"  Thay đổi đơn vị / unit changes ({units.Count}):");
            foreach (var c in units)
                writer.WriteLine($"  Dòng/line {c.Line}: {c.Unit} ({c.UnitName}): {UnitChange.FieldLabel(c.Field)}/{c.Field}: {Named(c.Old, c.OldName)} → {Named(c.New, c.NewName)}");
        }
        if (outcome.Changes.Count == 0) return;
        writer.WriteLine($"  Thay đổi / changes ({outcome.Changes.Count}):");
        foreach (var c in outcome.Changes)
            writer.WriteLine($"  Dòng/line {c.Line}: {c.Campaign}/{c.Unit}/{c.Indicator}/{c.Period}: {Number(c.Old)} → {Number(c.New)}");
    }

    private static string Named(string? code, string? name) => code is null ? "(trống/none)" : name is null ? code : $"{code} ({name})";

    private static void WriteProblem(TextWriter writer, int line, string? column, string? value, string vi, string en)
    {
        var where = line > 0 ? $"Dòng/line {line}" : "Tệp/file";
        // A workbook's place ('Số liệu'!D5 (period)) is already quoted as Excel writes it: quoting it again reads ''Số liệu'!D5'.
        var col = column is null ? "" : XlsxPlace().IsMatch(column) ? $", ô/cell {column}" : $", cột/column '{column}'";
        var val = string.IsNullOrEmpty(value) ? "" : $", giá trị/value '{value}'";
        writer.WriteLine($"  {where}{col}{val}:");
        writer.WriteLine($"    {vi}");
        writer.WriteLine($"    {en}");
    }

    // What XlsxErrorPlace writes: Sheet1!C12 or 'Số liệu'!C12, or a whole row Sheet1!12:12, then the header in brackets.
    [GeneratedRegex(@"^('([^']|'')+'|[\p{L}\p{N}_]+)!([A-Z]+[0-9]+|[0-9]+:[0-9]+)( \(.*\))?$")]
    private static partial Regex XlsxPlace();

    // The invariant figures the CSV outputs use; "(mới/new)" where nothing was stored.
    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(mới/new)";
}
