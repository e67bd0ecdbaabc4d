using ThiDua.Awards;
using ThiDua.Awards.Defining;
using ThiDua.Campaigns;
using ThiDua.Campaigns.Defining;
using ThiDua.Indicators;
using ThiDua.Indicators.Defining;
using ThiDua.Measurements;
using ThiDua.Measurements.Recording;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Ratings.Recording;
using ThiDua.Targets;
using ThiDua.Targets.Setting;
using ThiDua.Units;
using ThiDua.Units.Defining;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// Folds a campaign's events (and the units') into a <see cref="CampaignSnapshot"/>: the same answer the
/// registry tables give, for any point in the event history ("as of").
/// </summary>
public sealed class SnapshotFolder(string campaignCode)
{
    private Campaign? _campaign;
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, string Indicator), Target> _targets = [];
    private readonly Dictionary<(string Unit, string Indicator, YearMonth Period), Measurement> _measurements = [];
    private readonly Dictionary<string, UnitRating> _ratings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AwardForm> _forms = new(StringComparer.Ordinal);
    private readonly List<Periods.Locks.PeriodChange> _periodChanges = [];
    private readonly List<Awards.Deciding.AwardDecisionRecord> _decisions = [];
    private readonly Dictionary<string, Clusters.Cluster> _clusters = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Unit, string Form), Registrations.Registration> _registrations = [];

    public void Evolve(object @event)
    {
        switch (@event)
        {
            case UnitDefined u: _units[u.UnitCode] = u.ToUnit(); break;
            case CampaignDefined c when c.CampaignCode == campaignCode: _campaign = c.ToCampaign(); break;
            case IndicatorDefined i when i.CampaignCode == campaignCode: _indicators[i.IndicatorCode] = i.ToIndicator(); break;
            case TargetSet t when t.CampaignCode == campaignCode: _targets[(t.UnitCode, t.IndicatorCode)] = t.ToTarget(); break;
            case AwardFormDefined f when f.CampaignCode == campaignCode: _forms[f.FormCode] = f.ToForm(); break;
            case RatingRecorded r when r.CampaignCode == campaignCode: _ratings[r.UnitCode] = r.ToRating(); break;
            case Periods.Closing.PeriodsClosed p when p.CampaignCode == campaignCode: _periodChanges.Add(p.ToChange()); break;
            case Periods.Reopening.PeriodsReopened p when p.CampaignCode == campaignCode: _periodChanges.Add(p.ToChange()); break;
            case Awards.Deciding.AwardDecided d when d.CampaignCode == campaignCode: _decisions.Add(d.ToRecord()); break;
            case Clusters.Defining.ClusterDefined k: _clusters[k.ClusterCode] = k.ToCluster(); break;
            case Registrations.Recording.RegistrationRecorded g when g.CampaignCode == campaignCode: _registrations[(g.UnitCode, g.FormCode ?? "")] = g.ToRegistration(); break;
            case MeasurementRecorded m when m.CampaignCode == campaignCode:
                _measurements[(m.UnitCode, m.IndicatorCode, m.Period)] = new Measurement(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period, m.Value, m.Note);
                break;
            case MeasurementCorrected m when m.CampaignCode == campaignCode:
                _measurements[(m.UnitCode, m.IndicatorCode, m.Period)] = new Measurement(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period, m.Value, m.Note);
                break;
        }
    }

    /// <summary>The units folded so far by code (what a snapshot's <see cref="CampaignSnapshot.Units"/> holds).</summary>
    public IReadOnlyDictionary<string, Unit> FoldedUnits() => new Dictionary<string, Unit>(_units, StringComparer.Ordinal);

    /// <summary>The clusters folded so far by code (what a snapshot's <see cref="CampaignSnapshot.Clusters"/> holds).</summary>
    public IReadOnlyDictionary<string, Clusters.Cluster> FoldedClusters() => new Dictionary<string, Clusters.Cluster>(_clusters, StringComparer.Ordinal);

    /// <summary>The snapshot, ordered like the registry queries; null while the campaign did not exist yet.</summary>
    public CampaignSnapshot? Snapshot() => Snapshot(null);

    /// <summary>As <see cref="Snapshot()"/>, with <paramref name="unfolded"/> as the campaign when none of its definitions was folded
    /// (a fold of some of its streams only, the definition's not among them).</summary>
    public CampaignSnapshot? Snapshot(Campaign? unfolded) => (_campaign ?? unfolded) is not { } campaign
        ? null
        : new CampaignSnapshot(
            campaign,
            FoldedUnits(),
            _indicators.Values.OrderBy(i => i.Code, StringComparer.Ordinal).ToList(),
            _targets.Values.OrderBy(t => t.Unit, StringComparer.Ordinal).ThenBy(t => t.Indicator, StringComparer.Ordinal).ToList(),
            _measurements.Values.OrderBy(m => m.Unit, StringComparer.Ordinal).ThenBy(m => m.Indicator, StringComparer.Ordinal).ThenBy(m => m.Period).ToList(),
            _ratings.Values.OrderBy(r => r.Unit, StringComparer.Ordinal).ToList(),
            _forms.Values.OrderBy(f => f.Code, StringComparer.Ordinal).ToList())
        {
            Locks = Periods.Locks.PeriodLocks.Fold(_periodChanges),
            Decisions = _decisions.ToList(),
            Clusters = FoldedClusters(),
            Registrations = _registrations.OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Form, StringComparer.Ordinal).Select(g => g.Value).ToList(),
        };
}
