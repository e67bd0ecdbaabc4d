using System.IO.Compression;
using System.Text;

namespace ThiDua.Documents.Docx;

/// <summary>
/// The parts of a .docx besides its body, as Office Open XML (ECMA-376) names them: content types, the package
/// relationships, the styles (<see cref="DocxStyles"/>), the page-number header (<see cref="DocxPageNumbers"/>), the document's properties (<see cref="CorePropertiesPart"/>),
/// and the body's relationships to its styles and PNG images. The fixed ones are built once as bytes and copied into every document.
/// </summary>
internal static class DocxPackageParts
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly byte[] ContentTypes = Encoding.UTF8.GetBytes(Declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + DocxPageNumbers.ContentType
        + CorePropertiesPart.ContentType
        + "</Types>");

    private static readonly byte[] PackageRelationships = Encoding.UTF8.GetBytes(Declaration
        + $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{DocxXml.R}/officeDocument\" Target=\"word/document.xml\"/>"
        + $"<Relationship Id=\"rId2\" Type=\"{CorePropertiesPart.RelationshipType}\" Target=\"{CorePropertiesPart.Path}\"/></Relationships>");

    public const string StylesId = "rId1";

    public static string ImageId(int image) => "rId" + (image + 1);

    public static void WriteFixed(ZipArchive zip, DocumentProperties properties)
    {
        Write(zip, "[Content_Types].xml", ContentTypes, CompressionLevel.Fastest);
        Write(zip, "_rels/.rels", PackageRelationships, CompressionLevel.Fastest);
        Write(zip, "word/styles.xml", DocxStyles.Part.Span, CompressionLevel.Fastest);
        Write(zip, DocxPageNumbers.Path, DocxPageNumbers.Part.Span, CompressionLevel.Fastest);
        Write(zip, CorePropertiesPart.Path, Encoding.UTF8.GetBytes(Declaration + CorePropertiesPart.Xml(properties)), CompressionLevel.Fastest);
    }

    /// <summary>The images (PNG is compressed already: stored as they are) and the body's relationships.</summary>
    public static void WriteImages(ZipArchive zip, IReadOnlyList<byte[]> images)
    {
        var rels = new StringBuilder(Declaration).Append($"<Relationships xmlns=\"{Relationships}\">")
            .Append($"<Relationship Id=\"{StylesId}\" Type=\"{DocxXml.R}/styles\" Target=\"styles.xml\"/>")
            .Append(DocxPageNumbers.Relationship);
        for (var i = 1; i <= images.Count; i++)
        {
            Write(zip, $"word/media/image{i}.png", images[i - 1], CompressionLevel.NoCompression);
            rels.Append($"<Relationship Id=\"{ImageId(i)}\" Type=\"{DocxXml.R}/image\" Target=\"media/image{i}.png\"/>");
        }
        Write(zip, "word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(rels.Append("</Relationships>").ToString()), CompressionLevel.Fastest);
    }

    private static void Write(ZipArchive zip, string path, ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var part = PackageEntry.Create(zip, path, level);
        part.Write(content);
    }
}
