using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Npgsql;
using ThiDua.Campaigns.Defining;

namespace ThiDua.Import.Importing;

/// <summary>
/// What a measurements file is checked against (<see cref="MeasuredCampaign"/>), kept between the imports of one
/// process (one per data source): loading a 1M-row campaign's 83K target keys took ≈ 70 ms of every monthly import.
/// A campaign's indicators and targets are projected inline from its definition stream alone, so they are the same
/// whenever that stream ends with the same event: each import reads the stream's last event id in its own
/// repeatable-read snapshot and takes the cached keys only if they were loaded at that very event. An event id is
/// unique (a new database, restored or reset, has new ones), so a stale entry cannot match.
/// </summary>
internal sealed class MeasuredCampaignCache
{
    // A country's campaigns each hold their keys (≈ 6 MB at 83K): only the few imported into lately are kept.
    private const int Capacity = 8;
    private static readonly ConditionalWeakTable<NpgsqlDataSource, MeasuredCampaignCache> PerDataSource = new();

    private readonly ConcurrentDictionary<string, (Guid Head, MeasuredCampaign Measured)> _byCampaign = new(StringComparer.Ordinal);

    public static MeasuredCampaignCache For(NpgsqlDataSource dataSource) => PerDataSource.GetValue(dataSource, _ => new());

    /// <summary>The campaign's indicators and target keys as the import's snapshot holds them: cached, or read and then cached.</summary>
    public async Task<MeasuredCampaign> GetAsync(NpgsqlConnection conn, string campaign, Func<Task<MeasuredCampaign>> load, CancellationToken ct)
    {
        var head = await DefinitionHeadAsync(conn, campaign, ct);
        if (head is { } id && _byCampaign.TryGetValue(campaign, out var cached) && cached.Head == id) return cached.Measured;
        var measured = await load();
        if (head is { } loadedAt)
        {
            if (_byCampaign.Count >= Capacity && !_byCampaign.ContainsKey(campaign)) _byCampaign.Clear();
            _byCampaign[campaign] = (loadedAt, measured);
        }
        return measured;
    }

    // The last event of "campaign-C/definition" visible in the import's snapshot: one probe of the (stream, version) index.
    private static async Task<Guid?> DefinitionHeadAsync(NpgsqlConnection conn, string campaign, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select event_id from es_events where stream_id = @s order by version desc limit 1", conn);
        cmd.Parameters.AddWithValue("s", DefineCampaign.StreamId(campaign));
        return await cmd.ExecuteScalarAsync(ct) is Guid id ? id : null;
    }
}
