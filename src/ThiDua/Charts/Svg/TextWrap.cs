namespace ThiDua.Charts.Svg;

/// <summary>
/// Text broken at spaces into lines that fit a width; the last allowed line is cut between words with "…" if more is
/// left (<see cref="TextMeasure.FitWords"/>).
/// </summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(string? text, double width, double fontSize, int maxLines)
    {
        var words = XmlText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>(maxLines);
        var line = "";
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = line.Length == 0 ? words[i] : line + " " + words[i];
            if (line.Length == 0 || TextMeasure.Width(candidate, fontSize) <= width) { line = candidate; continue; }
            if (lines.Count == maxLines - 1) return [.. lines, TextMeasure.FitWords(string.Join(' ', [line, .. words[i..]]), width, fontSize)];
            lines.Add(line);
            line = words[i];
        }
        lines.Add(TextMeasure.Fit(line, width, fontSize)); // one word longer than the width is cut
        return lines;
    }
}
