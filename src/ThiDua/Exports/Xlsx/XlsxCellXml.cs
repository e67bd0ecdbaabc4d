using System.Globalization;
using System.Xml;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// One cell as SpreadsheetML (<c>&lt;c r="B2" s="4"&gt;&lt;v&gt;12.5&lt;/v&gt;&lt;/c&gt;</c>): numbers as numbers with their
/// style's format, dates as Excel serial days, text as an inline string behind the formula guard; nothing for empty.
/// </summary>
internal sealed class XlsxCellXml(XmlWriter xml)
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly string[] Letters = Enumerable.Range(0, 64).Select(XlsxColumnLetters.Of).ToArray();
    private readonly char[] reference = new char[16];

    /// <param name="wrap">Text wraps within the column (a column whose text is wider than its 60 characters).</param>
    public void Value(int column, int row, object? value, XlsxCellStyle style, bool wrap = false)
    {
        switch (value)
        {
            case null:
            case string { Length: 0 }:
                return;
            case string s:
                Text(column, row, SpreadsheetText.Guard(s), wrap ? XlsxStyles.WrappedText : XlsxStyles.Of(XlsxCellStyle.Text));
                return;
            case decimal d:
                Number(column, row, d.ToString(CultureInfo.InvariantCulture), XlsxStyles.Of(style, d == decimal.Truncate(d)));
                return;
            case int n:
                Number(column, row, n.ToString(CultureInfo.InvariantCulture), XlsxStyles.Of(style, true));
                return;
            case long n:
                Number(column, row, n.ToString(CultureInfo.InvariantCulture), XlsxStyles.Of(style, true));
                return;
            case DateOnly d:
                Number(column, row, XlsxSerialDate.Of(d.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture), XlsxStyles.Of(XlsxCellStyle.Date));
                return;
            case DateTimeOffset t:
                // An instant as the Vietnamese wall clock reads it (UTC+7), which is how every page shows it.
                var days = Math.Round((decimal)XlsxSerialDate.Of(t.ToOffset(TimeSpan.FromHours(7)).DateTime), 8);
                Number(column, row, days.ToString(CultureInfo.InvariantCulture), XlsxStyles.DateTime);
                return;
            default:
                Text(column, row, SpreadsheetText.Guard(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""), XlsxStyles.Of(XlsxCellStyle.Text));
                return;
        }
    }

    public void Text(int column, int row, string text, uint style)
    {
        Start(column, row, style);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", MainNs);
        xml.WriteStartElement("t", MainNs);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XlsxStringEscapes.Encode(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>An empty cell that only carries a style (a missing value shown filled).</summary>
    public void Styled(int column, int row, uint style)
    {
        Start(column, row, style);
        xml.WriteEndElement();
    }

    public void Number(int column, int row, string value, uint style)
    {
        Start(column, row, style);
        xml.WriteElementString("v", MainNs, value);
        xml.WriteEndElement();
    }

    private void Start(int column, int row, uint style)
    {
        xml.WriteStartElement("c", MainNs);
        xml.WriteStartAttribute("r");
        var letters = column < Letters.Length ? Letters[column] : XlsxColumnLetters.Of(column);
        letters.CopyTo(reference);
        row.TryFormat(reference.AsSpan(letters.Length), out var written, default, CultureInfo.InvariantCulture);
        xml.WriteChars(reference, 0, letters.Length + written);
        xml.WriteEndAttribute();
        if (style != 0) xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
    }
}
