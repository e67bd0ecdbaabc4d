namespace ThiDua.Charts.Svg;

/// <summary>
/// Text broken at spaces into lines that fit a width; the last allowed line is cut between words with "…" if more is
/// left (<see cref="TextMeasure.FitWords"/>).
/// </summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(string? text, double width, double fontSize, int maxLines)
    {
        var words = Glued(XmlText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
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

    // "tháng 05/2021", "năm 2026", "quý 4": a date's word is not left at a line's end without its number.
    private static readonly HashSet<string> DateWords = new(["tháng", "năm", "quý", "ngày", "kỳ", "đợt"], StringComparer.OrdinalIgnoreCase);

    private static string[] Glued(string[] words)
    {
        var glued = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (glued.Count > 0 && char.IsAsciiDigit(word[0]) && DateWords.Contains(glued[^1])) glued[^1] += " " + word;
            else glued.Add(word);
        }
        return [.. glued];
    }
}
