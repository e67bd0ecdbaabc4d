using ThiDua.Awards.Deciding;
using ThiDua.Awards.Defining;
using ThiDua.Campaigns.Defining;
using ThiDua.Clusters.Defining;
using ThiDua.Indicators.Defining;
using ThiDua.Measurements.Recording;
using ThiDua.Periods.Closing;
using ThiDua.Periods.Reopening;
using ThiDua.Ratings.Recording;
using ThiDua.Registrations.Recording;
using ThiDua.Targets.Setting;
using ThiDua.Units.Defining;

namespace ThiDua.Analytics.Loading;

/// <summary>
/// Where each key of a campaign's snapshot lives: every event the snapshot folds is written to the one stream its own
/// codes name — the campaign's definition (campaign, indicators, targets, award forms), its periods, its decisions, a
/// unit's figures in it (measurements, rating, registrations: <c>campaign-X/unit-U</c>), a unit, a cluster. So the
/// snapshot's part held by one stream is that stream's fold alone, in its own order.
/// </summary>
public static class SnapshotStreams
{
    /// <summary>The stream <paramref name="event"/> belongs in for <paramref name="campaign"/>'s snapshot; null when the snapshot does not fold it.</summary>
    public static string? Home(object @event, string campaign) => @event switch
    {
        UnitDefined u => DefineUnit.StreamId(u.UnitCode),
        ClusterDefined k => DefineCluster.StreamId(k.ClusterCode),
        CampaignDefined c when c.CampaignCode == campaign => DefineCampaign.StreamId(campaign),
        IndicatorDefined i when i.CampaignCode == campaign => DefineCampaign.StreamId(campaign),
        TargetSet t when t.CampaignCode == campaign => DefineCampaign.StreamId(campaign),
        AwardFormDefined f when f.CampaignCode == campaign => DefineCampaign.StreamId(campaign),
        PeriodsClosed p when p.CampaignCode == campaign => ClosePeriods.StreamId(campaign),
        PeriodsReopened p when p.CampaignCode == campaign => ClosePeriods.StreamId(campaign),
        AwardDecided d when d.CampaignCode == campaign => DecideAward.StreamId(campaign),
        MeasurementRecorded m when m.CampaignCode == campaign => RecordMeasurement.StreamId(campaign, m.UnitCode),
        MeasurementCorrected m when m.CampaignCode == campaign => RecordMeasurement.StreamId(campaign, m.UnitCode),
        RatingRecorded r when r.CampaignCode == campaign => RecordMeasurement.StreamId(campaign, r.UnitCode),
        RegistrationRecorded g when g.CampaignCode == campaign => RecordMeasurement.StreamId(campaign, g.UnitCode),
        _ => null,
    };

    /// <summary>The unit whose figures <paramref name="stream"/> holds in <paramref name="campaign"/>, or null.</summary>
    public static string? FiguresOf(string stream, string campaign) =>
        stream.StartsWith(RecordMeasurement.StreamId(campaign, ""), StringComparison.Ordinal) ? stream[RecordMeasurement.StreamId(campaign, "").Length..] : null;

    /// <summary>The unit <paramref name="stream"/> defines, or null.</summary>
    public static string? UnitOf(string stream) => stream.StartsWith(DefineUnit.StreamPrefix, StringComparison.Ordinal) ? stream[DefineUnit.StreamPrefix.Length..] : null;

    /// <summary>The cluster <paramref name="stream"/> defines, or null.</summary>
    public static string? ClusterOf(string stream) => stream.StartsWith(DefineCluster.StreamPrefix, StringComparison.Ordinal) ? stream[DefineCluster.StreamPrefix.Length..] : null;
}
