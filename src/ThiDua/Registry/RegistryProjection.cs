using Npgsql;
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
/// validates against exactly what is stored. A measurement's first report streams into a binary COPY, corrections
/// are upserted after it; the last recorded wins.
/// </summary>
public sealed class RegistryProjection : IProjection
{
    /// <summary>The registry keeps no record of who imported what: the log does (the audit trail and the reports read it there).</summary>
    public bool ReadsMetadata => false;

    public string Name => "registry";

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(events);
        // A first report is new to the table: the import decided so from the table itself, under the stream's version
        // check, and a rebuild replays into the emptied table. Were a key ever "first" twice (or written by another
        // writer meanwhile), the COPY meets the primary key: undo the batch to the savepoint and upsert it.
        await context.Transaction.SaveAsync("registry_batch", ct);
        try
        {
            await ApplyAsync(context, events, copy: true, ct);
            await context.Transaction.ReleaseAsync("registry_batch", ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await context.Transaction.RollbackAsync("registry_batch", ct);
            await ApplyAsync(context, events, copy: false, ct);
        }
    }

    private static async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, bool copy, CancellationToken ct)
    {
        var figures = new MeasurementUpserts();
        var definitions = new DefinitionUpserts();
        var logs = new CampaignLogRows();
        var names = new UnitNames();
        var targeted = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var e in events)
            {
                switch (e.Data)
                {
                    case MeasurementRecorded m: await figures.AddAsync(context, m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.RecordedAt, true, copy, ct); break;
                    case MeasurementCorrected m: await figures.AddAsync(context, m.CampaignCode, m.UnitCode, m.IndicatorCode, m.Period.Index, m.Value, m.Note, m.CorrectedAt, false, copy, ct); break;
                    case UnitDefined u:
                        definitions.Add("rm_units", ["code"], [u.UnitCode], u.ToUnit());
                        names.Add(u.UnitCode, u.Name, e.Sequence, e.RecordedAt);
                        break;
                    case CampaignDefined c: definitions.Add("rm_campaigns", ["code"], [c.CampaignCode], c.ToCampaign()); break;
                    case IndicatorDefined i: definitions.Add("rm_indicators", ["campaign", "code"], [i.CampaignCode, i.IndicatorCode], i.ToIndicator()); break;
                    case TargetSet t:
                        definitions.Add("rm_targets", ["campaign", "unit", "indicator"], [t.CampaignCode, t.UnitCode, t.IndicatorCode], t.ToTarget());
                        targeted.Add(t.CampaignCode);
                        break;
                    case AwardFormDefined f: definitions.Add("rm_award_forms", ["campaign", "code"], [f.CampaignCode, f.FormCode], f.ToForm()); break;
                    case RatingRecorded r: definitions.Add("rm_ratings", ["campaign", "unit"], [r.CampaignCode, r.UnitCode], r.ToRating()); break;
                    case Periods.Closing.PeriodsClosed p: logs.Add("rm_period_changes", p.CampaignCode, e.Version, p.ToChange()); break;
                    case Periods.Reopening.PeriodsReopened p: logs.Add("rm_period_changes", p.CampaignCode, e.Version, p.ToChange()); break;
                    case Awards.Deciding.AwardDecided d: logs.Add("rm_award_decisions", d.CampaignCode, e.Version, d.ToRecord()); break;
                    case Clusters.Defining.ClusterDefined k: definitions.Add("rm_clusters", ["code"], [k.ClusterCode], k.ToCluster()); break;
                    case Registrations.Recording.RegistrationRecorded g:
                        definitions.Add("rm_registrations", ["campaign", "unit", "form"], [g.CampaignCode, g.UnitCode, g.FormCode ?? ""], g.ToRegistration());
                        break;
                }
            }
            // Figures first: an open COPY holds the connection. The tables are independent (no foreign keys).
            await figures.FlushAsync(context, ct);
            await definitions.FlushAsync(context, ct);
            await TargetCounts.RecountAsync(context, targeted, ct);
            await names.FlushAsync(context, ct);
            await logs.FlushAsync(context, ct);
        }
        catch
        {
            await figures.AbandonAsync();
            throw;
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var cmd = context.Command("truncate " + RegistryTables.All);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
