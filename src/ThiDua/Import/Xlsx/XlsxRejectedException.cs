using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>A workbook that cannot be read safely or at all (not a zip, macros, a zip bomb, a formula…), with the reason in both languages.</summary>
internal sealed class XlsxRejectedException(BilingualMessage message, int row = 0) : Exception(message.En)
{
    public BilingualMessage Reason { get; } = message;

    /// <summary>The sheet row the problem is on; 0 for the whole file.</summary>
    public int Row { get; } = row;
}
