using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;

namespace ThiDua.Analytics.Loading;

/// <summary>A campaign's snapshot now (from the registry tables) or as of a recorded time (folded from the events).</summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    /// <param name="seen">As of a time only: called with each event folded, for a caller that needs some of them too
    /// (the monthly report's corrections) without reading the log a second time.</param>
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default, Action<StoredEvent>? seen = null)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        var folder = new SnapshotFolder(campaign);
        await foreach (var e in reader.ReadAllAsync(0, asOf, [DefineCampaign.StreamPrefix(campaign), "unit-"], ct: ct))
        {
            folder.Evolve(e.Data);
            seen?.Invoke(e);
        }
        return folder.Snapshot();
    }
}
