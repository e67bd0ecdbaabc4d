using Npgsql;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Reading;
using ThiDua.Registry;

namespace ThiDua.Analytics.Loading;

/// <summary>A campaign's snapshot now (from the registry tables) or as of a recorded time (folded from the events).</summary>
public sealed class SnapshotLoader(NpgsqlDataSource dataSource, EventReader reader)
{
    public async Task<CampaignSnapshot?> LoadAsync(string campaign, DateTimeOffset? asOf = null, CancellationToken ct = default)
    {
        if (asOf is null) return await RegistryQueries.SnapshotAsync(dataSource, campaign, ct);
        var folder = new SnapshotFolder(campaign);
        await foreach (var e in reader.ReadAllAsync(0, asOf, [DefineCampaign.StreamPrefix(campaign), "unit-"], ct: ct))
            folder.Evolve(e.Data);
        return folder.Snapshot();
    }
}
