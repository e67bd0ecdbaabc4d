using ThiDua.Awards.Defining;
using ThiDua.Campaigns.Defining;
using ThiDua.EventStore.Projections;
using ThiDua.EventStore.Reading;
using ThiDua.Hosting;
using ThiDua.Indicators.Defining;
using ThiDua.Measurements.Recording;
using ThiDua.Ratings.Recording;
using ThiDua.Targets.Setting;
using ThiDua.Units.Defining;

namespace ThiDua.Registry;

/// <summary>
/// Keeps the current definitions and figures in tables, inside the append's transaction, so an import
/// validates against exactly what is stored. Measurements are written in bulk (unnest); the last recorded wins.
/// </summary>
public sealed class RegistryProjection : IProjection
{
    public string Name => "registry";

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(events);
        var figures = new MeasurementUpserts();
        var definitions = new DefinitionUpserts();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case MeasurementRecorded m: figures.Add(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.RecordedAt, first: true); break;
                case MeasurementCorrected m: figures.Add(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.CorrectedAt, first: false); break;
                case UnitDefined u: definitions.Add("rm_units", ["code"], [u.UnitCode], u.ToUnit()); break;
                case CampaignDefined c: definitions.Add("rm_campaigns", ["code"], [c.CampaignCode], c.ToCampaign()); break;
                case IndicatorDefined i: definitions.Add("rm_indicators", ["campaign", "code"], [i.CampaignCode, i.IndicatorCode], i.ToIndicator()); break;
                case TargetSet t: definitions.Add("rm_targets", ["campaign", "unit", "indicator"], [t.CampaignCode, t.UnitCode, t.IndicatorCode], t.ToTarget()); break;
                case AwardFormDefined f: definitions.Add("rm_award_forms", ["campaign", "code"], [f.CampaignCode, f.FormCode], f.ToForm()); break;
                case RatingRecorded r: definitions.Add("rm_ratings", ["campaign", "unit"], [r.CampaignCode, r.UnitCode], r.ToRating()); break;
            }
        }
        await definitions.FlushAsync(context, ct);
        await figures.FlushAsync(context, ct);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command("truncate rm_units, rm_campaigns, rm_indicators, rm_targets, rm_award_forms, rm_ratings, rm_measurements");
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
