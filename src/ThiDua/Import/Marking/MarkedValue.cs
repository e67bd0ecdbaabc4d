using ThiDua.Exports.Xlsx;

namespace ThiDua.Import.Marking;

/// <summary>
/// One cell of a file as it was sent: text (every CSV cell), or a workbook's number, date or percentage kept as stored,
/// so the copy read again gives the import the same value (a number written back as text would be read by the
/// file's culture: 1234.5 as vi is 12.345).
/// </summary>
internal readonly record struct MarkedValue(object? Value, XlsxCellStyle Style)
{
    public static MarkedValue Text(string text) => new(text, XlsxCellStyle.Text);

    public string Shown => Value switch
    {
        null => "",
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? "",
    };
}
