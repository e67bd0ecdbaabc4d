using System.Globalization;
using ThiDua.Formatting;

namespace ThiDua.Cli.Database;

/// <summary>A figure in a "vi / en" line: each half in its own language's numbers (1.258 / 1,258; 2,8 / 2.8).</summary>
internal static class BilingualNumber
{
    public static string Vi(long n) => VietnameseNumber.Format(n, 0);

    public static string En(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string ViSeconds(TimeSpan t) => VietnameseNumber.FormatFixed((decimal)t.TotalSeconds, 1);

    public static string EnSeconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
