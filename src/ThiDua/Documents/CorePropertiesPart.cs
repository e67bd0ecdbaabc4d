using System.Security;

namespace ThiDua.Documents;

/// <summary>
/// The core document properties of an Office Open XML package (docProps/core.xml): what File › Info in Word and Excel,
/// LibreOffice's Properties and the file manager show as the file's title and subject. Word and Excel files both write it.
/// No creation time: the same data gives the same file.
/// </summary>
internal static class CorePropertiesPart
{
    public const string Path = "docProps/core.xml";

    public const string ContentType = "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>";

    public const string RelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>The subject of a campaign's files: its name and code.</summary>
    public static string Subject(Campaigns.Campaign campaign) => campaign.Name + " (" + campaign.Code + ")";

    public static string Xml(string title, string? subject) =>
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + $"<dc:title>{SecurityElement.Escape(title)}</dc:title>"
        + (subject is null ? "" : $"<dc:subject>{SecurityElement.Escape(subject)}</dc:subject>")
        + "<dc:creator>ThiDua</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>";
}
