using Npgsql;
using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;
using ThiDua.Registry;

namespace ThiDua.Import.Importing;

/// <summary>
/// award_decisions.csv (v2): the council decides once the figures are final, so a campaign's decisions are accepted
/// only after its last month is closed; the unit must be a candidate of the form (a row of the awards list).
/// </summary>
internal sealed class AwardDecisionsImport(NpgsqlConnection conn) : IRowImport
{
    private readonly Dictionary<string, Judged> _campaigns = new(StringComparer.Ordinal);
    private readonly FileDuplicates<(string, string, string), (AwardDecision, string?, DateOnly?, string?, int?, int?)> _duplicates = new();
    private readonly MeetingCouncilSizes _meetings = new();
    private readonly StoredMeetingCouncilSizes _storedMeetings = new();

    private sealed record Judged(CampaignSnapshot Snapshot, HashSet<(string Form, string Unit)> Candidates,
        IReadOnlyDictionary<(string Form, string Unit), AwardDecisionRecord> Current);

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (AwardDecisionRow)row;
        if (!context.State.Campaigns.ContainsKey(r.Campaign))
        {
            context.Missing(r.Line, "campaign", r.Campaign, "phong trào", "campaign", "campaigns.csv");
            return;
        }
        var judged = await JudgedAsync(r.Campaign, ct);
        var campaign = judged.Snapshot.Campaign;
        if (!judged.Snapshot.Locks.IsLocked(campaign.LastMonth))
        {
            var close = ImportHints.CloseLastMonth(context.Request.CultureChoice, r.Campaign, campaign.LastMonth);
            context.Error(r.Line, "campaign", r.Campaign,
                $"Chưa chốt số liệu tháng cuối ({VietnameseDates.Month(campaign.LastMonth)}) của phong trào {r.Campaign} ({Periods.Locks.PeriodMessages.State(judged.Snapshot.Locks)}): quyết định khen thưởng chỉ được ghi sau khi chốt — {close.Vi}.",
                $"The last month ({campaign.LastMonth}) of campaign {r.Campaign} is not closed ({Periods.Locks.PeriodMessages.StateEn(judged.Snapshot.Locks)}): award decisions are accepted only after the close — {close.En}.");
            return;
        }
        if (judged.Snapshot.AwardForms.FirstOrDefault(f => f.Code == r.Form) is not { } form)
        {
            context.Missing(r.Line, "form", r.Form, "hình thức khen thưởng", "award form", "award_forms.csv", r.Campaign);
            return;
        }
        if (!judged.Candidates.Contains((r.Form, r.Unit)))
        {
            var see = ImportHints.SeeCandidates(context.Request.CultureChoice, r.Campaign);
            context.Error(r.Line, "unit", r.Unit,
                $"'{r.Unit}' không có trong danh sách xét hình thức '{r.Form}' của phong trào {r.Campaign} ({see.Vi}): hãy sửa mã đơn vị hoặc hình thức.",
                $"'{r.Unit}' is not a candidate of form '{r.Form}' in campaign {r.Campaign} ({see.En}): correct the unit or the form.");
            return;
        }
        var current = judged.Current.GetValueOrDefault((r.Form, r.Unit));
        // A file without the ballot's columns (an older file, the campaign page's one-decision form adding the act's
        // number) keeps the ballot recorded with the same decision, as a file without `cluster` keeps the clusters;
        // empty cells remove it. A different decision was not what that ballot voted on: none is carried over.
        var kept = current is not null && current.Decision == r.Decision ? current : null;
        var votesFor = context.FileOr(Parsing.CouncilVoteCells.VotesFor, r.VotesFor, kept?.VotesFor);
        var members = context.FileOr(Parsing.CouncilVoteCells.CouncilMembers, r.CouncilMembers, kept?.CouncilMembers);
        var command = new DecideAward(r.Campaign, r.Form, r.Unit, r.Decision, r.Reference, r.Date, r.Note, context.Request.Actor, votesFor, members);
        if (CouncilVoteRule.Refusal(command, form) is { } refused)
        {
            context.Error(r.Line, context.Header(Parsing.CouncilVoteCells.VotesFor), votesFor?.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Vi, refused.En);
            return;
        }
        if (!_meetings.Check(r, r.CouncilMembers, context)) return;
        _storedMeetings.Note(r, r.CouncilMembers, judged.Current.Values);
        if (!_duplicates.Check((r.Campaign, r.Form, r.Unit), (r.Decision, r.Reference, r.Date, r.Note, votesFor, members), r.Line, "unit", r.Unit, context)) return;
        var decided = DecideAward.Decide(command, current, context.Now);
        // Only a ballot written in this file: one kept from a decision recorded before was warned about then.
        if (decided is not null && r.VotesFor is not null && CouncilVoteRule.RejectionDespiteTheVote(command, form) is { } slip)
            context.Warnings.Add((DecideAward.StreamId(r.Campaign), AwardDecisionWarnings.Rejection(r, slip, context)));
        // Only where the file has the ballot's columns and leaves them empty: an older file or the campaign page's form never carries one.
        if (decided is not null && context.FileOr(Parsing.CouncilVoteCells.VotesFor, true, false) && CouncilVoteRule.ApprovalWithoutBallot(command, form) is { } requires)
            context.Warnings.Add((DecideAward.StreamId(r.Campaign), AwardDecisionWarnings.Unvoted(r, requires, context)));
        context.Tally.Count(current is not null, decided is not null);
        if (decided is not null) context.Record(r.Line, DecideAward.StreamId(r.Campaign), decided);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct)
    {
        _storedMeetings.Complete(context);
        return Task.CompletedTask;
    }

    // Judged once per campaign in the import's transaction: the candidates as the awards list shows them now.
    private async Task<Judged> JudgedAsync(string campaign, CancellationToken ct)
    {
        if (_campaigns.TryGetValue(campaign, out var found)) return found;
        var snapshot = (await RegistryQueries.SnapshotAsync(conn, campaign, ct))!;
        var candidates = AwardJudge.Judge(snapshot).Select(a => (a.Form, a.Unit)).ToHashSet();
        return _campaigns[campaign] = new Judged(snapshot, candidates, AwardDecisions.Current(snapshot.Decisions));
    }
}
