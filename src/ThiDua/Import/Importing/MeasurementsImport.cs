using Npgsql;
using ThiDua.Import.Parsing;
using ThiDua.Import.Plausibility;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Measurements.Recording;

namespace ThiDua.Import.Importing;

/// <summary>
/// measurements.csv: campaign, unit, indicator and a target for them must exist, the month inside the campaign.
/// Rows are decided in batches: one query per campaign fetches the stored values of a whole batch. The figures are
/// kept (<see cref="FileFigures"/>) until the whole file is read; the ones that change are then judged for
/// plausibility (<see cref="FileJudgement"/>) and only then appended, each warned one with its warnings.
/// </summary>
internal sealed class MeasurementsImport(NpgsqlConnection conn) : IRowImport
{
    private const int LookupBatch = 5_000;

    private readonly FileFigures _figures = new();
    // Each first-seen row with its series (and so its campaign), looked up once when the row was read.
    private readonly List<(MeasurementRow Row, Measurement Measurement, FigureSeries Series)> _batch = new(LookupBatch);

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (MeasurementRow)row;
        if (!context.State.Campaigns.TryGetValue(r.Campaign, out var campaign))
        {
            context.Missing(r.Line, "campaign", r.Campaign, "phong trào", "campaign", "campaigns.csv", known: context.State.Campaigns.Keys);
            return;
        }
        if (!context.State.Units.TryGetValue(r.Unit, out var unit))
        {
            context.Missing(r.Line, "unit", r.Unit, "đơn vị", "unit", "units.csv", known: context.State.Units.Keys);
            return;
        }
        var definitions = await context.State.MeasuredAsync(r.Campaign, ct);
        if (!definitions.Indicators.TryGetValue(r.Indicator, out var indicator))
        {
            context.Missing(r.Line, "indicator", r.Indicator, "chỉ tiêu", "indicator", "indicators.csv", r.Campaign, definitions.Indicators.Keys);
            return;
        }
        if (!definitions.Targets.Contains((r.Unit, r.Indicator)))
        {
            context.Error(r.Line, "indicator", r.Indicator,
                $"Đơn vị '{r.Unit}' chưa được giao chỉ tiêu '{r.Indicator}' trong phong trào {r.Campaign}: hãy nhập targets.csv trước.",
                $"Unit '{r.Unit}' has no target for indicator '{r.Indicator}' in campaign {r.Campaign}: import targets.csv first.");
            return;
        }
        if (!campaign.Contains(r.Period))
        {
            context.Error(r.Line, "period", r.Period.ToString(),
                $"Kỳ {Formatting.VietnameseDates.Month(r.Period)} nằm ngoài thời gian phong trào {r.Campaign} ({Formatting.VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}).",
                $"Period {r.Period} is outside campaign {r.Campaign} ({campaign.FirstMonth} to {campaign.LastMonth}).");
            return;
        }
        if (Invalid(indicator.Direction, r.Value) is { } problem)
        {
            context.Error(r.Line, "value", r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Vi, problem.En);
            return;
        }
        var measurement = new Measurement(campaign.Code, unit.Code, indicator.Code, r.Period, r.Value, r.Note);
        // Checked even once the file has errors: repeats further down are still reported.
        if (_figures.FirstSeen(r.Line, measurement, campaign, indicator, context) is not { } series) return;
        // Once the file has errors only rows of closed months are still decided: each one that changes a figure is named.
        if (context.HasErrors && !(await context.State.PeriodLocksAsync(campaign.Code, ct)).IsLocked(r.Period)) return;
        _batch.Add((r, measurement, series));
        if (_batch.Count >= LookupBatch) await DecideBatchAsync(context, ct);
    }

    public async Task CompleteAsync(ImportContext context, CancellationToken ct)
    {
        await DecideBatchAsync(context, ct);
        if (context.HasErrors) return;
        var (count, warnings) = FileJudgement.Judge(_figures, context.Request.DryRun ? context.Changes : null);
        if (count > 0) context.Warnings.AddLater(count, warnings);
        // Refused unless accepted (SPEC §5 "Plausibility (v2)"): then nothing is written, so nothing is appended.
        if (count == 0 || context.Request.AcceptWarnings) await MeasurementEvents.AppendAsync(_figures, context, ct);
    }

    private static BilingualMessage? Invalid(Direction direction, decimal value) => direction switch
    {
        Direction.Task when value < 0 => new("Nhiệm vụ ghi 1 khi hoàn thành, 0 khi chưa: không nhận số âm.", "A task is reported as 1 when done, 0 when not: negative values are not accepted."),
        Direction.RankUp when value < 1 => new("Thứ hạng phải từ 1 trở lên.", "A rank must be 1 or more."),
        // What is kept low (a poverty rate, accidents) cannot be below 0; a negative one would read as beyond the target.
        Direction.AtMost or Direction.ReduceBy when value < 0 => new(
            "Giá trị của chỉ tiêu giảm/không vượt quá (tỷ lệ, số vụ…) không thể âm.",
            "The value of an at_most or reduce_by indicator (a rate, a count) cannot be negative."),
        _ => null,
    };

    private static string UnitEndedVi(Units.Unit unit, Units.Unit? successor, Periods.YearMonth ended, Periods.YearMonth period) =>
        $"Đơn vị '{unit.Code}' ({unit.Name}) đã {Formatting.UnitEndWords.Since(ended)} (cột ended của units.csv): "
        + $"số liệu {Formatting.VietnameseDates.Month(period)} của đơn vị này không được tính. Ghi số liệu cho đơn vị đã tiếp nhận"
        + (successor is null ? "" : $" ('{successor.Code}' — {successor.Name})")
        + ", bỏ dòng này, hoặc nhập lại units.csv nếu tháng ngừng hoạt động bị ghi sai.";

    private static string UnitEndedEn(Units.Unit unit, Units.Unit? successor, Periods.YearMonth ended, Periods.YearMonth period) =>
        $"Unit '{unit.Code}' ({unit.Name}) has ended from {ended} (units.csv, column ended): its figure for {period} would count for "
        + "nothing. Send it for the unit that took over" + (successor is null ? "" : $" ('{successor.Code}' — {successor.Name})")
        + ", drop this row, or import units.csv again if the end month is wrong.";

    private async Task DecideBatchAsync(ImportContext context, CancellationToken ct)
    {
        if (_batch.Count == 0) return;
        await ReadStoredAsync(ct);
        var locks = new Dictionary<string, Periods.Locks.PeriodLocks>(StringComparer.Ordinal);
        foreach (var code in _batch.Select(b => b.Series.Campaign.Code).Distinct(StringComparer.Ordinal)) locks[code] = await context.State.PeriodLocksAsync(code, ct);
        foreach (var (row, measurement, series) in _batch)
        {
            var month = series.MonthOf(measurement.Period);
            var current = series.Stored(month) is { } value
                ? new Measurement(measurement.Campaign, measurement.Unit, measurement.Indicator, measurement.Period, value, series.StoredNote(month))
                : null;
            var @event = RecordMeasurement.Decide(new RecordMeasurement(measurement), current, context.Now);
            // A closed month refuses changes only: the same figure sent again is not one (SPEC §5 "Closed periods").
            if (@event is not null && locks[measurement.Campaign] is { Current: { } closed } campaignLocks && campaignLocks.IsLocked(measurement.Period))
            {
                var why = Periods.Locks.PeriodMessages.Locked(measurement.Campaign, measurement.Period, closed,
                    ImportHints.Reopen(context.Request.CultureChoice, measurement.Campaign, measurement.Period));
                context.Error(row.Line, "period", measurement.Period.ToString(), why.Vi, why.En);
                continue;
            }
            // A unit that has ended counts for nothing from its end: a new figure then most likely meant the unit that took
            // over. The same figure sent again (a whole year's file re-imported) is no change and passes, as in a closed month.
            if (@event is not null && context.State.Units[measurement.Unit] is { Ended: { } ended } unit && measurement.Period >= ended)
            {
                var successor = unit.MergedInto is { } s ? context.State.Units.GetValueOrDefault(s) : null;
                context.Error(row.Line, "unit", unit.Code, UnitEndedVi(unit, successor, ended, measurement.Period), UnitEndedEn(unit, successor, ended, measurement.Period));
                continue;
            }
            if (context.HasErrors) continue;
            // Appended once the whole file is judged (MeasurementEvents), so a warned figure's event carries its note.
            _figures.Decided(series, month, @event is not null);
            context.Tally.Count(current is not null, @event is not null);
        }
        _batch.Clear();
    }

    // Every month stored for the batch's series not read yet, straight into their series (FileFigures): one row per
    // (unit, indicator) with its months in arrays, 12 times fewer rows than one per month, and no dictionary of them
    // (a 10K-row monthly file read 120K rows into one: 144–193 ms of a 0.7–0.9 s import).
    // By campaign and unit: one range scan of the primary key per unit, whatever the statistics say. Right after a big
    // import they still count the table as small, and "unit = any(@u)" was planned as one scan of the whole campaign
    // (1M rows filtered for 834 units' 120K: 140–300 ms against 15–27 ms); the lateral subquery keeps it per unit.
    // Bounding it to the batch's months too (fewer rows for a monthly file) made a 1M-row import 60 % slower (15.6 →
    // 25 s, measured three times) and left P3 where it was, so it reads every month stored for the batch's units.
    private async Task ReadStoredAsync(CancellationToken ct)
    {
        foreach (var campaign in _batch.GroupBy(b => b.Series.Campaign.Code, StringComparer.Ordinal))
        {
            var unread = campaign.Select(b => b.Series).Where(s => !s.StoredRead).ToHashSet();
            if (unread.Count == 0) continue;
            await using var cmd = new NpgsqlCommand(
                """
                select b.unit, x.indicator, x.periods, x.vals, x.notes from unnest(@u) b(unit) cross join lateral
                    (select m.indicator, array_agg(m.period) periods, array_agg(m.value) vals, array_agg(m.note) notes
                     from rm_measurements m where m.campaign = @c and m.unit = b.unit group by m.indicator offset 0) x
                """, conn);
            cmd.Parameters.AddWithValue("c", campaign.Key);
            cmd.Parameters.AddWithValue("u", unread.Select(s => s.Unit).Distinct(StringComparer.Ordinal).ToArray());
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    if (_figures.Find(campaign.Key, reader.GetString(0), reader.GetString(1)) is not { } series || !unread.Contains(series)) continue;
                    var (periods, values, notes) = (reader.GetFieldValue<int[]>(2), reader.GetFieldValue<decimal[]>(3), reader.GetFieldValue<string?[]>(4));
                    for (var k = 0; k < periods.Length; k++)
                    {
                        var month = series.MonthOf(Periods.YearMonth.FromIndex(periods[k]));
                        if (month >= 0 && month < series.Months) series.SetStored(month, values[k], notes[k]);
                    }
                }
            foreach (var series in unread) series.StoredRead = true;
        }
    }
}
