using ThiDua.Awards.Defining;
using ThiDua.Campaigns.Defining;
using ThiDua.Indicators.Defining;
using ThiDua.Measurements.Recording;
using ThiDua.Periods;
using ThiDua.Ratings.Recording;
using ThiDua.Targets.Setting;
using ThiDua.Units.Defining;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// From a batch of events, which campaigns need recomputing and from which month on: a measurement only
/// changes its own month and later ones; a definition (or a unit) changes everything.
/// </summary>
public sealed class TouchedCampaigns
{
    private readonly Dictionary<string, YearMonth?> _from = new(StringComparer.Ordinal);

    public bool AllCampaigns { get; private set; }

    /// <summary>Campaign → first month to recompute (null: every month).</summary>
    public IReadOnlyDictionary<string, YearMonth?> From => _from;

    public void Add(object @event)
    {
        switch (@event)
        {
            case MeasurementRecorded m: Month(m.CampaignCode, m.Period); break;
            case MeasurementCorrected m: Month(m.CampaignCode, m.Period); break;
            case CampaignDefined c: _from[c.CampaignCode] = null; break;
            case IndicatorDefined i: _from[i.CampaignCode] = null; break;
            case TargetSet t: _from[t.CampaignCode] = null; break;
            case RatingRecorded r: _from[r.CampaignCode] = null; break;
            case AwardFormDefined f: _from[f.CampaignCode] = null; break;
            // A decision changes only the awards, but the remembered definitions too: recompute the campaign from its start.
            case Awards.Deciding.AwardDecided d: _from[d.CampaignCode] = null; break;
            case Registrations.Recording.RegistrationRecorded g: _from[g.CampaignCode] = null; break;
            case UnitDefined: AllCampaigns = true; break;
            // Ranking and awards rows carry the cluster's name.
            case Clusters.Defining.ClusterDefined: AllCampaigns = true; break;
        }
    }

    private void Month(string campaign, YearMonth period)
    {
        if (_from.TryGetValue(campaign, out var existing))
        {
            if (existing is { } e && period < e) _from[campaign] = period;
            return;
        }
        _from[campaign] = period;
    }
}
