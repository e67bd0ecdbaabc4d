using ThiDua.Tests.Exports;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua submissions</c> on the seed: in October 2021 Lộc Bình has never sent its poverty rate (LS21-HONGHEO) while
/// the others send it monthly; the May election's turnout (LS21-CUTRI, sent once) is owed by nobody.
/// </summary>
public sealed class CliSubmissionsTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-submissions-").FullName;

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Fact]
    public async Task October_lists_the_unit_that_never_sent_a_monthly_figure_and_nobody_for_a_one_off()
    {
        var csv = await Run("submissions", "--campaign", "LS2021", "--period", "2021-10", "--format", "csv");
        var table = await Run("submissions", "--campaign", "LS2021", "--period", "2021-10");
        var file = Path.Combine(dir, "submissions.xlsx");
        var xlsx = await Run("submissions", "--campaign", "LS2021", "--period", "2021-10", "--format", "xlsx", "--out", file);

        csv.ExitCode.Should().Be(0, csv.ToString());
        csv.StdoutLines[0].Should().Be("cluster,kind,unit,unit_name,expected,reported,state,missing");
        var rows = csv.StdoutLines.Skip(1).Where(l => l.Length > 0).ToList();
        rows.Should().HaveCount(14);
        rows.Where(l => !l.Contains(",complete,", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().MatchRegex(@",LS-LOCBINH,[^,]+,4,3,partial,LS21-HONGHEO:$");
        string.Join("\n", rows).Should().NotContain("LS21-CUTRI");
        table.ExitCode.Should().Be(0, table.ToString());
        table.Stdout.Should().Contain("báo cáo thiếu").And.Contain("LS21-HONGHEO (chưa có)").And.Contain("3/4");
        xlsx.ExitCode.Should().Be(0, xlsx.ToString());
        WorkbookReadBack.Open(file).Sheets.Single().DataTexts(8).Should().HaveCount(14);
    }

    [Fact]
    public async Task The_table_says_which_month_it_lists_while_the_csv_and_json_begin_as_before()
    {
        // Without --period the command reads the latest month anyone sent figures for: the heading says which.
        var table = await Run("submissions", "--campaign", "LS2021");
        var csv = await Run("submissions", "--campaign", "LS2021", "--format", "csv");
        var json = await Run("submissions", "--campaign", "LS2021", "--format", "json");

        table.ExitCode.Should().Be(0, table.ToString());
        table.StdoutLines[0].Should().StartWith("Tình hình báo cáo số liệu — Đợt thi đua đặc biệt lập thành tích")
            .And.EndWith(" — tháng 10/2021 / figures sent for 2021-10 (LS2021)");
        table.StdoutLines[1].Should().StartWith("Cụm, khối");
        csv.StdoutLines[0].Should().Be("cluster,kind,unit,unit_name,expected,reported,state,missing");
        json.StdoutLines[0].Should().Be("[");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
