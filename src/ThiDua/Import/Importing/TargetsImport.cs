using ThiDua.Campaigns.Defining;
using ThiDua.Import.Parsing;
using ThiDua.Targets;
using ThiDua.Targets.Setting;

namespace ThiDua.Import.Importing;

/// <summary>targets.csv: campaign, indicator and unit must exist; the target must fit the indicator's direction (SPEC §3).</summary>
internal sealed class TargetsImport : IRowImport
{
    private readonly FileDuplicates<(string, string, string), Target> _duplicates = new();

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var given = (TargetRow)row;
        if (!context.State.Campaigns.TryGetValue(given.Campaign, out var campaign))
        {
            context.Missing(given.Line, "campaign", given.Campaign, "phong trào", "campaign", "campaigns.csv");
            return;
        }
        var definitions = await context.State.DefinitionsAsync(given.Campaign, ct);
        var current = definitions.Targets.GetValueOrDefault((given.Unit, given.Indicator));
        // Checked as it will be stored: a baseline kept from before counts, one left out of a new target does not.
        var r = given with
        {
            TargetMax = context.FileOr("target_max", given.TargetMax, current?.TargetMax),
            Baseline = context.FileOr("baseline", given.Baseline, current?.Baseline),
            Deadline = context.FileOr("deadline", given.Deadline, current?.Deadline),
        };
        if (!definitions.Indicators.TryGetValue(r.Indicator, out var indicator))
        {
            context.Missing(r.Line, "indicator", r.Indicator, "chỉ tiêu", "indicator", "indicators.csv", r.Campaign);
            return;
        }
        if (!context.State.Units.ContainsKey(r.Unit))
        {
            context.Missing(r.Line, "unit", r.Unit, "đơn vị", "unit", "units.csv");
            return;
        }
        if (TargetDefinitionRules.Check(r, indicator.Direction) is { } problem)
        {
            context.Error(problem);
            return;
        }
        if (r.Deadline is { } deadline && !campaign.Contains(deadline))
        {
            context.Error(r.Line, "deadline", deadline.ToString(),
                $"Hạn {Formatting.VietnameseDates.Month(deadline)} nằm ngoài thời gian phong trào {campaign.Code} ({Formatting.VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}): "
                + "ghi một tháng trong thời gian đó (thời hạn chép từ tệp năm trước thì đổi năm), hoặc để trống ô thời hạn.",
                $"Deadline {deadline} is outside the campaign {campaign.Code} ({campaign.FirstMonth} to {campaign.LastMonth}): "
                + "write a month inside it (a deadline copied from last year's file needs its year changed), or leave the deadline empty.");
            return;
        }
        var target = new Target(r.Campaign, r.Indicator, r.Unit, r.Target, r.TargetMax, r.Baseline, r.Deadline);
        if (!_duplicates.Check((r.Campaign, r.Indicator, r.Unit), target, r.Line, "unit", $"{r.Unit}/{r.Indicator}", context)) return;
        var events = SetTarget.Decide(new SetTarget(target), current, context.Now);
        if (events.Count > 0) await ClosedCampaignTargets.CheckAsync(context, r.Line, campaign, current, target, ct);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineCampaign.StreamId(r.Campaign), e);
        await context.FlushIfFullAsync(ct);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
