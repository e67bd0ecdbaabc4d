using ThiDua.Awards.Defining;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Projections;
using ThiDua.Indicators.Defining;
using ThiDua.Measurements.Recording;
using ThiDua.Ratings.Recording;
using ThiDua.Registry;
using ThiDua.Targets.Setting;
using ThiDua.Units.Defining;

namespace ThiDua.Hosting;

/// <summary>The product's events and projections, registered in one place.</summary>
public static class ThiDuaModule
{
    public static EventStore.EventTypes EventTypes() => new EventStore.EventTypes(ThiDuaJson.Options)
        .Register<UnitDefined>()
        .Register<CampaignDefined>()
        .Register<IndicatorDefined>()
        .Register<TargetSet>()
        .Register<MeasurementRecorded>()
        .Register<MeasurementCorrected>()
        .Register<RatingRecorded>()
        .Register<AwardFormDefined>()
        .Register<Periods.Closing.PeriodsClosed>()
        .Register<Periods.Reopening.PeriodsReopened>()
        .Register<Awards.Deciding.AwardDecided>()
        .Register<Clusters.Defining.ClusterDefined>()
        .Register<Registrations.Recording.RegistrationRecorded>();

    public static IReadOnlyList<IProjection> InlineProjections() => [new RegistryProjection()];

    public static IReadOnlyList<IProjection> AsyncProjections() => [new Analytics.Projecting.AnalyticsProjection()];
}
