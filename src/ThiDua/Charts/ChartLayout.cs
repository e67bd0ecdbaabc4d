namespace ThiDua.Charts;

/// <summary>
/// How a chart is laid out: <see cref="Wide"/> for laptops, print and downloads; <see cref="Narrow"/> for a phone
/// (300 wide: names on their own line above the bar, fewer ticks, legend below), so at 390 px the text stays at
/// least 11 CSS px instead of the wide chart shrunk to half size. Pages carry both; CSS shows one.
/// </summary>
public enum ChartLayout
{
    Wide,
    Narrow,
}
