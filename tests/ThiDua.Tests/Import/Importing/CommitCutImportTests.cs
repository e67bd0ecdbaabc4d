using System.Text;
using FluentAssertions;
using Npgsql;
using ThiDua.Cli.Common;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// The connection lost during an import's commit: the import asks PostgreSQL, on a new connection, whether its
/// transaction committed, and says what happened instead of guessing "nothing was written".
/// </summary>
public sealed class CommitCutImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_found_written_and_the_import_is_accepted()
    {
        await using var proxy = new CommitCutProxy(db.ConnectionString, passCommitOn: true);
        var before = await db.ScalarAsync("select count(*) from es_events");

        var outcome = await ImportUnitsAsync(proxy, "CCW");

        proxy.HasCut.Should().BeTrue("the client never heard the server's answer to its COMMIT");
        outcome.Accepted.Should().BeTrue();
        outcome.Written.Should().BeTrue();
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(before + 3);
        (await db.ScalarAsync("select count(*) from rm_units where code like 'CCW%'")).Should().Be(3);
    }

    [Fact]
    public async Task A_commit_cut_before_it_reached_the_server_is_found_not_written_and_says_nothing_was()
    {
        await using var proxy = new CommitCutProxy(db.ConnectionString, passCommitOn: false);
        var before = await DatabaseFingerprint.TakeAsync(db);

        var import = () => ImportUnitsAsync(proxy, "CCN");

        var thrown = await import.Should().ThrowAsync<NpgsqlException>();
        proxy.HasCut.Should().BeTrue();
        DatabaseInterrupted.Import("don_vi.csv", thrown.Which).Should().Contain("nothing was written").And.Contain("Không có gì được ghi");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    [Fact]
    public async Task A_commit_cut_with_the_database_then_unreachable_says_it_cannot_tell_and_importing_again_is_safe()
    {
        await using var proxy = new CommitCutProxy(db.ConnectionString, passCommitOn: true, refuseAfterCut: true);

        var import = () => ImportUnitsAsync(proxy, "CCU");

        var thrown = await import.Should().ThrowAsync<ImportCommitUncertainException>();
        var said = DatabaseInterrupted.Import("don_vi.csv", thrown.Which);
        said.Should().Contain("chưa biết tệp đã được ghi hay chưa").And.Contain("whether it was written is not known")
            .And.Contain("import the file again").And.NotContain("nothing was written");
        // It was written (the server got the COMMIT): the same file again, straight to the database, changes nothing.
        await using var runtime = await db.OpenRuntimeAsync();
        var again = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsCsv("CCU"), fileName: "don_vi.csv");
        again.Accepted.Should().BeTrue();
        (again.Events, again.Unchanged).Should().Be((0, 3));
    }

    private async Task<ImportOutcome> ImportUnitsAsync(CommitCutProxy proxy, string prefix)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await using var throughProxy = NpgsqlDataSource.Create(proxy.ConnectionString);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(UnitsCsv(prefix)));
        return await new CsvImporter(throughProxy, runtime.Store, runtime.Clock)
            .ImportAsync(content, new ImportRequest("don_vi.csv", ImportKind.Units, NumberCulture.Vi, false, "test"));
    }

    private static string UnitsCsv(string prefix) =>
        $"code;name;kind;parent;cluster\n{prefix}1;Đơn vị một;collective;;\n{prefix}2;Đơn vị hai;collective;;\n{prefix}3;Đơn vị ba;collective;;\n";
}
