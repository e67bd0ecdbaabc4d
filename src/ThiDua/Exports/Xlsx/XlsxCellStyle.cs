namespace ThiDua.Exports.Xlsx;

/// <summary>
/// How a column's cells are stored and shown. Numbers are stored as numbers; the format codes use Excel's
/// "#,##0.00" notation, which a Vietnamese Excel shows as 1.234,50 (separators are the reader's locale's).
/// </summary>
public enum XlsxCellStyle
{
    Text,
    /// <summary>An integer: #,##0.</summary>
    Integer,
    /// <summary>Exactly 2 decimals (scores): #,##0.00.</summary>
    Fixed2,
    /// <summary>Exactly 4 decimals (ratios as numbers): #,##0.0000.</summary>
    Fixed4,
    /// <summary>At most 4 decimals (actuals, targets): #,##0 for whole numbers, #,##0.#### otherwise.</summary>
    Number,
    /// <summary>A ratio (1 = 100%) shown as a percentage with 2 decimals: 0.00%.</summary>
    Percent,
    /// <summary>A date (a <see cref="DateOnly"/> or <see cref="DateTimeOffset"/> cell): dd/mm/yyyy, or dd/mm/yyyy hh:mm.</summary>
    Date,
}
