using System.Globalization;
using System.Text;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>Small measurement files that correct rows of the seed data: the first rows of one campaign, all set to one value.</summary>
public static class SeedCorrections
{
    private static readonly Lazy<string[]> SeedRows = new(() => File.ReadAllLines(Path.Combine(SeedFiles.Directory, "measurements.csv")));

    /// <summary>The first <paramref name="rows"/> seed rows of <paramref name="campaign"/>, skipping <paramref name="skip"/>, with value <paramref name="value"/>.</summary>
    public static string Csv(string campaign, int value, int rows = 12, int skip = 0)
    {
        var sb = new StringBuilder(SeedRows.Value[0]).Append('\n');
        foreach (var line in SeedRows.Value.Skip(1).Where(l => l.StartsWith(campaign + ";", StringComparison.Ordinal)).Skip(skip).Take(rows))
        {
            var cells = line.Split(';');
            cells[4] = value.ToString(CultureInfo.InvariantCulture);
            sb.Append(string.Join(';', cells)).Append('\n');
        }
        return sb.ToString();
    }
}
