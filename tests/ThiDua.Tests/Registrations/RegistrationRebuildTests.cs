using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Registrations;

/// <summary>The analytics projection with registrations and cluster names rebuilds to the same bytes, and so do the registry tables.</summary>
public sealed class RegistrationRebuildTests(RegistrationWorldDatabase db) : IClassFixture<RegistrationWorldDatabase>
{
    private const string StoredRowsSql = """
        select string_agg(x, E'\n' order by x) from (
            select campaign || ' ' || kind || ' ' || period || ' ' || part || ' ' || rows::text as x from analytics_results
            union all select 'cluster ' || code || ' ' || definition::text from rm_clusters
            union all select 'registration ' || campaign || ' ' || unit || ' ' || form || ' ' || definition::text from rm_registrations
        ) t
        """;

    [Fact]
    public async Task Rebuilding_from_zero_gives_the_same_stored_rows()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var named = await ProductDatabase.ImportAsync(runtime, ImportKind.Clusters, "code;name;note\nK1;Cụm thi đua các phòng;\n");
        named.Accepted.Should().BeTrue(string.Join("; ", named.Errors));
        await runtime.Daemon.CatchUpAsync();
        var incremental = await StoredAsync();

        await runtime.RebuildAsync();

        incremental.Should().Contain("\"code\":\"registered_late\"").And.Contain("\"clusterName\":\"Cụm thi đua các phòng\"")
            .And.Contain("registration DK2025 P01 LDTT");
        (await StoredAsync()).Should().Be(incremental);
    }

    private async Task<string> StoredAsync()
    {
        await using var cmd = db.DataSource.CreateCommand(StoredRowsSql);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
