using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Campaigns.Defining;
using ThiDua.Units.Defining;

namespace ThiDua.Security;

/// <summary>
/// Who changed what, newest first, straight from <c>es_events</c> and each event's metadata: the events are the
/// record, so the audit trail cannot drift from the data. Keyset paging on the global sequence.
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        select seq, recorded_at, coalesce(metadata->>'actor', ''), type, stream_id, metadata->>'sourceFile',
               (metadata->>'sourceLine')::int, data, metadata->>'acceptedWarning'
        from es_events
        """;

    // A campaign's streams share its prefix; a unit's are its own and each campaign's ".../unit-{U}" (the ids as the
    // deciders name them). Compared as strings, never as LIKE patterns. Days are Vietnam days ($5, $6 as instants).
    private const string Filters = """
        where ($1::text is null or starts_with(stream_id, $1))
          and ($2::text is null or stream_id = $2 or right(stream_id, length($2) + 1) = '/' || $2)
          and ($3::text is null or data->>'indicatorCode' = $3)
          and ($4::text is null or metadata->>'actor' = $4)
          and ($5::timestamptz is null or recorded_at >= $5)
          and ($6::timestamptz is null or recorded_at < $6)
        """;

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
            throw new UserRejectedException($"limit phải từ 1 đến {AuditQuery.MaxLimit} / limit must be 1 to {AuditQuery.MaxLimit}.");
        await using var cmd = dataSource.CreateCommand(Columns + "\n" + Filters + "\n and ($7::bigint is null or seq < $7) order by seq desc limit $8");
        AddFilters(cmd, query);
        cmd.Parameters.Add(new NpgsqlParameter { Value = query.Before is { } b ? b : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        cmd.Parameters.AddWithValue(query.Limit);
        return await ReadEntriesAsync(cmd, ct);
    }

    /// <summary>How many changes the filter matches in all, and how many are newer than the page (for "page 3 of 12").</summary>
    public async Task<AuditCount> CountAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var cmd = dataSource.CreateCommand("select count(*), count(*) filter (where $7::bigint is not null and seq >= $7) from es_events\n" + Filters);
        AddFilters(cmd, query);
        cmd.Parameters.Add(new NpgsqlParameter { Value = query.Before is { } b ? b : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new AuditCount(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>One recorded event by its global sequence number (null: none).</summary>
    public async Task<AuditEntry?> FindAsync(long seq, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand(Columns + "\n where seq = $1");
        cmd.Parameters.AddWithValue(seq);
        return (await ReadEntriesAsync(cmd, ct)).FirstOrDefault();
    }

    private static void AddFilters(NpgsqlCommand cmd, AuditQuery query)
    {
        cmd.Parameters.Add(Text(Blank(query.Campaign) is { } c ? DefineCampaign.StreamPrefix(c) : null));
        cmd.Parameters.Add(Text(Blank(query.Unit) is { } u ? DefineUnit.StreamId(u) : null));
        cmd.Parameters.Add(Text(Blank(query.Indicator)));
        cmd.Parameters.Add(Text(Blank(query.Actor)));
        cmd.Parameters.Add(Day(query.From));
        cmd.Parameters.Add(Day(query.To?.AddDays(1)));
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var list = new List<AuditEntry>();
        while (await reader.ReadAsync(ct))
        {
            using var data = JsonDocument.Parse(reader.GetString(7));
            list.Add(new AuditEntry(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                data.RootElement.Clone(), reader.IsDBNull(8) ? null : reader.GetString(8)));
        }
        return list;
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    // The start of a Vietnam day as an instant.
    private static NpgsqlParameter Day(DateOnly? day) => new()
    {
        Value = day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), Reports.ReportCutOff.VietnamOffset).ToUniversalTime() : DBNull.Value,
        NpgsqlDbType = NpgsqlDbType.TimestampTz,
    };
}
