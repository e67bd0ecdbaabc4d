using System.Xml;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// Which cell styles (the <c>s</c> index into <c>cellXfs</c>) show a number as a date or as a percentage: a date is an
/// Excel serial number, a "96%" cell holds 0.96. Built-in format ids per ECMA-376 §18.8.30; custom codes by their
/// date letters (d, m, y, h, s) or <c>%</c> outside quotes and brackets.
/// </summary>
internal sealed class XlsxCellFormats
{
    public static readonly XlsxCellFormats None = new([], []);

    private readonly HashSet<int> dates;
    private readonly HashSet<int> percents;

    private XlsxCellFormats(HashSet<int> dates, HashSet<int> percents) => (this.dates, this.percents) = (dates, percents);

    public bool IsDate(int style) => dates.Contains(style);

    public bool IsPercent(int style) => percents.Contains(style);

    public static XlsxCellFormats Read(XmlReader reader)
    {
        using (reader)
        {
            var codes = new Dictionary<int, string>();
            var styleFormats = new List<int>();
            var inCellXfs = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "numFmt"
                    && int.TryParse(reader.GetAttribute("numFmtId"), out var id))
                    codes[id] = reader.GetAttribute("formatCode") ?? "";
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "cellXfs") inCellXfs = !reader.IsEmptyElement;
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
                else if (inCellXfs && reader.NodeType == XmlNodeType.Element && reader.LocalName == "xf")
                    styleFormats.Add(int.TryParse(reader.GetAttribute("numFmtId"), out var f) ? f : 0);
            }
            var dates = new HashSet<int>();
            var percents = new HashSet<int>();
            for (var style = 0; style < styleFormats.Count; style++)
            {
                var format = styleFormats[style];
                var code = codes.GetValueOrDefault(format);
                if (format is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 || (code is not null && IsDateCode(code)))
                    dates.Add(style);
                else if (format is 9 or 10 || (code is not null && Visible(code).Contains('%')))
                    percents.Add(style);
            }
            return new XlsxCellFormats(dates, percents);
        }
    }

    private static bool IsDateCode(string code)
    {
        var visible = Visible(code).ToLowerInvariant();
        return visible.IndexOfAny(['d', 'm', 'y', 'h', 's']) >= 0 && !visible.Contains("general", StringComparison.Ordinal);
    }

    // The code without quoted literals, escaped characters and [colour]/[locale] sections.
    private static string Visible(string code)
    {
        var chars = new List<char>(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var q and >= 0 ? q : code.Length;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var b and >= 0 ? b : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    chars.Add(code[i]);
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}
