using System.Globalization;
using System.Text;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// A generated campaign sized by its number of measurement rows: units × 12 indicators × 12 months,
/// written as CSV files (vi culture, ';'), streamed to disk so generation itself uses little memory.
/// </summary>
/// <param name="implausible">Every measurement cycles through 0–199.9 whatever its unit, indicator and month, as all
/// runs before 2026-12-05 did: about half the rows raise a plausibility warning (542K at 1M rows: a % above 100,
/// a month under a tenth of the others' median). Otherwise each unit's indicator keeps a level of 20–89.9 and moves
/// by under 5 from month to month, as a real office's monthly figures do: no warning.</param>
public sealed class BenchCampaign(string directory, int measurementRows, bool implausible = false)
{
    public const int Indicators = 12;
    public const int Months = 12;
    public const string Code = "BENCH";

    public int Units => Math.Max(1, measurementRows / (Indicators * Months));

    public string PathOf(string kind) => Path.Combine(directory, kind + ".csv");

    public void Write()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(PathOf("campaigns"), "code;name;kind;start;end;score_cap\nBENCH;Phong trào đo hiệu năng;annual;2024-01-01;2024-12-31;1,2\n");
        using (var w = Writer("units"))
        {
            w.Write("code;name;kind;parent;cluster\n");
            for (var u = 0; u < Units; u++) w.Write($"U{u:D6};Đơn vị số {u};collective;;K{u % 40:D2}\n");
        }
        using (var w = Writer("indicators"))
        {
            w.Write("campaign;code;name;uom;direction;aggregation;weight\n");
            for (var i = 0; i < Indicators; i++) w.Write($"BENCH;I{i:D2};Chỉ tiêu {i};%;at_least;{(i % 2 == 0 ? "sum" : "latest")};{1 + i % 3}\n");
        }
        using (var w = Writer("targets"))
        {
            w.Write("campaign;indicator;unit;target;target_max;baseline;deadline\n");
            for (var u = 0; u < Units; u++)
                for (var i = 0; i < Indicators; i++) w.Write($"BENCH;I{i:D2};U{u:D6};{100 + (u + i) % 50};;;\n");
        }
        WriteMeasurements("measurements", 1, Months, 0);
    }

    /// <summary>Another month's worth for the freshness goal: <paramref name="rows"/> corrections of December.</summary>
    public void WriteMonthlyImport(string name, int rows, int salt)
    {
        using var w = Writer(name);
        w.Write("campaign;unit;indicator;period;value;note\n");
        for (var n = 0; n < Math.Min(rows, Units * Indicators); n++) w.Write($"BENCH;U{n / Indicators % Units:D6};I{n % Indicators:D2};2024-12;{Value(n, salt)};\n");
    }

    private void WriteMeasurements(string name, int fromMonth, int toMonth, int salt)
    {
        using var w = Writer(name);
        w.Write("campaign;unit;indicator;period;value;note\n");
        for (var u = 0; u < Units; u++)
            for (var i = 0; i < Indicators; i++)
                for (var m = fromMonth; m <= toMonth; m++)
                    w.Write($"BENCH;U{u:D6};I{i:D2};2024-{m:D2};{(implausible ? Value(u * 31 + i * 7 + m, salt) : PlausibleFigures.Of(u, i, m))};\n");
    }

    private static string Value(int n, int salt) => ((n * 37 + salt) % 2000 / 10m).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));

    private StreamWriter Writer(string kind) => new(PathOf(kind), false, new UTF8Encoding(false), 1 << 16);
}
