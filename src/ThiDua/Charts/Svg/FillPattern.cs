namespace ThiDua.Charts.Svg;

/// <summary>Texture laid over a status colour so statuses stay apart in grey print and for colour-blind readers.</summary>
internal enum FillPattern
{
    None,
    Stripes,
    Dots,
    Hatch,
}
