using System.Text;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>
/// The seed, plus a campaign of national size for the campaign page's tables: 1,101 collective units (600 in cluster
/// NC-A, 501 in NC-B) with one indicator, reported for January — three pages of 500 ranked units.
/// </summary>
public sealed class NationalCampaignWebApp : SeededWebApp
{
    public const string Campaign = "NC2025";
    public const int Units = 1101;

    public static string Unit(int n) => $"NC-{n:D4}";

    protected override async Task Prepare(ThiDuaRuntime runtime)
    {
        var units = new StringBuilder("code;name;kind;parent;cluster\n");
        var targets = new StringBuilder("campaign;indicator;unit;target;target_max;baseline;deadline\n");
        var measurements = new StringBuilder("campaign;unit;indicator;period;value;note\n");
        for (var n = 0; n < Units; n++)
        {
            units.Append($"{Unit(n)};Đơn vị toàn quốc {n};collective;;{(n < 600 ? "NC-A" : "NC-B")}\n");
            targets.Append($"{Campaign};NC-01;{Unit(n)};100;;;\n");
            // Distinct scores, falling with the number: the ranking's order is the units' order.
            measurements.Append($"{Campaign};{Unit(n)};NC-01;2025-01;{2000 - n};\n");
        }
        await ImportAccepted(runtime, ImportKind.Units, units.ToString());
        await ImportAccepted(runtime, ImportKind.Campaigns, $"code;name;kind;start;end;score_cap\n{Campaign};Phong trào toàn quốc 2025;annual;2025-01-01;2025-12-31;1,2\n");
        await ImportAccepted(runtime, ImportKind.Indicators, $"campaign;code;name;uom;direction;aggregation;weight\n{Campaign};NC-01;Số hồ sơ giải quyết;hồ sơ;at_least;sum;1\n");
        await ImportAccepted(runtime, ImportKind.Targets, targets.ToString());
        await ImportAccepted(runtime, ImportKind.Measurements, measurements.ToString());
    }
}
