using System.Globalization;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// Monthly figures as statistics look: a level per unit and indicator (20–89.9) that moves by less than 5 from one month
/// to the next, so no row raises a plausibility warning. P1 and P6 generate their measurements with it.
/// </summary>
internal static class PlausibleFigures
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The figure of <paramref name="unit"/>'s <paramref name="indicator"/> in <paramref name="month"/>, written the Vietnamese way (1 decimal).</summary>
    public static string Of(int unit, int indicator, int month) =>
        (20m + (unit * 7 + indicator * 13) % 700 / 10m + (unit + indicator * 3 + month * 17) % 50 / 10m).ToString("0.#", Vi);
}
