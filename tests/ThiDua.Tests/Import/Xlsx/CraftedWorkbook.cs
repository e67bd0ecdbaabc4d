using System.IO.Compression;
using System.Text;

namespace ThiDua.Tests.Import.Xlsx;

/// <summary>A minimal .xlsx written part by part, to make what Excel could save (or an attacker could) that our writer never would.</summary>
public static class CraftedWorkbook
{
    public const string Styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="mmm\-yyyy"/></numFmts>
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="9"/><xf numFmtId="170"/></cellXfs></styleSheet>
        """;

    /// <param name="rows">The <c>&lt;sheetData&gt;</c> content.</param>
    /// <param name="sharedStrings">The shared string table: a text per item, or an item's XML (starting with &lt;).</param>
    /// <param name="moreRows">Writes more <c>&lt;row&gt;</c>s after <paramref name="rows"/> (a million of them, without one big string).</param>
    /// <param name="workbookProperties">XML before the workbook's <c>&lt;sheets&gt;</c> (its <c>&lt;workbookPr&gt;</c>).</param>
    public static byte[] Build(string rows, IEnumerable<string>? sharedStrings = null, bool macros = false, Action<ZipArchive>? extra = null,
        string sheetName = "Sheet1", Action<TextWriter>? moreRows = null, string sheetTail = "", string workbookProperties = "")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var main = macros ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
            Add(zip, "[Content_Types].xml", $"""
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="{main}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{workbookProperties}<sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/styles.xml", Styles);
            if (sharedStrings is not null)
                Add(zip, "xl/sharedStrings.xml", $"""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{string.Concat(sharedStrings.Select(s => s.StartsWith('<') ? $"<si>{s}</si>" : $"<si><t>{s}</t></si>"))}</sst>""");
            if (macros) zip.CreateEntry("xl/vbaProject.bin").Open().Dispose();
            using (var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false)))
            {
                sheet.Write($"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}""");
                moreRows?.Invoke(sheet);
                sheet.Write($"</sheetData>{sheetTail}</worksheet>");
            }
            extra?.Invoke(zip);
        }
        return buffer.ToArray();
    }

    /// <summary>A workbook of several sheets (name, <c>&lt;sheetData&gt;</c> content, hidden), in that order.</summary>
    public static byte[] BuildSheets(params (string Name, string Rows, bool Hidden)[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var range = Enumerable.Range(1, sheets.Length).ToList();
            Add(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Add(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(range.Select(i => $"<sheet name=\"{sheets[i - 1].Name}\" sheetId=\"{i}\"{(sheets[i - 1].Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{i}\"/>"))}</sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(range.Select(i => $"<Relationship Id=\"rId{i}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"))}</Relationships>""");
            foreach (var i in range)
                Add(zip, $"xl/worksheets/sheet{i}.xml", $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheets[i - 1].Rows}</sheetData></worksheet>""");
        }
        return buffer.ToArray();
    }

    /// <summary>A row of inline-string cells from column A.</summary>
    public static string TextRow(int row, params string[] cells) =>
        $"<row r=\"{row}\">{string.Concat(cells.Select((c, i) => c.Length == 0 ? "" : $"<c r=\"{(char)('A' + i)}{row}\" t=\"inlineStr\"><is><t>{c}</t></is></c>"))}</row>";

    public static void Add(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
