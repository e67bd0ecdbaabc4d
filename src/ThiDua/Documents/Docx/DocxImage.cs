using System.Globalization;
using System.Xml;
using static ThiDua.Documents.Docx.DocxXml;

namespace ThiDua.Documents.Docx;

/// <summary>The DrawingML an inline picture needs, and a PNG's pixel size from its header.</summary>
internal static class DocxImage
{
    public static (long Width, long Height) PngSize(byte[] png)
    {
        if (png.Length < 24 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R')
            throw new ArgumentException("Not a PNG image.", nameof(png));
        static long Int(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
        return (Int(png, 16), Int(png, 20));
    }

    /// <summary>A w:drawing holding picture <paramref name="id"/> inline, <paramref name="cx"/> by <paramref name="cy"/> EMU.</summary>
    public static void WriteInline(XmlWriter xml, string relationshipId, uint id, string description, long cx, long cy)
    {
        string N(long v) => v.ToString(CultureInfo.InvariantCulture);
        xml.Start("drawing");
        xml.WriteStartElement("wp", "inline", WP);
        foreach (var d in new[] { "distT", "distB", "distL", "distR" }) xml.WriteAttributeString(d, "0");
        Plain(xml, "wp", "extent", WP, "cx", N(cx), "cy", N(cy));
        Plain(xml, "wp", "effectExtent", WP, "l", "0", "t", "0", "r", "0", "b", "0");
        Plain(xml, "wp", "docPr", WP, "id", N(id), "name", "Biểu đồ " + N(id), "descr", description);
        xml.WriteStartElement("wp", "cNvGraphicFramePr", WP);
        Plain(xml, "a", "graphicFrameLocks", A, "noChangeAspect", "1");
        xml.WriteEndElement();
        xml.WriteStartElement("a", "graphic", A);
        xml.WriteStartElement("a", "graphicData", A);
        xml.WriteAttributeString("uri", Pic);
        xml.WriteStartElement("pic", "pic", Pic);
        xml.WriteStartElement("pic", "nvPicPr", Pic);
        Plain(xml, "pic", "cNvPr", Pic, "id", "0", "name", "chart" + N(id) + ".png", "descr", description);
        Plain(xml, "pic", "cNvPicPr", Pic);
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "blipFill", Pic);
        xml.WriteStartElement("a", "blip", A);
        xml.WriteAttributeString("r", "embed", R, relationshipId);
        xml.WriteEndElement();
        xml.WriteStartElement("a", "stretch", A);
        Plain(xml, "a", "fillRect", A);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("pic", "spPr", Pic);
        xml.WriteStartElement("a", "xfrm", A);
        Plain(xml, "a", "off", A, "x", "0", "y", "0");
        Plain(xml, "a", "ext", A, "cx", N(cx), "cy", N(cy));
        xml.WriteEndElement();
        xml.WriteStartElement("a", "prstGeom", A);
        xml.WriteAttributeString("prst", "rect");
        Plain(xml, "a", "avLst", A);
        xml.WriteEndElement();
        xml.WriteEndElement(); // spPr
        xml.WriteEndElement(); // pic
        xml.WriteEndElement(); // graphicData
        xml.WriteEndElement(); // graphic
        xml.WriteEndElement(); // inline
        xml.WriteEndElement(); // drawing
    }

    // DrawingML attributes are unqualified, unlike WordprocessingML's w: ones.
    private static void Plain(XmlWriter xml, string prefix, string name, string ns, params string[] attributes)
    {
        xml.WriteStartElement(prefix, name, ns);
        for (var i = 0; i < attributes.Length; i += 2) xml.WriteAttributeString(attributes[i], attributes[i + 1]);
        xml.WriteEndElement();
    }
}
