using System.Globalization;
using System.Xml;

namespace ThiDua.Documents.Docx;

/// <summary>WordprocessingML written straight to an <see cref="XmlWriter"/>: the namespaces and a few element shorthands.</summary>
internal static class DocxXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    public static void Start(this XmlWriter xml, string name) => xml.WriteStartElement("w", name, W);

    /// <summary>An empty w: element with w: attributes given as name, value pairs.</summary>
    public static void Empty(this XmlWriter xml, string name, params string[] attributes)
    {
        xml.WriteStartElement("w", name, W);
        for (var i = 0; i < attributes.Length; i += 2) xml.WriteAttributeString("w", attributes[i], W, attributes[i + 1]);
        xml.WriteEndElement();
    }

    public static string Twips(long value) => value.ToString(CultureInfo.InvariantCulture);
}
