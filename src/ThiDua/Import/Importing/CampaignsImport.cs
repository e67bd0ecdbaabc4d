using ThiDua.Campaigns;
using ThiDua.Campaigns.Defining;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>campaigns.csv.</summary>
internal sealed class CampaignsImport : IRowImport
{
    private readonly FileDuplicates<string, Campaign> _duplicates = new();
    private LookAlikeCodes? _lookAlikes;
    private readonly PreviousCampaignLinks _links = new();

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (CampaignRow)row;
        var current = context.State.Campaigns.GetValueOrDefault(r.Code);
        var campaign = new Campaign(r.Code, r.Name, r.Kind, r.Start, r.End,
            context.FileOr("registration_deadline", r.RegistrationDeadline, current?.RegistrationDeadline),
            context.FileOr("midterm_review", r.MidtermReview, current?.MidtermReview),
            context.FileOr("final_review", r.FinalReview, current?.FinalReview),
            context.FileOr("dossier_deadline", r.DossierDeadline, current?.DossierDeadline),
            context.FileOr("score_cap", r.ScoreCap, current?.ScoreCap ?? r.ScoreCap),
            context.FileOr("previous", r.Previous, current?.Previous));
        if (!_duplicates.Check(r.Code, campaign, r.Line, "code", r.Code, context)) return;
        _links.Add(r.Line, campaign);
        if (current is null)
            (_lookAlikes ??= new LookAlikeCodes(context.State.Campaigns.Keys)).Check(context, r.Line, r.Code, DefineCampaign.StreamId(r.Code), "phong trào", "campaign");
        else
            await CampaignFiguresLeftOut.CheckAsync(context, r.Line, current, campaign, ct);
        var events = DefineCampaign.Decide(new DefineCampaign(campaign), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineCampaign.StreamId(r.Code), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct)
    {
        _links.Check(context);
        return Task.CompletedTask;
    }
}
