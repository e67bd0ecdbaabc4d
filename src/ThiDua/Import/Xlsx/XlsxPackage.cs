using System.IO.Compression;
using System.Xml;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// An .xlsx opened for reading one sheet, defensively: the zip and every part checked against <see cref="XlsxLimits"/>,
/// macros refused, XML read without DTDs. Read with <see cref="ZipArchive"/> and <see cref="XmlReader"/> rather than
/// the Open XML SDK's DOM, so nothing but the current row is held and a hostile file fails fast with a clear reason.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false, CloseInput = true,
    };

    private readonly ZipArchive zip;

    private XlsxPackage(ZipArchive zip, string fileName) => (this.zip, FileName) = (zip, fileName);

    public string FileName { get; }

    public string SheetName { get; private set; } = "";

    /// <summary>Every sheet of the workbook, in order, so a header that is not recognised can point at the others.</summary>
    public IReadOnlyList<string> Sheets { get; private set; } = [];

    /// <summary>Whether the sheet was named (<c>--sheet</c>) rather than taken as the first.</summary>
    public bool SheetChosen { get; private set; }

    public IReadOnlyList<string> SharedStrings { get; private set; } = [];

    public XlsxCellFormats Formats { get; private set; } = XlsxCellFormats.None;

    /// <summary>
    /// Whether the workbook counts its dates from 1904 (<c>&lt;workbookPr date1904="1"/&gt;</c>: Excel for Mac's old default,
    /// kept by a file made from such a template): its serial numbers are then 1,462 days fewer for the same day.
    /// </summary>
    public bool Date1904 { get; private set; }

    private string sheetPath = "";

    /// <summary>Opens the workbook and picks <paramref name="sheet"/> (by name, case-insensitive) or the first sheet.</summary>
    /// <exception cref="XlsxRejectedException">Not a workbook, unsafe, or no such sheet.</exception>
    public static XlsxPackage Open(Stream stream, bool leaveOpen, string fileName, string? sheet)
    {
        var zip = OpenZip(stream, leaveOpen, fileName);
        var package = new XlsxPackage(zip, fileName);
        try
        {
            package.CheckParts();
            package.PickSheet(sheet);
            package.SharedStrings = package.ReadSharedStrings();
            package.Formats = package.Part("xl/styles.xml") is { } styles ? XlsxCellFormats.Read(package.Xml(styles)) : XlsxCellFormats.None;
            return package;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            zip.Dispose();
            throw Damaged(fileName);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Every sheet's name, in the workbook's order, with the same checks as <see cref="Open"/> but nothing else read
    /// (no shared strings, no styles, no cells).</summary>
    /// <exception cref="XlsxRejectedException">Not a workbook, or unsafe.</exception>
    public static IReadOnlyList<string> SheetNames(Stream stream, string fileName)
    {
        using var zip = OpenZip(stream, leaveOpen: true, fileName);
        var package = new XlsxPackage(zip, fileName);
        try
        {
            package.CheckParts();
            return package.ReadSheets().ConvertAll(s => s.Name);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw Damaged(fileName);
        }
    }

    /// <summary>The chosen sheet's XML, read forward only.</summary>
    public XmlReader OpenSheet() => Xml(Part(sheetPath) ?? throw Damaged(FileName));

    public static XlsxRejectedException Damaged(string fileName) => new(new BilingualMessage(
        $"Tệp '{fileName}' không phải bảng tính Excel (.xlsx) đọc được: tệp hỏng hoặc không phải định dạng Office Open XML. Mở bằng Excel và lưu dạng \"Excel Workbook (*.xlsx)\" hoặc \"CSV UTF-8\".",
        $"The file '{fileName}' is not a readable Excel workbook (.xlsx): it is damaged or not Office Open XML. Open it in Excel and save it as \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\"."));

    private static ZipArchive OpenZip(Stream stream, bool leaveOpen, string fileName)
    {
        var source = stream;
        if (!stream.CanSeek)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + n > XlsxLimits.MaxBufferedBytes) throw TooLarge(fileName);
                buffer.Write(chunk, 0, n);
            }
            buffer.Position = 0;
            if (!leaveOpen) stream.Dispose();
            (source, leaveOpen) = (buffer, false);
        }
        if (XlsxForeignFile.Reason(source, fileName) is { } foreign)
        {
            if (!leaveOpen) source.Dispose();
            throw foreign;
        }
        try
        {
            return new ZipArchive(source, ZipArchiveMode.Read, leaveOpen);
        }
        catch (InvalidDataException)
        {
            if (!leaveOpen) source.Dispose();
            throw Damaged(fileName);
        }
    }

    private void CheckParts()
    {
        if (zip.Entries.Count > XlsxLimits.MaxParts) throw Damaged(FileName);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / entry.CompressedLength;
            if (entry.Length > XlsxLimits.MaxPartBytes || total > XlsxLimits.MaxTotalBytes || (entry.Length > XlsxLimits.RatioFromBytes && ratio > XlsxLimits.MaxRatio))
                throw TooLarge(FileName);
            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) throw Macros(FileName);
        }
        var types = Part("[Content_Types].xml") ?? throw Damaged(FileName);
        using var reader = Xml(types);
        while (reader.Read())
            if (reader.GetAttribute("ContentType") is { } type && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                throw Macros(FileName);
    }

    private List<(string Name, string RelId, bool Hidden)> ReadSheets()
    {
        var sheets = new List<(string Name, string RelId, bool Hidden)>();
        using (var reader = Xml(Part("xl/workbook.xml") ?? throw Damaged(FileName)))
            while (reader.Read())
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet", NamespaceURI: MainNs })
                    sheets.Add((reader.GetAttribute("name") ?? "", reader.GetAttribute("id", RelNs) ?? "", reader.GetAttribute("state") is "hidden" or "veryHidden"));
                else if (reader is { NodeType: XmlNodeType.Element, LocalName: "workbookPr", NamespaceURI: MainNs })
                    Date1904 = reader.GetAttribute("date1904") is "1" or "true";
        return sheets.Count == 0 ? throw Damaged(FileName) : sheets;
    }

    private void PickSheet(string? wanted)
    {
        var sheets = ReadSheets();
        // "The first" is the first the analyst sees in Excel: a template's hidden look-up sheet may come before it.
        // A name is compared composed (NFC): typed on a Mac or sent by a form it may come decomposed, and looks the same.
        var chosen = wanted is null ? sheets.FirstOrDefault(s => !s.Hidden, sheets[0])
            : sheets.FirstOrDefault(s => string.Equals(s.Name.Normalize(), wanted.Trim().Normalize(), StringComparison.OrdinalIgnoreCase));
        if (chosen.Name is null)
        {
            var names = string.Join(", ", sheets.Select(s => $"'{s.Name}'"));
            throw new XlsxRejectedException(new BilingualMessage(
                $"Tệp '{FileName}' không có trang tính '{wanted}'. Các trang tính: {names}.",
                $"The file '{FileName}' has no sheet '{wanted}'. Its sheets: {names}."));
        }
        SheetName = chosen.Name;
        Sheets = sheets.ConvertAll(s => s.Name);
        SheetChosen = wanted is not null;
        using var rels = Xml(Part("xl/_rels/workbook.xml.rels") ?? throw Damaged(FileName));
        while (rels.Read())
            if (rels is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && rels.GetAttribute("Id") == chosen.RelId)
            {
                var target = rels.GetAttribute("Target") ?? "";
                sheetPath = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        if (sheetPath.Length == 0) throw Damaged(FileName);
    }

    private List<string> ReadSharedStrings()
    {
        var strings = new List<string>();
        if (Part("xl/sharedStrings.xml") is not { } part) return strings;
        using var reader = Xml(part);
        while (reader.Read())
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "si" }) continue;
            if (strings.Count >= XlsxLimits.MaxSharedStrings) throw TooLarge(FileName);
            strings.Add(XlsxText.ReadItem(reader));
        }
        return strings;
    }

    private ZipArchiveEntry? Part(string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));

    private XmlReader Xml(ZipArchiveEntry entry) =>
        XmlReader.Create(new BoundedStream(entry.Open(), Math.Min(entry.Length, XlsxLimits.MaxPartBytes), entry.FullName), Settings);

    private static XlsxRejectedException TooLarge(string fileName) => new(new BilingualMessage(
        $"Tệp '{fileName}' giải nén ra quá lớn (hơn {XlsxLimits.MaxTotalBytes / 1024 / 1024} MB, hoặc nén bất thường): có thể là \"bom zip\". Kiểm tra tệp, chia nhỏ, hoặc lưu dạng CSV UTF-8.",
        $"The file '{fileName}' unpacks to too much (over {XlsxLimits.MaxTotalBytes / 1024 / 1024} MB, or an abnormal compression ratio): possibly a zip bomb. Check the file, split it, or save it as CSV UTF-8."));

    private static XlsxRejectedException Macros(string fileName) => new(new BilingualMessage(
        $"Tệp '{fileName}' là bảng tính có macro (.xlsm, VBA): ThiDua không nhận tệp có macro. Trong Excel chọn \"Lưu thành\" → \"Excel Workbook (*.xlsx)\" (bỏ macro) rồi nhập lại.",
        $"The file '{fileName}' is a macro-enabled workbook (.xlsm, VBA): ThiDua does not take files with macros. In Excel use \"Save As\" → \"Excel Workbook (*.xlsx)\" (drops the macros) and import that."));

    public void Dispose() => zip.Dispose();
}
