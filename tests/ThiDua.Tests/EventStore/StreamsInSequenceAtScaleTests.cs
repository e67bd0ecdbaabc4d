using System.Text.Json;
using Npgsql;
using ThiDua.EventStore.Reading;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.EventStore;

/// <summary>
/// A campaign's events read in sequence order (a monthly report "as of" its cut-off, with its corrections) read that
/// campaign's streams, not the log: campaign CU's 1,800 events between 40,000 of another (the audit's fixture).
/// Asserted on the plan PostgreSQL runs (EXPLAIN ANALYZE), never on time.
/// </summary>
public sealed class StreamsInSequenceAtScaleTests(AuditAtScaleTests.Log log) : IClassFixture<AuditAtScaleTests.Log>
{
    [Fact]
    public async Task The_read_is_never_jit_compiled_even_where_postgresql_would_compile_anything()
    {
        await using var conn = await log.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var eager = new NpgsqlCommand("set local jit_above_cost = 0", conn, tx)) await eager.ExecuteNonQueryAsync();
        await using (var settings = new NpgsqlCommand(EventReader.ReadSettings, conn, tx)) await settings.ExecuteNonQueryAsync();
        await using var cmd = new NpgsqlCommand("explain (analyze, format json) " + EventReader.StreamsInSequence(withMetadata: true), conn, tx);
        cmd.Parameters.AddWithValue("ids", new[] { "campaign-CU/unit-DV-0", "campaign-CU/unit-DV-1" });
        cmd.Parameters.AddWithValue("after", 0L);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, DBNull.Value);

        using var plan = JsonDocument.Parse((string)(await cmd.ExecuteScalarAsync())!);

        plan.RootElement[0].TryGetProperty("JIT", out _).Should().BeFalse("compiling costs 0.3 s where reading the rows costs milliseconds");
    }

    [Theory]
    [InlineData(741, 1_300_000, true)]      // an old campaign's report beside years of others: stream by stream
    [InlineData(60_000, 2_300_000, true)]
    [InlineData(996_000, 2_300_000, false)] // a campaign that is half the log: walked in order (1.1 s, not 3.6 s)
    [InlineData(1_000, 1_000, false)]       // the only campaign
    public void Streams_holding_a_large_share_of_the_log_are_read_by_walking_it(long streamEvents, long logEvents, bool byStream)
    {
        EventReader.ReadByStream(streamEvents, logEvents).Should().Be(byStream);
    }

    [Fact]
    public async Task A_monthly_reports_read_of_an_old_campaign_touches_its_own_events_not_the_whole_log()
    {
        await using var cmd = log.DataSource.CreateCommand("explain (analyze, format json) " + EventReader.StreamsInSequence(withMetadata: true));
        // As SnapshotLoader asks: the campaign's streams, and every unit's (the 500 defined before it).
        cmd.Parameters.AddWithValue("ids", new[] { "campaign-CU/unit-DV-0", "campaign-CU/unit-DV-1", "campaign-CU/unit-DV-2", "unit-DV-1" }
            .Concat(Enumerable.Range(0, 500).Select(u => $"unit-P{u}")).ToArray());
        cmd.Parameters.AddWithValue("after", 0L);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.TimestampTz, DBNull.Value);

        using var plan = JsonDocument.Parse((string)(await cmd.ExecuteScalarAsync())!);

        var touched = 0.0;
        Walk(plan.RootElement[0].GetProperty("Plan"));
        touched.Should().BeLessThan(6000, "the campaign's 1,801 events and 500 units' (a bitmap counts each twice), not the 42,301 of the log");

        void Walk(JsonElement node)
        {
            if ((node.TryGetProperty("Relation Name", out var r) ? r.GetString() : node.TryGetProperty("Index Name", out var i) ? i.GetString() : null)
                is { } name && name.StartsWith("es_events", StringComparison.Ordinal))
                touched += node.GetProperty("Actual Loops").GetDouble() * (node.GetProperty("Actual Rows").GetDouble()
                    + (node.TryGetProperty("Rows Removed by Filter", out var f) ? f.GetDouble() : 0));
            if (node.TryGetProperty("Plans", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child);
        }
    }
}
