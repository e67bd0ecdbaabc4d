using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua periods close|reopen</c>: exit 0 when done (or already so), 1 with a bilingual reason when refused.</summary>
public sealed class CliPeriodsTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task Close_and_reopen_exit_0_and_a_refusal_exits_1_with_its_reason_in_both_languages()
    {
        Task<CliResult> Periods(params string[] args) => ThiDuaProcess.RunAsync(["periods", .. args, "--database", db.ConnectionString]);

        var close = await Periods("close", "--campaign", "CD2025", "--month", "2025-06");
        close.ExitCode.Should().Be(0, close.ToString());
        close.Stdout.Should().Contain("Số liệu đã chốt đến hết tháng 06/2025 — ").And.Contain("figures closed through 2025-06 by ");

        var twice = await Periods("close", "--campaign", "CD2025", "--month", "03/2025");
        twice.ExitCode.Should().Be(0, twice.ToString());
        twice.Stdout.Should().Contain("already closed");

        var noReason = await Periods("reopen", "--campaign", "CD2025", "--month", "2025-05");
        noReason.ExitCode.Should().Be(1, noReason.ToString());
        noReason.Stderr.Should().Contain("cần lý do").And.Contain("needs a reason");

        var outside = await Periods("close", "--campaign", "CD2025", "--month", "2024-12");
        outside.ExitCode.Should().Be(1, outside.ToString());
        outside.Stderr.Should().Contain("nằm ngoài thời gian phong trào CD2025").And.Contain("is outside campaign CD2025");

        var unknown = await Periods("close", "--campaign", "KHONG-CO", "--month", "2025-01");
        unknown.ExitCode.Should().Be(1, unknown.ToString());
        unknown.Stderr.Should().Contain("Không tìm thấy phong trào 'KHONG-CO'").And.Contain("Unknown campaign 'KHONG-CO'");

        var reopen = await Periods("reopen", "--campaign", "CD2025", "--month", "2025-05", "--reason", "Bổ sung số liệu tháng 5");
        reopen.ExitCode.Should().Be(0, reopen.ToString());
        reopen.Stdout.Should().Contain("đến hết tháng 04/2025");
        (await db.ScalarAsync("select count(*) from es_events where stream_id = 'campaign-CD2025/periods'")).Should().Be(2);
    }
}
