namespace ThiDua.Charts.Svg;

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
