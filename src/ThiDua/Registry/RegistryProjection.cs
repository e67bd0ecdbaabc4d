using System.Text.Json;
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
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case MeasurementRecorded m: figures.Add(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.RecordedAt); break;
                case MeasurementCorrected m: figures.Add(m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.CorrectedAt); break;
                case UnitDefined u: await UpsertAsync(context, "rm_units", ["code"], [u.UnitCode], u.ToUnit(), ct); break;
                case CampaignDefined c: await UpsertAsync(context, "rm_campaigns", ["code"], [c.CampaignCode], c.ToCampaign(), ct); break;
                case IndicatorDefined i: await UpsertAsync(context, "rm_indicators", ["campaign", "code"], [i.CampaignCode, i.IndicatorCode], i.ToIndicator(), ct); break;
                case TargetSet t: await UpsertAsync(context, "rm_targets", ["campaign", "unit", "indicator"], [t.CampaignCode, t.UnitCode, t.IndicatorCode], t.ToTarget(), ct); break;
                case AwardFormDefined f: await UpsertAsync(context, "rm_award_forms", ["campaign", "code"], [f.CampaignCode, f.FormCode], f.ToForm(), ct); break;
                case RatingRecorded r: await UpsertAsync(context, "rm_ratings", ["campaign", "unit"], [r.CampaignCode, r.UnitCode], r.ToRating(), ct); break;
            }
        }
        await figures.FlushAsync(context, ct);
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command("truncate rm_units, rm_campaigns, rm_indicators, rm_targets, rm_award_forms, rm_ratings, rm_measurements");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task UpsertAsync<T>(ProjectionContext context, string table, string[] keys, string[] values, T definition, CancellationToken ct)
    {
        var columns = string.Join(", ", keys);
        var parameters = string.Join(", ", keys.Select((_, i) => "@k" + i));
        await using var cmd = context.Command(
            $"insert into {table} ({columns}, definition) values ({parameters}, @d::jsonb) on conflict ({columns}) do update set definition = excluded.definition");
        for (var i = 0; i < keys.Length; i++) cmd.Parameters.AddWithValue("k" + i, values[i]);
        cmd.Parameters.AddWithValue("d", JsonSerializer.Serialize(definition, ThiDuaJson.Options));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
