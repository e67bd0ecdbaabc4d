using Npgsql;

namespace ThiDua.Import.Importing;

/// <summary>The version each stream had when the import first looked, read in the import's snapshot.</summary>
internal sealed class StreamVersionCache(NpgsqlConnection conn, NpgsqlTransaction tx)
{
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loadedPrefixes = new(StringComparer.Ordinal);

    public async Task<long> GetAsync(string streamId, CancellationToken ct)
    {
        if (_versions.TryGetValue(streamId, out var v)) return v;
        var slash = streamId.IndexOf('/', StringComparison.Ordinal);
        // "campaign-C/…" by campaign; "unit-U" and "cluster-K" by what they name.
        var prefix = slash > 0 ? streamId[..(slash + 1)] : streamId[..(streamId.IndexOf('-', StringComparison.Ordinal) + 1)];
        if (_loadedPrefixes.Add(prefix)) await LoadAsync(prefix, ct);
        if (!_versions.TryGetValue(streamId, out v)) _versions[streamId] = v = 0;
        return v;
    }

    public void Set(string streamId, long version) => _versions[streamId] = version;

    // One query per campaign (or for all units, all clusters) rather than one per stream.
    private async Task LoadAsync(string prefix, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select stream_id, version from es_streams where starts_with(stream_id, @p)", conn, tx);
        cmd.Parameters.AddWithValue("p", prefix);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) _versions.TryAdd(reader.GetString(0), reader.GetInt64(1));
    }
}
