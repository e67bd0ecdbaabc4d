using Npgsql;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Upgrading;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua db backup FILE</c> and <c>thidua db restore FILE [--replace]</c> run as an operator runs them, on the seed data:
/// the restored database answers every ranking, attainment and award as the original, its users' tokens still work, its
/// log goes on without a gap; and what a restore refuses leaves the database as it was.
/// </summary>
public sealed class CliDbBackupTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("thidua-backup-").FullName;

    private string Backup => Path.Combine(_folder, "thidua.dump");

    [Fact]
    public async Task A_backup_restored_into_a_new_database_answers_as_the_original_and_its_tokens_and_log_go_on()
    {
        string token;
        await using (var original = await seeded.OpenRuntimeAsync())
            token = (await new UserStore(original.DataSource, original.Clock).AddAsync("sao.luu", Role.Viewer, null)).Token;
        var backup = await ThiDuaProcess.RunAsync(["db", "backup", Backup, "--database", seeded.ConnectionString]);
        backup.ExitCode.Should().Be(0, backup.ToString());
        var target = await EmptyDatabaseAsync();

        var restore = await ThiDuaProcess.RunAsync(["db", "restore", Backup, "--database", target]);

        restore.ExitCode.Should().Be(0, restore.ToString());
        await using var restored = await ThiDuaRuntime.OpenAsync(target);
        await using (var original = await seeded.OpenRuntimeAsync())
            (await FirstReleaseDatabases.AnswersAsync(restored)).Should().Equal(await FirstReleaseDatabases.AnswersAsync(original));
        (await new UserStore(restored.DataSource, restored.Clock).FindByTokenAsync(token)).Should().NotBeNull("a token made before the backup signs in after the restore");
        var lastSeq = await seeded.ScalarAsync("select max(seq) from es_events");
        // Each half in its own language's numbers (1.258 / 1,258); the backup names the file to restore wherever run from.
        var english = lastSeq.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        restore.Stdout.Should().Contain($"(seq cuối {english.Replace(',', '.')})").And.Contain($"(last seq {english})");
        backup.Stdout.Should().Contain($"thidua db restore {Backup}").And.MatchRegex(@"\d byte, \d+,\d giây / [\d,]+ bytes, \d+\.\d s\.");
        (await ProductDatabase.ImportAsync(restored, ImportKind.Units, "code;name;kind;parent\nBK-MOI;Phòng mới;collective;\n")).Accepted.Should().BeTrue();
        await using var next = restored.DataSource.CreateCommand("select min(seq) from es_events where seq > @s");
        next.Parameters.AddWithValue("s", lastSeq);
        ((long)(await next.ExecuteScalarAsync())!).Should().Be(lastSeq + 1);
    }

    [Fact]
    public async Task A_restore_refuses_a_database_holding_data_without_replace_one_in_use_and_a_cut_short_backup()
    {
        (await ThiDuaProcess.RunAsync(["db", "backup", Backup, "--database", seeded.ConnectionString])).ExitCode.Should().Be(0);
        var target = await EmptyDatabaseAsync();
        (await ThiDuaProcess.RunAsync(["db", "restore", Backup, "--database", target])).ExitCode.Should().Be(0);

        var holdsData = await ThiDuaProcess.RunAsync(["db", "restore", Backup, "--database", target]);
        holdsData.ExitCode.Should().Be(1, holdsData.ToString());
        holdsData.Stderr.Should().Contain("--replace").And.Contain(" / ").And.Contain("nothing was written");

        await using (var other = new NpgsqlConnection(target))
        {
            await other.OpenAsync();
            var inUse = await ThiDuaProcess.RunAsync(["db", "restore", Backup, "--replace", "--database", target]);
            inUse.ExitCode.Should().Be(1, inUse.ToString());
            inUse.Stderr.Should().Contain("thidua serve").And.Contain("stop them");
        }
        NpgsqlConnection.ClearAllPools();

        var cut = Path.Combine(_folder, "cut.dump");
        var bytes = await File.ReadAllBytesAsync(Backup);
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)]);
        await using (var writer = new NpgsqlConnection(target))
        {
            await writer.OpenAsync();
            await using var cmd = new NpgsqlCommand("insert into app_users values ('sau.sao.luu', 'viewer', null, 's', now(), now())", writer);
            await cmd.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        var cutShort = await ThiDuaProcess.RunAsync(["db", "restore", cut, "--replace", "--database", target]);
        cutShort.ExitCode.Should().Be(1, cutShort.ToString());
        cutShort.Stderr.Should().Contain("the database was left as it was");
        await using var check = NpgsqlDataSource.Create(target);
        await using var users = check.CreateCommand("select count(*) from app_users where name = 'sau.sao.luu'");
        ((long)(await users.ExecuteScalarAsync())!).Should().Be(1, "nothing of the cut-short backup replaced what was there");
    }

    [Fact]
    public async Task A_backup_into_a_folder_that_does_not_exist_says_so_and_writes_nothing()
    {
        var missing = Path.Combine(_folder, "chua-co", "thidua.dump");

        var backup = await ThiDuaProcess.RunAsync(["db", "backup", missing, "--database", seeded.ConnectionString]);

        backup.ExitCode.Should().Be(1, backup.ToString());
        backup.Stderr.Should().Contain("does not exist").And.Contain("mkdir -p").And.Contain(" / ");
        Directory.Exists(Path.GetDirectoryName(missing)).Should().BeFalse();
    }

    [Fact]
    public async Task A_backup_restores_into_the_embedded_database_of_a_new_THIDUA_HOME()
    {
        (await ThiDuaProcess.RunAsync(["db", "backup", Backup, "--database", seeded.ConnectionString])).ExitCode.Should().Be(0);
        var home = new Dictionary<string, string?> { ["THIDUA_HOME"] = Path.Combine(_folder, "home") };

        var restore = await ThiDuaProcess.RunAsync(["db", "restore", Backup], home);

        restore.ExitCode.Should().Be(0, restore.ToString());
        var restored = await ThiDuaProcess.RunAsync(["ranking", "--campaign", "KG2021", "--format", "csv"], home);
        var original = await ThiDuaProcess.RunAsync(["ranking", "--campaign", "KG2021", "--format", "csv", "--database", seeded.ConnectionString]);
        restored.Stdout.Should().Be(original.Stdout).And.NotBeEmpty();
    }

    // As `thidua db start` leaves a new local database: created, nothing in it.
    private static async Task<string> EmptyDatabaseAsync()
    {
        var name = "r_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresServer.Instance.EnsureDatabaseAsync(name);
        return PostgresServer.Instance.ConnectionString(name);
    }

    public void Dispose()
    {
        var local = new ThiDua.EventStore.LocalServer.LocalPostgres(Path.Combine(_folder, "home"));
        try
        {
            local.Stop(immediate: true);
        }
        finally
        {
            local.Destroy();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
