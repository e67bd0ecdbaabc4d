namespace ThiDua.Charts.Svg;

/// <summary>
/// One bar of a narrow (phone) chart: its place ("2=") and name on a line of their own, the bar under them with its
/// value text after it; <paramref name="Note"/> a third line (an award's status in words). Null value: no bar.
/// </summary>
internal sealed record NarrowBar(
    string? Place,
    string Name,
    decimal? Value,
    decimal? Stretch,
    StatusStyle Style,
    string ValueText,
    string Tooltip,
    string? Note = null);
