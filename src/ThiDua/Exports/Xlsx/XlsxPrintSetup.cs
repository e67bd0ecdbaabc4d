using System.Security;

namespace ThiDua.Exports.Xlsx;

/// <summary>
/// How a sheet prints: on A4, as wide as the page (as many pages down as it needs), landscape when its columns are too
/// wide to read scaled down to a portrait page, the header row repeated at the top of every page and "Trang n / N" at
/// the foot. Without it Excel printed on its default paper at 100%, the last columns of a ranking on pages of their own
/// and the header on the first page only (until 2026-12).
/// </summary>
internal static class XlsxPrintSetup
{
    /// <summary>Above this many characters of column width a portrait A4 page would print the sheet below ~75%.</summary>
    private const double PortraitWidth = 120;

    /// <summary>First in the worksheet: fit the sheet to the page's width.</summary>
    public const string SheetProperties = """<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""";

    /// <summary>After the sheet's data, in the schema's order: margins, the page, its footer.</summary>
    public static string Page(IReadOnlyList<double> widths) =>
        """<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"""
        + $"""<pageSetup paperSize="9" orientation="{(widths.Sum() > PortraitWidth ? "landscape" : "portrait")}" fitToWidth="1" fitToHeight="0"/>"""
        + "<headerFooter><oddFooter>&amp;CTrang &amp;P / &amp;N</oddFooter></headerFooter>";

    /// <summary>The workbook's defined names: each sheet's header row printed at the top of every page.</summary>
    public static string PrintTitles(IReadOnlyList<string> sheetNames) =>
        "<definedNames>" + string.Concat(sheetNames.Select((name, i) =>
            $"<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{SecurityElement.Escape($"'{name.Replace("'", "''")}'!$1:$1")}</definedName>"))
        + "</definedNames>";
}
