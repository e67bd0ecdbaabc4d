using ThiDua.Awards;
using ThiDua.Awards.Defining;
using ThiDua.Campaigns.Defining;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>award_forms.csv.</summary>
internal sealed class AwardFormsImport : IRowImport
{
    private readonly FileDuplicates<(string, string), AwardForm> _duplicates = new();

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (AwardFormRow)row;
        if (!context.State.Campaigns.ContainsKey(r.Campaign))
        {
            context.Missing(r.Line, "campaign", r.Campaign, "phong trào", "campaign", "campaigns.csv");
            return;
        }
        var definitions = await context.State.DefinitionsAsync(r.Campaign, ct);
        var current = definitions.Forms.GetValueOrDefault(r.Code);
        var form = new AwardForm(r.Campaign, r.Code, r.Name, context.FileOr("level", r.Level, current?.Level), r.Recipient, r.Quota,
            context.FileOr("min_rating", r.MinRating, current?.MinRating ?? r.MinRating),
            context.FileOr("require_initiative", r.RequireInitiative, current?.RequireInitiative ?? r.RequireInitiative),
            context.FileOr("require_all_targets", r.RequireAllTargets, current?.RequireAllTargets ?? r.RequireAllTargets),
            context.FileOr("quota_scope", r.QuotaScope, current?.QuotaScope ?? r.QuotaScope),
            context.FileOr("require_registration", r.RequireRegistration, current?.RequireRegistration ?? r.RequireRegistration),
            context.FileOr("required_vote_share", r.RequiredShare, current?.RequiredShare));
        if (!_duplicates.Check((r.Campaign, r.Code), form, r.Line, "code", r.Code, context)) return;
        var events = DefineAwardForm.Decide(new DefineAwardForm(form), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineCampaign.StreamId(r.Campaign), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
