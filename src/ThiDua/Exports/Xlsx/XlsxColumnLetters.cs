namespace ThiDua.Exports.Xlsx;

/// <summary>Excel's column letters: 0 → A, 25 → Z, 26 → AA; and back from a cell reference such as "C12".</summary>
public static class XlsxColumnLetters
{
    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }

    /// <summary>The 0-based column of a reference ("C12" → 2), or -1 when it does not start with letters.</summary>
    public static int IndexOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        var index = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            index = index * 26 + (reference[i] - 'A' + 1);
            if (index > 16_384) return -1; // Excel's last column is XFD
        }
        return i == 0 ? -1 : index - 1;
    }
}
