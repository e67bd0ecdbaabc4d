using System.Text;
using System.Xml;

namespace ThiDua.Import.Xlsx;

/// <summary>The text of a string item (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>): its <c>&lt;t&gt;</c> runs joined, phonetic runs left out,
/// Excel's <c>_xHHHH_</c> escapes decoded (<see cref="Exports.Xlsx.XlsxStringEscapes"/>).</summary>
internal static class XlsxText
{
    /// <summary>Reads from the item's start element to its end, leaving the reader on the end element.</summary>
    public static string ReadItem(XmlReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        var text = new StringBuilder();
        var (inText, inPhonetic) = (false, false);
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh":
                    inPhonetic = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    inPhonetic = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText && !inPhonetic:
                    text.Append(reader.Value);
                    break;
            }
        }
        return Exports.Xlsx.XlsxStringEscapes.Decode(text.ToString());
    }
}
