using System.Globalization;
using System.Text;

namespace ThiDua.Cli.Common;

/// <summary>
/// Standard output and error as the terminal gets them: control characters (ESC, CR, DEL, C1) and bidirectional
/// overrides in any echoed value — a rejected name, a campaign code typed on the command line, a log line — are written
/// as visible escapes (<c>\x1b</c>, <c>\u202e</c>), so a value cannot clear the screen or reorder what is shown.
/// Newlines and tabs pass through.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base property allows null
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public static void Install()
    {
        Console.SetOut(Synchronized(new TerminalSafeWriter(Console.Out)));
        Console.SetError(Synchronized(new TerminalSafeWriter(Console.Error)));
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text) Append(sb, c);
        return sb.ToString();
    }

    public override void Write(char value)
    {
        if (!IsUnsafe(value)) inner.Write(value);
        else inner.Write(Escape(value.ToString()));
    }

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(Escape(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static void Append(StringBuilder sb, char c)
    {
        if (!IsUnsafe(c)) sb.Append(c);
        else if (c <= '\u00FF') sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
        else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
