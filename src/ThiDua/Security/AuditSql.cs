using Npgsql;
using NpgsqlTypes;
using ThiDua.Campaigns.Defining;
using ThiDua.Units.Defining;

namespace ThiDua.Security;

/// <summary>
/// The audit's statements, written for what the filter narrows to. A campaign or a unit names its streams: they are
/// found in <c>es_streams</c> (one row a stream) and read stream by stream through the <c>(stream_id, version)</c>
/// index, newest version first — within a stream versions follow the global sequence, since an append locks its
/// stream's row before it takes its numbers. Filtering a walk of the whole log instead cost every page of an old
/// campaign, and every count, a read of every event ever stored (3 s for a 2,000-event campaign beside 1.3M events).
/// Without any filter the count is the streams' versions summed. A user, indicator or day alone still reads the log.
/// </summary>
internal static class AuditSql
{
    private const string Columns = """
        e.seq, e.recorded_at, coalesce(e.metadata->>'actor', ''), e.type, e.stream_id, e.metadata->>'sourceFile',
        (e.metadata->>'sourceLine')::int, e.data, e.metadata->>'acceptedWarning'
        """;

    // A unit's streams are its own and each campaign's ".../unit-{U}" (the ids as the deciders name them), a campaign's
    // share its prefix: compared as strings, never as LIKE patterns.
    private const string Scope = """
        select stream_id, version from es_streams
        where (@campaign::text is null or starts_with(stream_id, @campaign))
          and (@unit::text is null or stream_id = @unit or right(stream_id, length(@unit) + 1) = '/' || @unit)
        """;

    /// <summary>One event by its sequence number (<c>$1</c>).</summary>
    public const string One = "select " + Columns + " from es_events e where e.seq = $1";

    public static NpgsqlCommand Page(NpgsqlDataSource dataSource, AuditQuery query)
    {
        // "+ 0": compared as a value, not through es_events_pkey — the planner liked to AND each stream's few rows with
        // the bitmap of every event older than the page, the whole older log once per stream (0.65 s a page here).
        var older = query.Before is null ? "" : " and e.seq + 0 < @before";
        var sql = Scoped(query)
            ? $"""
               with scope as ({Scope})
               select {Columns} from scope s cross join lateral (
                   select * from es_events e where e.stream_id = s.stream_id{Content(query)}{older}
                   order by e.version desc limit @limit) e
               order by e.seq desc limit @limit
               """
            : $"select {Columns} from es_events e where true{Content(query)}{older} order by e.seq desc limit @limit";
        var cmd = dataSource.CreateCommand(sql);
        AddParameters(cmd, query);
        cmd.Parameters.AddWithValue("limit", query.Limit);
        return cmd;
    }

    /// <summary>Two columns: the changes matching in all, and those newer than the page (<c>seq ≥ before</c>).</summary>
    public static NpgsqlCommand Count(NpgsqlDataSource dataSource, AuditQuery query)
    {
        var content = Content(query);
        string sql;
        if (Scoped(query))
        {
            // Each stream's last version older than the page: the versions above it are the newer changes, found by
            // reading back from the stream's end only as far as the page. Counted stream by stream (an aggregate per
            // stream is not flattened into a join, which the planner ran as a scan of every stream's index).
            var cut = query.Before is null ? "s.version"
                : "coalesce((select e.version from es_events e where e.stream_id = s.stream_id and e.seq + 0 < @before order by e.version desc limit 1), 0)";
            sql = content.Length == 0
                ? $"with scope as ({Scope}) select coalesce(sum(s.version), 0), coalesce(sum(s.version - {cut}), 0) from scope s"
                : $"""
                   with scope as ({Scope}), cut as (select s.stream_id, {cut} as older from scope s)
                   select coalesce(sum(n.total), 0), coalesce(sum(n.newer), 0) from cut c cross join lateral (
                       select count(*) as total, count(*) filter (where e.version > c.older) as newer
                       from es_events e where e.stream_id = c.stream_id{content}) n
                   """;
        }
        else
        {
            // Newer changes are those above the page: read back from the log's end only as far as the page.
            sql = content.Length == 0
                ? "select (select coalesce(sum(version), 0) from es_streams), "
                  + (query.Before is null ? "0::bigint" : "(select count(*) from es_events e where e.seq >= @before)")
                : $"select count(*), {(query.Before is null ? "0::bigint" : "count(*) filter (where e.seq >= @before)")} from es_events e where true{content}";
        }
        var cmd = dataSource.CreateCommand(sql);
        AddParameters(cmd, query);
        return cmd;
    }

    private static bool Scoped(AuditQuery q) => Blank(q.Campaign) is not null || Blank(q.Unit) is not null;

    // The filters read from each event itself; only those asked for are written, so each statement is planned for its case.
    private static string Content(AuditQuery q) => string.Concat(
        Blank(q.Indicator) is null ? "" : " and e.data->>'indicatorCode' = @indicator",
        Blank(q.Actor) is null ? "" : " and e.metadata->>'actor' = @actor",
        q.From is null ? "" : " and e.recorded_at >= @from",
        q.To is null ? "" : " and e.recorded_at < @to");

    private static void AddParameters(NpgsqlCommand cmd, AuditQuery query)
    {
        cmd.Parameters.Add(Text("campaign", Blank(query.Campaign) is { } c ? DefineCampaign.StreamPrefix(c) : null));
        cmd.Parameters.Add(Text("unit", Blank(query.Unit) is { } u ? DefineUnit.StreamId(u) : null));
        cmd.Parameters.Add(Text("indicator", Blank(query.Indicator)));
        cmd.Parameters.Add(Text("actor", Blank(query.Actor)));
        cmd.Parameters.Add(Day("from", query.From));
        cmd.Parameters.Add(Day("to", query.To?.AddDays(1)));
        cmd.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Bigint) { Value = query.Before is { } b ? b : DBNull.Value });
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    // The start of a Vietnam day as an instant.
    private static NpgsqlParameter Day(string name, DateOnly? day) => new(name, NpgsqlDbType.TimestampTz)
    {
        Value = day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Reports.ReportCutOff.VietnamOffset).ToUniversalTime() : DBNull.Value,
    };
}
