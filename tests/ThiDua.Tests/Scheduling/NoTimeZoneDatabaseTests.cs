using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Scheduling;

/// <summary>
/// A machine or container without the tzdata package (no <c>/usr/share/zoneinfo</c>): the scheduler's cron triggers are
/// in Vietnam time all the same. <c>TZDIR</c> pointed at an empty folder is what .NET then sees.
/// </summary>
public sealed class NoTimeZoneDatabaseTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private readonly string emptyZoneInfo = Directory.CreateTempSubdirectory("thidua-no-tzdata-").FullName;

    [Fact]
    public async Task Serve_on_a_machine_without_the_time_zone_database_starts_and_schedules_the_monthly_report_at_07_00_Vietnam_time()
    {
        var environment = new Dictionary<string, string?> { ["TZDIR"] = emptyZoneInfo, ["TZ"] = "UTC" };

        await using (var serve = await ServeProcess.StartAsync(db.ConnectionString, environment))
            serve.Output.Should().NotContain("TimeZoneNotFoundException");
        // A second start reads the stored trigger back, its zone looked up by id.
        await using (var again = await ServeProcess.StartAsync(db.ConnectionString, environment))
            again.Output.Should().NotContain("TimeZoneNotFoundException");

        var next = new DateTimeOffset(await db.ScalarAsync("select next_fire_time from qrtz_triggers where trigger_name = 'monthly-reports'"), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromHours(7));
        (next.Day, next.Hour, next.Minute).Should().Be((1, 7, 0), "the 1st at 07:00 in Vietnam, whatever the machine knows of zones");
        (await db.ScalarAsync("select count(*) from qrtz_cron_triggers where time_zone_id = 'Asia/Ho_Chi_Minh'")).Should().Be(2);
    }

    public void Dispose() => Directory.Delete(emptyZoneInfo, recursive: true);
}
