using System.Globalization;
using System.Text;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// Measurement files of concurrent analysts on the bulk <see cref="ThiDua.Tests.Import.Importing.ImportWorld"/>: each file
/// sets a seeded random subset of a small pool of keys (units D01–D08, indicators B01–B04, months 1–4), so files overlap.
/// Values are unique per file, so the stored value tells which file wrote it.
/// </summary>
public static class AnalystFiles
{
    public sealed record AnalystFile(string Name, string Csv, int Rows);

    public static IReadOnlyList<AnalystFile> For(int analyst, int files, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var keys = (from u in Enumerable.Range(1, 8) from i in Enumerable.Range(1, 4) from m in Enumerable.Range(1, 4) select (u, i, m)).ToList();
        var result = new List<AnalystFile>();
        for (var f = 0; f < files; f++)
        {
            // Mostly a few keys (a correction), sometimes most of the pool (a monthly import).
            var take = random.Next(4) == 0 ? random.Next(60, keys.Count + 1) : random.Next(1, 8);
            var chosen = keys.OrderBy(_ => random.Next()).Take(take).OrderBy(k => k).ToList();
            var sb = new StringBuilder(MeasurementsHeader);
            foreach (var (u, i, m) in chosen)
                sb.Append(CultureInfo.InvariantCulture, $"{Campaign};{Unit(u)};{Bulk(i)};2025-{m:00};{analyst * 100_000 + f * 1000 + u * 100 + i * 10 + m};\n");
            result.Add(new AnalystFile($"analyst{analyst}-file{f}.csv", sb.ToString(), chosen.Count));
        }
        return result;
    }
}
