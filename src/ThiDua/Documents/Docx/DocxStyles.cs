using System.Text;

namespace ThiDua.Documents.Docx;

/// <summary>The document defaults: Times New Roman 14 pt, Vietnamese as the proofing language. The same bytes in every document.</summary>
internal static class DocxStyles
{
    public static ReadOnlyMemory<byte> Part { get; } = Encoding.UTF8.GetBytes(
        DocxPackageParts.Declaration
        + $"<w:styles xmlns:w=\"{DocxXml.W}\"><w:docDefaults><w:rPrDefault><w:rPr>"
        + $"<w:rFonts w:ascii=\"{DocxBuilder.Font}\" w:hAnsi=\"{DocxBuilder.Font}\" w:eastAsia=\"{DocxBuilder.Font}\" w:cs=\"{DocxBuilder.Font}\"/>"
        + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>");
}
