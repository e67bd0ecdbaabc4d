using System.Text;
using ThiDua.Exports.Xlsx;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Templates;

/// <summary>
/// The empty files an analyst fills in: a workbook whose first sheet is the header row the import reads (codes,
/// months and dates formatted as text, so Excel keeps "001" and "05/2025" as typed) and whose second sheet is the
/// guide; or a CSV of the header row alone (UTF-8 with BOM, ";" as Vietnamese Excel separates lists).
/// </summary>
public static class ImportTemplateFiles
{
    public const string GuideSheet = "Hướng dẫn";

    public static string FileName(ImportKind kind, string extension) => $"mau-{ImportKindNames.ToCliWord(kind)}.{extension}";

    public static byte[] Workbook(ImportKind kind)
    {
        var columns = ImportGuide.For(kind);
        var data = new XlsxSheet(ImportGuide.Title(kind),
            columns.Select(c => new XlsxColumn(c.Header, c.IsNumber ? XlsxCellStyle.Number : XlsxCellStyle.Text)).ToList(), []);
        return XlsxWorkbookWriter.ToBytes([data, Guide(kind)]);
    }

    public static byte[] Csv(ImportKind kind)
    {
        var header = string.Join(';', ImportGuide.For(kind).Select(c => c.Header)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(header)];
    }

    /// <summary>The guide sheet, with <paramref name="moreNotes"/> (a prefilled file's own) after the kind's notes.</summary>
    public static XlsxSheet Guide(ImportKind kind, IEnumerable<string>? moreNotes = null)
    {
        var rows = ImportGuide.Lines(kind).Select(l => new object?[]
        {
            l.Column.Header, l.Required ? "bắt buộc" : "không bắt buộc", l.Column.What, l.Column.Example, l.AcceptedNames,
        }).ToList();
        rows.Add([]);
        // In the wide "what" column, so the first column stays as narrow as its headers.
        rows.AddRange(Notes(kind).Concat(moreNotes ?? []).Select((line, i) => new object?[] { i == 0 ? "Lưu ý" : null, null, line }));
        return new XlsxSheet(GuideSheet,
            [new("Cột"), new("Bắt buộc"), new("Ghi gì"), new("Ví dụ"), new("Tên cột khác cũng được nhận")], rows);
    }

    private static IEnumerable<string> Notes(ImportKind kind)
    {
        yield return $"Ghi dữ liệu vào trang tính '{ImportGuide.Title(kind)}', mỗi dòng một {RowWord(kind)}, giữ nguyên dòng tiêu đề; thứ tự cột tùy ý, cột không bắt buộc có thể xóa.";
        yield return "Cả tệp được kiểm tra trước khi ghi: một dòng sai thì không dòng nào được ghi, và trang /imports chỉ rõ dòng, cột và cách sửa.";
        yield return "Số viết kiểu Việt Nam (1.234,5) hoặc để Excel giữ ở dạng số; tháng mm/yyyy hoặc yyyy-mm; ngày dd/mm/yyyy hoặc yyyy-mm-dd.";
        yield return "Không nhập công thức (ô bắt đầu bằng =, +, - hoặc @): dán giá trị.";
    }

    private static string RowWord(ImportKind kind) => kind switch
    {
        ImportKind.Units => "đơn vị hoặc cá nhân",
        ImportKind.Campaigns => "phong trào",
        ImportKind.Indicators => "chỉ tiêu",
        ImportKind.Targets => "chỉ tiêu giao cho một đơn vị",
        ImportKind.Measurements => "số liệu của một đơn vị, một chỉ tiêu, một tháng",
        ImportKind.Ratings => "đơn vị hoặc cá nhân được xếp loại",
        ImportKind.AwardForms => "hình thức khen thưởng",
        ImportKind.Clusters => "cụm, khối",
        ImportKind.Registrations => "đăng ký",
        ImportKind.AwardDecisions => "quyết định về một đơn vị",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
