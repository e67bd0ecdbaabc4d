using System.Text;
using System.Xml;

namespace ThiDua.Documents.Docx;

/// <summary>
/// The page number as Nghị định 30/2020/NĐ-CP places it: Arabic numerals, 14 pt upright, centred in the top margin,
/// not shown on the first page. A header part holding a PAGE field, referenced by the section as its default header,
/// and the section's "different first page" with no first-page header, so page 1 stays bare. The same bytes in every document.
/// </summary>
internal static class DocxPageNumbers
{
    public const string Path = "word/header1.xml";

    public const string RelationshipId = "rIdPageNumber";

    public const string ContentType = "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";

    public const string Relationship = $"<Relationship Id=\"{RelationshipId}\" Type=\"{DocxXml.R}/header\" Target=\"header1.xml\"/>";

    public static ReadOnlyMemory<byte> Part { get; } = Encoding.UTF8.GetBytes(
        DocxPackageParts.Declaration
        + $"<w:hdr xmlns:w=\"{DocxXml.W}\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:rPr>"
        + $"<w:rFonts w:ascii=\"{DocxBuilder.Font}\" w:hAnsi=\"{DocxBuilder.Font}\" w:eastAsia=\"{DocxBuilder.Font}\" w:cs=\"{DocxBuilder.Font}\"/>"
        + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple></w:p></w:hdr>");

    /// <summary>The section's reference to the header: first in <c>sectPr</c>, as the schema orders it.</summary>
    public static void WriteReference(XmlWriter xml)
    {
        xml.WriteStartElement("w", "headerReference", DocxXml.W);
        xml.WriteAttributeString("w", "type", DocxXml.W, "default");
        xml.WriteAttributeString("r", "id", DocxXml.R, RelationshipId);
        xml.WriteEndElement();
    }
}
