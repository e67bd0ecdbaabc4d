namespace ThiDua.Charts.Svg;

/// <summary>Colours of the chart furniture: dark on white, so a page prints as it shows.</summary>
internal static class Palette
{
    public const string Background = "#ffffff";
    public const string Ink = "#1a1a1a";
    public const string MutedInk = "#555555";
    public const string Axis = "#404040";
    public const string Grid = "#dcdcdc";
    public const string Band = "#f3f3f3";
    public const string Reference = "#1a1a1a";
    public const string ScoreBar = "#3f6fb0";
    public const string Actual = "#1f5fa8";
    public const string Expected = "#6b6b6b";
    public const string Target = "#b2182b";
}
