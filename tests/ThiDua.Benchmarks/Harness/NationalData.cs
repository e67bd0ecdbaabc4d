using System.Text;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// P6's country: <see cref="Provinces"/> provinces, each 100 units (10 clusters of 10) with a campaign a year for
/// <see cref="Years"/> years of 50 indicators × 12 months — 60,000 measurements a campaign, 20.4M at 34 × 10. CSV
/// files (vi culture, ';') as an office exports them, one set per campaign, streamed to disk.
/// </summary>
public sealed class NationalData(string directory, int provinces, int years)
{
    public const int UnitsPerProvince = 100;
    public const int Indicators = 50;
    public const int FirstYear = 2017;

    public int Provinces => provinces;
    public int Years => years;
    public long MeasurementRows => (long)provinces * years * UnitsPerProvince * Indicators * 12;

    public static string Province(int p) => $"T{p:D2}";
    public static string Campaign(int p, int year) => $"{Province(p)}-{year}";
    public int LastYear => FirstYear + years - 1;

    public string PathOf(string name) => Path.Combine(directory, name + ".csv");

    public void WriteShared()
    {
        Directory.CreateDirectory(directory);
        using (var w = Writer("units"))
        {
            w.Write("code;name;kind;parent;cluster\n");
            for (var p = 1; p <= provinces; p++)
            {
                w.Write($"{Province(p)};Tỉnh số {p};collective;;\n");
                for (var u = 0; u < UnitsPerProvince; u++) w.Write($"{Province(p)}-U{u:D3};Sở, ngành số {u} tỉnh {p};collective;{Province(p)};{Province(p)}-K{u % 10}\n");
            }
        }
        using (var w = Writer("campaigns"))
        {
            w.Write("code;name;kind;start;end;registration_deadline;midterm_review;final_review;dossier_deadline;score_cap\n");
            for (var p = 1; p <= provinces; p++)
                for (var y = FirstYear; y <= LastYear; y++)
                    w.Write($"{Campaign(p, y)};Phong trào thi đua năm {y} của tỉnh số {p};annual;{y}-01-01;{y}-12-31;;{y}-06;{y}-12;;1,2\n");
        }
    }

    /// <summary>The indicators, targets and measurements of one campaign (overwriting the previous campaign's files).</summary>
    public void WriteCampaign(int p, int year)
    {
        var c = Campaign(p, year);
        Directory.CreateDirectory(directory);
        using (var w = Writer("indicators"))
        {
            w.Write("campaign;code;name;uom;direction;aggregation;weight\n");
            for (var i = 0; i < Indicators; i++)
            {
                var (direction, aggregation) = (i % 5) switch { 0 or 1 => ("at_least", "sum"), 2 => ("at_least", "latest"), 3 => ("at_most", "latest"), _ => ("at_least", "average") };
                w.Write($"{c};I{i:D2};Chỉ tiêu số {i};lượt;{direction};{aggregation};{1 + i % 3}\n");
            }
        }
        using (var w = Writer("targets"))
        {
            w.Write("campaign;indicator;unit;target;target_max;baseline;deadline\n");
            for (var u = 0; u < UnitsPerProvince; u++)
                for (var i = 0; i < Indicators; i++) w.Write($"{c};I{i:D2};{Province(p)}-U{u:D3};{100 + (u + i + year) % 50};;;\n");
        }
        using (var w = Writer("measurements"))
        {
            w.Write("campaign;unit;indicator;period;value;note\n");
            for (var u = 0; u < UnitsPerProvince; u++)
                for (var i = 0; i < Indicators; i++)
                    for (var m = 1; m <= 12; m++)
                        w.Write($"{c};{Province(p)}-U{u:D3};I{i:D2};{year}-{m:D2};{PlausibleFigures.Of(p * UnitsPerProvince + u + year, i, m)};\n");
        }
    }

    private StreamWriter Writer(string name) => new(PathOf(name), false, new UTF8Encoding(false), 1 << 16);
}
