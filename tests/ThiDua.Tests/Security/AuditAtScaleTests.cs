using System.Text.Json;
using Npgsql;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// The audit of one campaign or unit in a log of years of other campaigns reads that campaign's own events, not the log:
/// a campaign of 1,800 events between 40,000 events of another, older and newer. Asserted on the plans PostgreSQL runs (EXPLAIN
/// ANALYZE: no sequential scan of es_events, and the events it touches bounded by the campaign's), never on time; the
/// rows and counts are checked against a plain filter of the whole log.
/// </summary>
public sealed class AuditAtScaleTests(AuditAtScaleTests.Log log) : IClassFixture<AuditAtScaleTests.Log>
{
    private const int Bound = 4000; // campaign CU's 1,800 events, twice over (a bitmap's index and table), and a page

    public static TheoryData<string?, string?, string?, string?, bool> Filters() => new()
    {
        { "CU", null, null, null, false },
        { "CU", null, null, null, true },
        { "CU", "DV-1", null, null, false },
        { null, "DV-1", null, null, true },
        { "CU", null, "CT-2", null, true },
        { "CU", null, null, "nguoi-cu", false },
        { null, null, null, null, false },
        { null, null, null, null, true },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Audit_of_an_old_campaign_or_unit_reads_its_own_events_not_every_event_recorded_since(
        string? campaign, string? unit, string? indicator, string? actor, bool secondPage)
    {
        var trail = new AuditTrail(log.DataSource);
        var first = new AuditQuery(campaign, unit, 50, null, indicator, actor);
        var query = secondPage ? first with { Before = (await trail.ReadAsync(first))[^1].Seq } : first;

        foreach (var cmd in new[] { AuditSql.Page(log.DataSource, query), AuditSql.Count(log.DataSource, query) })
        {
            await using (cmd)
            {
                var (seqScans, touched) = await EsEventsReadAsync(cmd);
                seqScans.Should().Be(0, $"a sequential scan of es_events reads the whole log:\n{cmd.CommandText}");
                // Unfiltered, the page is the log's own newest rows: bounded by the page, as for a campaign.
                touched.Should().BeLessThan(Bound, $"es_events rows read for one page or count:\n{cmd.CommandText}");
            }
        }
        var expected = await ExpectedSeqsAsync(query with { Before = null });
        var newer = query.Before is { } b ? expected.Count(s => s >= b) : 0;
        (await trail.ReadAsync(query)).Select(e => e.Seq).Should().Equal(expected.Where(s => query.Before is not { } b || s < b).Take(50));
        (await trail.CountAsync(query)).Should().Be(new AuditCount(expected.Count, newer));
    }

    // The plan's nodes on es_events: how many are sequential scans, and how many rows they read (kept or filtered out).
    private static async Task<(int SeqScans, double Touched)> EsEventsReadAsync(NpgsqlCommand cmd)
    {
        cmd.CommandText = "explain (analyze, format json) " + cmd.CommandText;
        using var plan = JsonDocument.Parse((string)(await cmd.ExecuteScalarAsync())!);
        var (scans, touched) = (0, 0.0);
        Walk(plan.RootElement[0].GetProperty("Plan"));
        return (scans, touched);

        void Walk(JsonElement node)
        {
            // A table scan names the table; a bitmap index scan only its index (es_events_pkey, …).
            if ((node.TryGetProperty("Relation Name", out var r) ? r.GetString() : node.TryGetProperty("Index Name", out var i) ? i.GetString() : null)
                is { } name && name.StartsWith("es_events", StringComparison.Ordinal))
            {
                scans += node.GetProperty("Node Type").GetString()!.Contains("Seq Scan", StringComparison.Ordinal) ? 1 : 0;
                var loops = node.GetProperty("Actual Loops").GetDouble();
                touched += loops * (node.GetProperty("Actual Rows").GetDouble()
                    + (node.TryGetProperty("Rows Removed by Filter", out var f) ? f.GetDouble() : 0));
            }
            if (node.TryGetProperty("Plans", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child);
        }
    }

    // The same filter written plainly over the whole log, newest first.
    private async Task<List<long>> ExpectedSeqsAsync(AuditQuery q)
    {
        await using var cmd = log.DataSource.CreateCommand("""
            select seq from es_events
            where (@c::text is null or starts_with(stream_id, 'campaign-' || @c || '/'))
              and (@u::text is null or stream_id = 'unit-' || @u or right(stream_id, length(@u) + 6) = '/unit-' || @u)
              and (@i::text is null or data->>'indicatorCode' = @i) and (@a::text is null or metadata->>'actor' = @a)
            order by seq desc
            """);
        cmd.Parameters.Add(new NpgsqlParameter("c", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.Campaign ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("u", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.Unit ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("i", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.Indicator ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("a", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.Actor ?? DBNull.Value });
        var seqs = new List<long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) seqs.Add(reader.GetInt64(0));
        return seqs;
    }

    /// <summary>
    /// 500 units defined first (unit-P…), then campaign CU (3 unit streams × 600 versions, 4 indicators, two users; and
    /// unit DV-1's own stream) between 5,000
    /// older and 35,000 newer events of campaign MOI (400 streams × 100 versions), as a log years on would hold them:
    /// a page "before" one of CU's events must not read the older log either.
    /// </summary>
    public sealed class Log : ProductDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ExecuteAsync("""
                insert into es_streams (stream_id, version, created_at)
                    select 'campaign-CU/unit-DV-' || u, 600, now() from generate_series(0, 2) u
                    union all select 'unit-DV-1', 1, now()
                    union all select 'unit-P' || u, 1, now() from generate_series(0, 499) u
                    union all select 'campaign-MOI/unit-DV-' || u, 100, now() from generate_series(0, 399) u;
                insert into es_events (event_id, stream_id, version, type, data, metadata, recorded_at)
                    select gen_random_uuid(), 'unit-P' || u, 1, 'UnitDefined', '{}', '{"actor": "nguoi-cu"}', now() from generate_series(0, 499) u;
                insert into es_events (event_id, stream_id, version, type, data, metadata, recorded_at)
                    select gen_random_uuid(), 'campaign-MOI/unit-DV-' || g % 400, g / 400 + 1, 'MeasurementRecorded',
                           jsonb_build_object('indicatorCode', 'CT-' || g % 4, 'value', g), '{"actor": "nguoi-moi"}', now()
                    from generate_series(0, 4999) g;
                insert into es_events (event_id, stream_id, version, type, data, metadata, recorded_at)
                    select gen_random_uuid(), 'campaign-CU/unit-DV-' || g % 3, g / 3 + 1, 'MeasurementRecorded',
                           jsonb_build_object('indicatorCode', 'CT-' || g % 4, 'value', g),
                           jsonb_build_object('actor', case when g % 5 = 0 then 'nguoi-cu' else 'nguoi-khac' end), now()
                    from generate_series(0, 1799) g;
                insert into es_events (event_id, stream_id, version, type, data, metadata, recorded_at)
                    values (gen_random_uuid(), 'unit-DV-1', 1, 'UnitDefined', '{}', '{"actor": "nguoi-cu"}', now());
                insert into es_events (event_id, stream_id, version, type, data, metadata, recorded_at)
                    select gen_random_uuid(), 'campaign-MOI/unit-DV-' || g % 400, g / 400 + 1, 'MeasurementRecorded',
                           jsonb_build_object('indicatorCode', 'CT-' || g % 4, 'value', g), '{"actor": "nguoi-moi"}', now()
                    from generate_series(5000, 39999) g;
                analyze es_events; analyze es_streams;
                """);
        }
    }
}
