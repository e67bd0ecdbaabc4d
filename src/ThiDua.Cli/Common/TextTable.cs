using System.Globalization;
using System.Text;

namespace ThiDua.Cli.Common;

/// <summary>A plain aligned text table for terminals (numbers right-aligned), readable when piped too.</summary>
public sealed class TextTable(params string[] headings)
{
    private readonly List<string[]> _rows = [];
    private readonly bool[] _numeric = new bool[headings.Length];

    public TextTable Row(params string[] cells)
    {
        _rows.Add(cells);
        for (var i = 0; i < cells.Length; i++)
            if (cells[i].Length > 0 && (char.IsDigit(cells[i][0]) || cells[i][0] == '-')) _numeric[i] = true;
        return this;
    }

    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = headings.Select((h, i) => Math.Max(Width(h), _rows.Count == 0 ? 0 : _rows.Max(r => Width(r[i])))).ToArray();
        writer.WriteLine(Line(headings, widths, header: true));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in _rows) writer.WriteLine(Line(row, widths, header: false));
    }

    private string Line(string[] cells, int[] widths, bool header)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append("  ");
            var pad = widths[i] - Width(cells[i]);
            if (_numeric[i] && !header) sb.Append(' ', pad).Append(cells[i]);
            else sb.Append(cells[i]).Append(' ', i == cells.Length - 1 ? 0 : pad);
        }
        return sb.ToString().TrimEnd();
    }

    // Text elements, so a Vietnamese letter with combining marks counts once.
    private static int Width(string s) => new StringInfo(s.Normalize(NormalizationForm.FormC)).LengthInTextElements;
}
