namespace ThiDua.Charts.Svg;

/// <summary>
/// An axis range whose ticks fall on 1, 2 or 5 × 10ⁿ, so labels read "0, 20, 40…" rather than
/// "0, 19,46…". Kept in decimal so tick values are exact and format without binary noise.
/// </summary>
internal readonly record struct NiceScale(decimal Min, decimal Max, decimal Step)
{
    private static readonly decimal SmallestStep = 0.000001m;

    public int TickCount => (int)((Max - Min) / Step) + 1;

    public decimal Tick(int index) => Min + Step * index;

    /// <summary>Linear map of <paramref name="value"/> from [Min, Max] to [from, to] (pixels).</summary>
    public double Map(decimal value, double from, double to) =>
        from + (double)((value - Min) / (Max - Min)) * (to - from);

    /// <summary>Range covering <paramref name="dataMin"/>..<paramref name="dataMax"/> with at most <paramref name="maxTicks"/> ticks.</summary>
    public static NiceScale For(decimal dataMin, decimal dataMax, int maxTicks = 6)
    {
        if (maxTicks < 2) throw new ArgumentOutOfRangeException(nameof(maxTicks), maxTicks, "At least 2.");
        if (dataMin > dataMax) (dataMin, dataMax) = (dataMax, dataMin);
        if (dataMin == dataMax)
        {
            // One value (or none): show it inside a range that still starts at zero where it can.
            if (dataMax > 0) dataMin = 0;
            else if (dataMin < 0) dataMax = 0;
            else dataMax = 1;
        }

        var step = NiceStep((dataMax - dataMin) / (maxTicks - 1));
        while (true)
        {
            var min = Math.Floor(dataMin / step) * step;
            var max = Math.Ceiling(dataMax / step) * step;
            if ((max - min) / step + 1 <= maxTicks) return new NiceScale(min, max, step);
            step = NiceStep(step * 1.000001m); // floor/ceil pushed it over: next 1-2-5 step
        }
    }

    /// <summary>The smallest of 1, 2, 5 × 10ⁿ that is at least <paramref name="raw"/>.</summary>
    private static decimal NiceStep(decimal raw)
    {
        if (raw <= SmallestStep) return SmallestStep;
        var power = 1m;
        while (power <= raw / 10) power *= 10; // compared by division: no overflow near decimal.MaxValue
        while (power > raw) power /= 10;
        if (power >= raw) return power;
        if (power * 2 >= raw) return power * 2;
        if (power * 5 >= raw) return power * 5;
        return power * 10;
    }
}
