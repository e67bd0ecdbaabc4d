using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Upgrading;

/// <summary>
/// An operator keeps only the log and the users (<c>pg_dump --data-only -t es_events -t es_streams -t app_users -t api_tokens</c>)
/// and restores them into a new database. The rows come back, their sequences do not (pg_dump writes a sequence's value
/// only when the sequence itself is chosen): every later import failed with "duplicate key es_events_pkey", each retry
/// burning one number, and adding a user with "duplicate key api_tokens_pkey". The product now mends the sequences
/// when it opens the database.
/// </summary>
public sealed class EventsRestoredWithoutSequenceTests : IAsyncLifetime
{
    private readonly ProductDatabase _original = new();
    private readonly ProductDatabase _restored = new();
    private readonly string _dump = Path.Combine(Path.GetTempPath(), $"thidua-events-{Guid.NewGuid():N}.sql");

    public async Task InitializeAsync()
    {
        await _original.InitializeAsync();
        await _restored.InitializeAsync();
        await using var runtime = await _original.OpenRuntimeAsync();
        foreach (var (kind, file) in SeedFiles.InOrder.Take(3))
            (await ImportFileAsync(runtime, kind, file)).Accepted.Should().BeTrue();
        await new UserStore(runtime.DataSource, runtime.Clock).AddAsync("nguyen.van.a", Role.Analyst, "mat-khau-du-dai");
    }

    [Fact]
    public async Task Events_and_users_restored_without_their_sequences_take_new_imports_and_users_after_a_rebuild()
    {
        var lastSeq = await _original.ScalarAsync("select max(seq) from es_events");
        await PostgresTools.RunAsync("pg_dump", _original.Name, "--data-only", "-t", "es_events", "-t", "es_streams", "-t", "app_users", "-t", "api_tokens", "-f", _dump);
        await PostgresTools.RunAsync("psql", _restored.Name, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", _dump);

        await using var runtime = await _restored.OpenRuntimeAsync();
        (await runtime.RebuildAsync()).Should().Be(lastSeq, "every event was restored");
        var targets = await ImportFileAsync(runtime, ImportKind.Targets, "targets.csv");
        var user = await new UserStore(runtime.DataSource, runtime.Clock).AddAsync("tran.thi.b", Role.Viewer, null);

        targets.Accepted.Should().BeTrue(string.Join("; ", targets.Errors));
        (await _restored.ScalarAsync($"select min(seq) from es_events where seq > {lastSeq}")).Should().Be(lastSeq + 1, "the log goes on where it stopped, without a gap");
        (await new UserStore(runtime.DataSource, runtime.Clock).FindByTokenAsync(user.Token)).Should().NotBeNull();
        (await new UserStore(runtime.DataSource, runtime.Clock).VerifyPasswordAsync("nguyen.van.a", "mat-khau-du-dai")).Should().NotBeNull("the restored user signs in");
    }

    private static async Task<ThiDua.Import.Importing.ImportOutcome> ImportFileAsync(ThiDuaRuntime runtime, ImportKind kind, string file) =>
        await ProductDatabase.ImportAsync(runtime, kind, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, file)), fileName: file, acceptWarnings: true);

    public async Task DisposeAsync()
    {
        File.Delete(_dump);
        await _original.DisposeAsync();
        await _restored.DisposeAsync();
    }
}
