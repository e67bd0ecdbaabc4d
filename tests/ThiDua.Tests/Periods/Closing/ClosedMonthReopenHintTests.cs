using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Periods.Closing;

/// <summary>
/// A figure of a closed month says how to get the month reopened in the words of the reader's place: a clerk on
/// /imports was told "thidua periods reopen", a command they cannot run, instead of where an admin reopens it.
/// </summary>
public sealed class ClosedMonthReopenHintTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_clerk_on_the_import_page_changing_a_closed_month_is_pointed_to_the_campaign_page_and_the_cli_to_the_whole_command()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 4, 5, 2, 0, 0, TimeSpan.Zero));
        await using var runtime = await db.OpenRuntimeAsync(clock);
        await ImportWorld.ImportAsync(runtime, bulk: false);
        (await new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock).CloseAsync(Campaign, new YearMonth(2025, 3), "admin", null))
            .Accepted.Should().BeTrue();
        var january = MeasurementsHeader + "CD2025;D01;AL;2025-01;25;\n";

        var web = (await ImportAsync(runtime, january, CultureChoice.WebForm)).Errors.Single();
        var cli = (await ImportAsync(runtime, january, CultureChoice.CliOption)).Errors.Single();

        web.MessageVi.Should().EndWith("Nhờ quản trị mở lại từ tháng 01/2025 ở mục 'Chốt số liệu' của trang /campaigns/CD2025 (cần ghi lý do) nếu cần sửa.")
            .And.NotContain("thidua periods");
        web.MessageEn.Should().EndWith("Ask an admin to reopen it from 2025-01 in the 'Chốt số liệu' section of /campaigns/CD2025 (a reason is required) first.");
        cli.MessageVi.Should().EndWith("Nhờ quản trị mở lại (thidua periods reopen --campaign CD2025 --month 2025-01 --reason \"…\") nếu cần sửa.");
        cli.MessageEn.Should().EndWith("(thidua periods reopen --campaign CD2025 --month 2025-01 --reason \"…\") first.");
    }

    private static async Task<ImportOutcome> ImportAsync(ThiDua.Hosting.ThiDuaRuntime runtime, string csv, CultureChoice reader)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(stream, new ImportRequest("thang-1.csv", ImportKind.Measurements, NumberCulture.Vi, true, "phan.thi.c", CultureChoice: reader));
    }
}
