using System.Security;

namespace ThiDua.Documents;

/// <summary>
/// The core document properties of an Office Open XML package (docProps/core.xml), as <see cref="DocumentProperties"/>
/// says them: Word and Excel files both write it. No creation time: the same data gives the same file.
/// </summary>
internal static class CorePropertiesPart
{
    public const string Path = "docProps/core.xml";

    public const string ContentType = "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";

    public const string RelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    public static string Xml(DocumentProperties properties) =>
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + $"<dc:title>{SecurityElement.Escape(properties.Title)}</dc:title>"
        + (properties.Subject is { } subject ? $"<dc:subject>{SecurityElement.Escape(subject)}</dc:subject>" : "")
        + "<dc:creator>ThiDua</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>";
}
