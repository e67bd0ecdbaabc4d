namespace ThiDua.Import.Parsing;

/// <summary>
/// A cell as an error message repeats it: cut after <see cref="MaxLength"/> characters with "…", so a runaway cell
/// (a megabyte of digits) is shown as a recognisable start, not echoed whole in the value and in both languages.
/// </summary>
public static class CellEcho
{
    public const int MaxLength = 80;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }
}
