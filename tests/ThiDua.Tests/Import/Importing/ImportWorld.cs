using System.Globalization;
using System.Text;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// A small campaign (CD2025, the year 2025) with one indicator per direction assigned to D01, and optionally a bulk
/// of indicators B01–B40 assigned to units D01–D42 (1,680 targets: room for 20,160 distinct measurement rows).
/// Files are ';'-separated with Vietnamese numbers, like the seed data.
/// </summary>
public static class ImportWorld
{
    public const string Campaign = "CD2025";
    public const int BulkUnits = 42;
    public const int BulkIndicators = 40;

    public const string UnitsHeader = "code;name;kind;parent;cluster\n";
    public const string CampaignsHeader = "code;name;kind;start;end;registration_deadline;midterm_review;final_review;dossier_deadline;score_cap\n";
    public const string IndicatorsHeader = "campaign;code;name;uom;direction;aggregation;weight\n";
    public const string TargetsHeader = "campaign;indicator;unit;target;target_max;baseline;deadline\n";
    public const string MeasurementsHeader = "campaign;unit;indicator;period;value;note\n";
    public const string RatingsHeader = "campaign;unit;rating;discipline;initiative\n";
    public const string AwardFormsHeader = "campaign;code;name;level;recipient;quota;min_rating;require_initiative;require_all_targets\n";

    public static string Units(bool bulk)
    {
        var sb = new StringBuilder(UnitsHeader).Append("ORG;Sở Thử nghiệm;collective;;\n");
        for (var u = 1; u <= (bulk ? BulkUnits : 2); u++) sb.Append(CultureInfo.InvariantCulture, $"{Unit(u)};Phòng {u};collective;ORG;K1\n");
        sb.Append("P01;Nguyễn Văn An;individual;D01;\nP02;Trần Thị Bình;individual;D01;\n");
        return sb.ToString();
    }

    public const string Campaigns = CampaignsHeader + "CD2025;Phong trào thi đua thử 2025;annual;2025-01-01;2025-12-31;;2025-06;2025-12;;1,2\n";

    public static string Indicators(bool bulk)
    {
        var sb = new StringBuilder(IndicatorsHeader).Append("""
            CD2025;AL;Số lớp tập huấn;lớp;at_least;sum;1
            CD2025;AM;Tỷ lệ hộ nghèo;%;at_most;latest;1
            CD2025;RB;Giảm tai nạn giao thông;%;reduce_by;latest;1
            CD2025;IB;Tăng dịch vụ công trực tuyến;%;increase_by;latest;1
            CD2025;RU;Chỉ số chuyển đổi số;bậc;rank_up;latest;1
            CD2025;TK;Đề án chuyển đổi số;nhiệm vụ;task;latest;1

            """.Replace("\r", "", StringComparison.Ordinal));
        if (bulk)
            for (var i = 1; i <= BulkIndicators; i++) sb.Append(CultureInfo.InvariantCulture, $"CD2025;{Bulk(i)};Chỉ tiêu {i};lượt;at_least;sum;1\n");
        return sb.ToString();
    }

    public static string Targets(bool bulk)
    {
        var sb = new StringBuilder(TargetsHeader).Append("""
            CD2025;AL;D01;100;;;
            CD2025;AM;D01;5;;;
            CD2025;RB;D01;5;;10;
            CD2025;IB;D01;5;;100;
            CD2025;RU;D01;2;;10;
            CD2025;TK;D01;1;;;2025-06
            CD2025;AL;D02;100;;;
            CD2025;AL;P01;10;;;

            """.Replace("\r", "", StringComparison.Ordinal));
        if (bulk)
            for (var u = 1; u <= BulkUnits; u++)
                for (var i = 1; i <= BulkIndicators; i++) sb.Append(CultureInfo.InvariantCulture, $"CD2025;{Bulk(i)};{Unit(u)};1.000;;;\n");
        return sb.ToString();
    }

    public const string Measurements = MeasurementsHeader + "CD2025;D01;AL;2025-01;10;\nCD2025;D01;TK;2025-03;1;\nCD2025;D02;AL;2025-01;60;\n";
    public const string Ratings = RatingsHeader + "CD2025;P01;excellent;none;yes\nCD2025;D01;;none;yes\n";
    public const string AwardForms = AwardFormsHeader + "CD2025;GK;Giấy khen của Giám đốc Sở;Giám đốc Sở;any;2;excellent;no;no\n";

    public static string Unit(int u) => "D" + u.ToString("00", CultureInfo.InvariantCulture);

    public static string Bulk(int i) => "B" + i.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Measurement rows for the bulk targets, unit by unit, indicator by indicator, month by month (value 1..).</summary>
    public static IEnumerable<string> BulkMeasurementRows(int count)
    {
        var n = 0;
        for (var u = 1; u <= BulkUnits; u++)
            for (var i = 1; i <= BulkIndicators; i++)
                for (var m = 1; m <= 12; m++)
                {
                    if (n++ == count) yield break;
                    yield return string.Create(CultureInfo.InvariantCulture, $"CD2025;{Unit(u)};{Bulk(i)};2025-{m:00};{n};\n");
                }
    }

    public static async Task ImportAsync(ThiDuaRuntime runtime, bool bulk)
    {
        var files = new (ImportKind, string)[]
        {
            (ImportKind.Units, Units(bulk)), (ImportKind.Campaigns, Campaigns), (ImportKind.Indicators, Indicators(bulk)),
            (ImportKind.Targets, Targets(bulk)), (ImportKind.Measurements, Measurements), (ImportKind.Ratings, Ratings),
            (ImportKind.AwardForms, AwardForms),
        };
        foreach (var (kind, csv) in files)
        {
            var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, fileName: ImportKindNames.ToCliWord(kind) + ".csv");
            if (!outcome.Accepted) throw new InvalidOperationException($"{kind}: {string.Join("; ", outcome.Errors)}");
        }
    }

    /// <summary>The world imported (not bulk) and its campaign's last month closed: award decisions are accepted only then.</summary>
    public static async Task ClosedYearAsync(ThiDuaRuntime runtime)
    {
        await ImportAsync(runtime, bulk: false);
        await new ThiDua.Periods.Locks.PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock)
            .CloseAsync(Campaign, new ThiDua.Periods.YearMonth(2025, 12), "admin", null);
    }
}
