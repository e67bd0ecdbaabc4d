using System.Globalization;

namespace ThiDua.Benchmarks.Goals;

/// <summary>The measurement rows of a generated file, parsed plainly, for the COPY baseline.</summary>
public static class MeasurementRows
{
    public static List<(string Campaign, string Unit, string Indicator, int Period, decimal Value)> Read(string path)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var rows = new List<(string, string, string, int, decimal)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(';');
            var period = int.Parse(f[3].AsSpan(0, 4), CultureInfo.InvariantCulture) * 12 + int.Parse(f[3].AsSpan(5, 2), CultureInfo.InvariantCulture) - 1;
            rows.Add((f[0], f[1], f[2], period, decimal.Parse(f[4], NumberStyles.Number, vi)));
        }
        return rows;
    }
}
