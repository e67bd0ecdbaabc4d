using Npgsql;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Ratings;
using ThiDua.Registry;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>What is stored, read once (lazily per campaign) in the import's snapshot.</summary>
internal sealed class ImportState
{
    private readonly NpgsqlConnection _conn;
    private readonly Dictionary<string, CampaignDefinitions> _campaignDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Periods.Locks.PeriodLocks> _locks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MeasuredCampaign> _measured = new(StringComparer.Ordinal);

    private readonly MeasuredCampaignCache _measuredCache;

    private ImportState(NpgsqlConnection conn, MeasuredCampaignCache measuredCache, Dictionary<string, Unit> units, Dictionary<string, Campaign> campaigns)
    {
        _conn = conn;
        _measuredCache = measuredCache;
        Units = units;
        Campaigns = campaigns;
    }

    public Dictionary<string, Unit> Units { get; }
    public Dictionary<string, Campaign> Campaigns { get; }

    public static async Task<ImportState> LoadAsync(NpgsqlConnection conn, MeasuredCampaignCache measuredCache, CancellationToken ct) => new(
        conn,
        measuredCache,
        (await RegistryQueries.UnitsAsync(conn, ct)).ToDictionary(u => u.Code, StringComparer.Ordinal),
        (await RegistryQueries.CampaignsAsync(conn, ct)).ToDictionary(c => c.Code, StringComparer.Ordinal));

    /// <summary>The campaign's closed months, read in the import's transaction: a close commits before it or waits after it.</summary>
    public ValueTask<Periods.Locks.PeriodLocks> PeriodLocksAsync(string campaign, CancellationToken ct) =>
        _locks.TryGetValue(campaign, out var found) ? ValueTask.FromResult(found) : new(ReadLocksAsync(campaign, ct));

    private async Task<Periods.Locks.PeriodLocks> ReadLocksAsync(string campaign, CancellationToken ct) =>
        _locks[campaign] = await RegistryQueries.PeriodLocksAsync(_conn, campaign, ct);

    /// <summary>How many of the campaign's figures lie outside the months <paramref name="first"/>–<paramref name="last"/>, and the first and last such month.</summary>
    public async Task<(int Count, Periods.YearMonth First, Periods.YearMonth Last)> FiguresOutsideAsync(string campaign, Periods.YearMonth first, Periods.YearMonth last,
        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "select count(*)::int, coalesce(min(period), 0), coalesce(max(period), 0) from rm_measurements where campaign = @c and (period < @f or period > @l)", _conn);
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("f", first.Index);
        cmd.Parameters.AddWithValue("l", last.Index);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), Periods.YearMonth.FromIndex(reader.GetInt32(1)), Periods.YearMonth.FromIndex(reader.GetInt32(2)));
    }

    public async Task<CampaignDefinitions> DefinitionsAsync(string campaign, CancellationToken ct)
    {
        if (_campaignDefinitions.TryGetValue(campaign, out var found)) return found;
        var definitions = new CampaignDefinitions(
            (await RegistryQueries.IndicatorsAsync(_conn, campaign, ct)).ToDictionary(i => i.Code, StringComparer.Ordinal),
            (await RegistryQueries.TargetsAsync(_conn, campaign, ct)).ToDictionary(t => (t.Unit, t.Indicator)),
            (await RegistryQueries.RatingsAsync(_conn, campaign, ct)).ToDictionary(r => r.Unit, StringComparer.Ordinal),
            (await RegistryQueries.AwardFormsAsync(_conn, campaign, ct)).ToDictionary(f => f.Code, StringComparer.Ordinal));
        _campaignDefinitions[campaign] = definitions;
        return definitions;
    }

    /// <summary>
    /// What a measurements file is checked against: the campaign's indicators and its targets' keys, not their
    /// definitions; kept between imports while the campaign's definition stream is unchanged (<see cref="MeasuredCampaignCache"/>).
    /// </summary>
    public async Task<MeasuredCampaign> MeasuredAsync(string campaign, CancellationToken ct)
    {
        if (_measured.TryGetValue(campaign, out var found)) return found;
        return _measured[campaign] = await _measuredCache.GetAsync(_conn, campaign, () => LoadMeasuredAsync(campaign, ct), ct);
    }

    private async Task<MeasuredCampaign> LoadMeasuredAsync(string campaign, CancellationToken ct) => new(
        (await RegistryQueries.IndicatorsAsync(_conn, campaign, ct)).ToDictionary(i => i.Code, StringComparer.Ordinal),
        await RegistryQueries.TargetKeysAsync(_conn, campaign, ct));
}

/// <summary>A campaign's stored definitions as the import read them (keys repeat in a file only as duplicates, which FileDuplicates handles).</summary>
internal sealed record CampaignDefinitions(
    Dictionary<string, Indicator> Indicators,
    Dictionary<(string Unit, string Indicator), Target> Targets,
    Dictionary<string, UnitRating> Ratings,
    Dictionary<string, AwardForm> Forms);
