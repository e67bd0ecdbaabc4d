using ThiDua.Campaigns.Defining;
using ThiDua.Import.Parsing;
using ThiDua.Indicators;
using ThiDua.Indicators.Defining;

namespace ThiDua.Import.Importing;

/// <summary>indicators.csv: the campaign must exist; a changed direction must still fit the targets already set.</summary>
internal sealed class IndicatorsImport : IRowImport
{
    private readonly FileDuplicates<(string, string), Indicator> _duplicates = new();

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (IndicatorRow)row;
        if (!context.State.Campaigns.ContainsKey(r.Campaign))
        {
            context.Missing(r.Line, "campaign", r.Campaign, "phong trào", "campaign", "campaigns.csv");
            return;
        }
        var definitions = await context.State.DefinitionsAsync(r.Campaign, ct);
        var current = definitions.Indicators.GetValueOrDefault(r.Code);
        var indicator = new Indicator(r.Campaign, r.Code, r.Name, context.FileOr("uom", r.Uom, current?.Uom), r.Direction, r.Aggregation,
            context.FileOr("weight", r.Weight, current?.Weight ?? r.Weight));
        if (!_duplicates.Check((r.Campaign, r.Code), indicator, r.Line, "code", r.Code, context)) return;
        if (current is not null && current.Direction != r.Direction)
        {
            foreach (var target in definitions.Targets.Values.Where(t => t.Indicator == r.Code))
            {
                if (TargetDefinitionRules.Check(r.Direction, target.Value, target.Baseline) is { } problem)
                {
                    context.Error(r.Line, "direction", r.Direction.ToString(),
                        $"Không đổi được hướng: chỉ tiêu đã giao cho '{target.Unit}' không hợp lệ với hướng mới — {problem.Vi}",
                        $"Cannot change the direction: the target set for '{target.Unit}' does not fit it — {problem.En}");
                    return;
                }
            }
        }
        var events = DefineIndicator.Decide(new DefineIndicator(indicator), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineCampaign.StreamId(r.Campaign), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
