using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>
/// The reports list says what each report's cover says it is as of: "07/12/2026 06:05:13", not "06:05" — two reports
/// made in one minute read apart, and the instant listed, given back as --as-of, remakes the same document.
/// </summary>
public sealed partial class ReportsListCutOffTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-reports-cutoff-").FullName;

    [Fact]
    public async Task Two_reports_made_in_one_minute_are_listed_with_the_cut_off_their_covers_print()
    {
        Write("LS2021", "2021-06", "2026-12-07T06:05:13+07:00");
        Write("LS2021", "2021-07", "2026-12-07T06:05:41.5+07:00");
        Write("LS2021", "2021-08", "2021-09-01T07:00:00+07:00");
        await using var app = await ReportsFolderWebApp.StartAsync(db.ConnectionString, folder);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "cutoff-reader", Role.Viewer));

        var cells = CutOffCell().Matches(WebUtility.HtmlDecode(await client.GetStringAsync("/reports"))).Select(m => m.Groups[1].Value).ToList();

        // The covers print VietnameseDates.CutOff: seconds (and a fraction) when the cut-off is not on a minute.
        cells.Should().Equal("07/12/2026 06:05:41.5", "07/12/2026 06:05:13", "01/09/2021 07:00");
    }

    private void Write(string campaign, string month, string cutOff) => ReportsFolderWebApp.WriteMonthly(folder, campaign, month, cutOff);

    [GeneratedRegex("<tr><td>Báo cáo tiến độ[^\\n]*?</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td>")]
    private static partial Regex CutOffCell();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
