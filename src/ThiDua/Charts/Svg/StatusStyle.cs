namespace ThiDua.Charts.Svg;

/// <summary>
/// How one status is drawn: a colour (chosen so their greys differ too), a pattern, a short text mark
/// and the Vietnamese label used in legends and tooltips.
/// </summary>
internal sealed record StatusStyle(string Fill, string TextFill, FillPattern Pattern, string Mark, string Label)
{
    /// <summary>Halo for text drawn on this status: only needed where a pattern runs behind dark text.</summary>
    public string? TextHalo => Pattern == FillPattern.None || TextFill == "#ffffff" ? null : Fill;
}
