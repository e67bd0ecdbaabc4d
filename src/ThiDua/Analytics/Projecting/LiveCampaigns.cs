using Npgsql;
using ThiDua.Attainment;
using ThiDua.Measurements.Recording;
using ThiDua.Registry;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// The analytics projection's memory of the campaigns it recomputed: definitions and measurements grouped,
/// kept current from the measurement events of the batches it applies, so a monthly import recomputes without
/// reloading the whole campaign from the registry. Trusted only while this process has seen every batch since it
/// loaded (its position equals the checkpoint); otherwise forgotten and loaded again. A definition event forgets
/// its campaign (a unit, every campaign): those are rare and change everything anyway.
/// </summary>
public sealed class LiveCampaigns(int budget = LiveCampaigns.DefaultBudget)
{
    /// <summary>
    /// Measurements remembered at most, over all campaigns (≈ 100 bytes each): memory follows the campaigns being
    /// recomputed, not the database — a country's 340 campaigns of 60,000 measurements would otherwise all stay.
    /// </summary>
    public const int DefaultBudget = 2_500_000;

    private const int BigLoad = 250_000;
    private readonly Dictionary<string, LiveCampaign> _campaigns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastUsed = new(StringComparer.Ordinal);
    private long _uses;
    private long _position = -1;

    /// <summary>Follows one batch, which comes right after <paramref name="checkpoint"/> and ends at <paramref name="last"/>.</summary>
    public void Follow(long checkpoint, long last, TouchedCampaigns touched, IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(touched);
        ArgumentNullException.ThrowIfNull(events);
        if (checkpoint != _position || touched.AllCampaigns) _campaigns.Clear();
        foreach (var (campaign, from) in touched.From)
        {
            if (from is null) _campaigns.Remove(campaign);
        }
        if (_campaigns.Count > 0)
        {
            foreach (var e in events)
            {
                switch (e)
                {
                    case MeasurementRecorded r when _campaigns.TryGetValue(r.CampaignCode, out var live):
                        live.History.Set(r.UnitCode, r.IndicatorCode, r.Period, r.Value);
                        live.Kept?.Touch(r.UnitCode, r.Period);
                        break;
                    case MeasurementCorrected c when _campaigns.TryGetValue(c.CampaignCode, out var live):
                        live.History.Set(c.UnitCode, c.IndicatorCode, c.Period, c.Value);
                        live.Kept?.Touch(c.UnitCode, c.Period);
                        break;
                }
            }
        }
        _position = last;
    }

    /// <summary>
    /// The campaign as of <paramref name="checkpoint"/> (or newer): remembered, or read from the registry tables —
    /// inline, so at least that new — and remembered. Null when the campaign does not exist.
    /// </summary>
    public async Task<LiveCampaign?> GetAsync(NpgsqlConnection conn, long checkpoint, string campaign, CancellationToken ct)
    {
        if (checkpoint != _position)
        {
            _campaigns.Clear();
            _position = checkpoint;
        }
        _lastUsed[campaign] = ++_uses;
        if (_campaigns.TryGetValue(campaign, out var known)) return known;
        // The grouped history holds the measurements (read straight into it); the snapshot's list stays empty.
        var definitions = await RegistryQueries.SnapshotAsync(conn, campaign, ct, measurements: false);
        if (definitions is null) return null;
        var live = new LiveCampaign(definitions, await RegistryQueries.HistoryAsync(conn, campaign, ct));
        _campaigns[campaign] = live;
        EvictBeyondBudget(keep: campaign);
        // Kept for as long as the process runs, a big campaign is loaded once, after a big import: the garbage of both
        // (≈ 3× the history's size) left the collector holding ≈ 100 MB more than it needed for the months' work that
        // follows: a 1M-row import peaked 30–60 MB higher, and differently from run to run. One full collection gives it back.
        // Not an aggressive one: that also returned the freed memory to the system, and the next import touched it anew
        // (≈ 11 µs a page on a virtual machine): 20K page faults in the monthly import after the load, 6K this way, same peak.
        if (live.History.Count >= BigLoad) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return live;
    }

    // The least recently used go first; the campaign just loaded stays, however big.
    private void EvictBeyondBudget(string keep)
    {
        var total = _campaigns.Values.Sum(c => (long)c.History.Count);
        foreach (var name in _campaigns.Keys.Where(k => k != keep).OrderBy(k => _lastUsed.GetValueOrDefault(k)).ToList())
        {
            if (total <= budget) break;
            total -= _campaigns[name].History.Count;
            _campaigns.Remove(name);
        }
    }

    /// <summary>The campaigns remembered now.</summary>
    public IReadOnlyCollection<string> Remembered => _campaigns.Keys;

    public void Forget()
    {
        _campaigns.Clear();
        _position = -1;
    }
}
