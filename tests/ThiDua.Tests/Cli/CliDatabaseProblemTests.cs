using Npgsql;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// A database that answers but cannot be used, and a serve whose reports folder cannot be made: what, where and how to
/// fix it in both languages, exit 1, no stack trace (found by a fault run: Npgsql's bare text, and the host's
/// "Hosting failed to start" with a DirectoryNotFoundException).
/// </summary>
public sealed class CliDatabaseProblemTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_database_that_does_not_exist_on_the_server_is_named_with_the_fix()
    {
        var missing = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "thidua_no_such_db" }.ConnectionString;

        var result = await ThiDuaProcess.RunAsync("ranking", "--campaign", "LS2021", "--database", missing);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("Database=thidua_no_such_db").And.Contain("cơ sở dữ liệu này không tồn tại trên máy chủ")
            .And.Contain("no such database on the server").And.Contain("Fix Database= in --database or THIDUA_DATABASE, or create it (createdb)")
            .And.NotContain("   at ");
    }

    [Fact]
    public async Task An_import_into_a_database_that_does_not_exist_says_what_to_fix_not_to_wait_for_the_database_to_come_back()
    {
        var missing = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "thidua_no_such_db" }.ConnectionString;
        var file = Path.Combine(Path.GetTempPath(), "thidua-units-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        await File.WriteAllTextAsync(file, "code;name;kind;parent;cluster\nX-1;Đơn vị X;collective;;\n");
        try
        {
            var result = await ThiDuaProcess.RunAsync("import", "units", file, "--database", missing);

            result.ExitCode.Should().Be(1, result.ToString());
            result.Stderr.Should().Contain("no such database on the server").And.Contain("Fix Database=")
                .And.Contain("nothing was written").And.NotContain("once the database is back").And.NotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Serve_with_a_reports_folder_it_cannot_make_says_so_in_one_bilingual_line_before_the_host_starts()
    {
        var file = Path.Combine(Path.GetTempPath(), "thidua-reports-file-" + Guid.NewGuid().ToString("N")[..8]);
        await File.WriteAllTextAsync(file, "");
        try
        {
            var reports = Path.Combine(file, "reports");
            var result = await ThiDuaProcess.RunAsync(["serve", "--database", db.ConnectionString, "--urls", "http://127.0.0.1:0"],
                new Dictionary<string, string?> { ["THIDUA_REPORTS"] = reports });

            result.ExitCode.Should().Be(1, result.ToString());
            result.Stderr.Should().Contain($"Không tạo được thư mục báo cáo {reports}").And.Contain($"cannot create the reports folder {reports}")
                .And.Contain("part of the path is a file").And.Contain("Set THIDUA_REPORTS (or THIDUA_HOME) to a folder you can write");
            (result.Stdout + result.Stderr).Should().NotContain("Hosting failed to start").And.NotContain("   at ").And.NotContain("listening on");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
