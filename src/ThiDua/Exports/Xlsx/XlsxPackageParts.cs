using System.IO.Compression;
using System.Security;
using System.Text;
using ThiDua.Documents;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// The parts of a workbook besides its sheets, as Office Open XML (ECMA-376) names them: content types, the package and
/// workbook relationships, the workbook with its sheet list, the stylesheet (<see cref="XlsxStyles"/>) and, when
/// given, the core document properties (<see cref="DocumentProperties"/>).
/// </summary>
internal static class XlsxPackageParts
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void WriteFixed(ZipArchive zip, IReadOnlyList<string> sheetNames, DocumentProperties? properties)
    {
        var sheets = Enumerable.Range(1, sheetNames.Count).ToList();
        Write(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(sheets.Select(i => $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + (properties is null ? "" : CorePropertiesPart.ContentType)
            + "</Types>");
        Write(zip, "_rels/.rels",
            $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeDocument}/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + (properties is null ? "" : $"<Relationship Id=\"rId2\" Type=\"{CorePropertiesPart.RelationshipType}\" Target=\"{CorePropertiesPart.Path}\"/>")
            + "</Relationships>");
        Write(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{OfficeDocument}\"><sheets>"
            + string.Concat(sheets.Select(i => $"<sheet name=\"{SecurityElement.Escape(sheetNames[i - 1])}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>"))
            + "</sheets>" + XlsxPrintSetup.PrintTitles(sheetNames) + "</workbook>");
        Write(zip, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{Relationships}\">"
            + string.Concat(sheets.Select(i => $"<Relationship Id=\"rId{i}\" Type=\"{OfficeDocument}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"))
            + $"<Relationship Id=\"rId{sheets.Count + 1}\" Type=\"{OfficeDocument}/styles\" Target=\"styles.xml\"/></Relationships>");
        Write(zip, "xl/styles.xml", XlsxStyles.Create().OuterXml);
        if (properties is not null) Write(zip, CorePropertiesPart.Path, CorePropertiesPart.Xml(properties));
    }

    private static void Write(ZipArchive zip, string path, string xml)
    {
        using var part = Documents.PackageEntry.Create(zip, path, CompressionLevel.Fastest);
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        part.Write(bytes);
    }
}
