using System.Text;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Web.Submissions;

/// <summary>
/// The seed, plus a campaign of 3,000 collective units (cụm SB-A) with two monthly indicators, for January: a third
/// sent both (complete), a third SB-01 only (báo cáo thiếu), a third nothing (chưa báo cáo) — 2,000 units owing, four
/// pages of 500, and 1,000 complete, two pages of names.
/// </summary>
public sealed class OwingThousandsWebApp : SeededWebApp
{
    public const string Campaign = "SB2025";
    public const int Units = 3000;

    public static string Unit(int n) => $"SB-{n:D4}";

    protected override async Task Prepare(ThiDuaRuntime runtime)
    {
        var units = new StringBuilder("code;name;kind;parent;cluster\n");
        var targets = new StringBuilder("campaign;indicator;unit;target;target_max;baseline;deadline\n");
        var measurements = new StringBuilder("campaign;unit;indicator;period;value;note\n");
        for (var n = 0; n < Units; n++)
        {
            units.Append($"{Unit(n)};Đơn vị báo cáo {n};collective;;SB-A\n");
            targets.Append($"{Campaign};SB-01;{Unit(n)};100;;;\n{Campaign};SB-02;{Unit(n)};100;;;\n");
            if (n % 3 != 2) measurements.Append($"{Campaign};{Unit(n)};SB-01;2025-01;90;\n");
            if (n % 3 == 0) measurements.Append($"{Campaign};{Unit(n)};SB-02;2025-01;90;\n");
        }
        await ImportAccepted(runtime, ImportKind.Units, units.ToString());
        await ImportAccepted(runtime, ImportKind.Campaigns, $"code;name;kind;start;end;score_cap\n{Campaign};Phong trào báo cáo 2025;annual;2025-01-01;2025-12-31;1,2\n");
        await ImportAccepted(runtime, ImportKind.Indicators, $"campaign;code;name;uom;direction;aggregation;weight\n{Campaign};SB-01;Số hồ sơ giải quyết;hồ sơ;at_least;sum;1\n"
            + $"{Campaign};SB-02;Số cuộc kiểm tra;cuộc;at_least;sum;1\n");
        await ImportAccepted(runtime, ImportKind.Targets, targets.ToString());
        await ImportAccepted(runtime, ImportKind.Measurements, measurements.ToString());
    }
}
