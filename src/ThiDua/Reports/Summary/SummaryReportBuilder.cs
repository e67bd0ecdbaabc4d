using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Summary;

/// <summary>Builds the summary model from a snapshot taken as of the cut-off. Pure: no clock, no database.</summary>
public static class SummaryReportBuilder
{
    public static SummaryReport Build(CampaignSnapshot snapshot, DateTimeOffset cutOff, ReportPanels? panels)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = CampaignAnalytics.Compute(snapshot, snapshot.Campaign.LastMonth);
        return Build(snapshot, result, AwardJudge.Judge(snapshot, result.Attainment), cutOff, panels);
    }

    /// <summary>As above, with the last month's result and the award candidates the caller already computed (for the panels too).</summary>
    public static SummaryReport Build(CampaignSnapshot snapshot, CampaignResult result, IReadOnlyList<AwardRow> awards, DateTimeOffset cutOff, ReportPanels? panels)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        var campaign = snapshot.Campaign;
        var lines = ReportLines.Indicators(snapshot, result);
        var forms = Forms(snapshot, awards);
        var candidates = forms.SelectMany(f => f.Candidates).ToList();
        var decisions = Awards.Deciding.AwardDecisions.Current(snapshot.Decisions);
        return new SummaryReport(campaign, campaign.LastMonth, cutOff, ReportLines.Rankings(snapshot, result), lines,
            forms, Achievements(snapshot, result, lines, candidates.Where(c => c.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota)),
            Milestones.Of(campaign, cutOff), panels)
        {
            Locks = snapshot.Locks,
            EndedUnits = EndedUnits.In(snapshot, campaign.LastMonth),
            Decided = Decided(snapshot, awards),
            Dossier = Achievements(snapshot, result, lines,
                candidates.Where(c => DossierCandidates.Included(c.Status, decisions.GetValueOrDefault((c.FormCode, c.Unit))?.Decision))),
            CandidateClusters = candidates.Select(c => c.Unit).Distinct(StringComparer.Ordinal)
                .Where(snapshot.Units.ContainsKey)
                .ToDictionary(code => code, code => Ranking.RankingGroupName.ClusterHeading(snapshot.Units[code].Cluster,
                    snapshot.ClusterName(snapshot.Units[code].Cluster)), StringComparer.Ordinal),
            CandidateWorkplaces = candidates.Select(c => c.Unit).Distinct(StringComparer.Ordinal)
                .Select(code => snapshot.Units.GetValueOrDefault(code)).OfType<Units.Unit>()
                .Where(u => u.Kind == Units.UnitKind.Individual && u.Parent is { } p && snapshot.Units.ContainsKey(p))
                .ToDictionary(u => u.Code, u => snapshot.Units[u.Parent!].Name, StringComparer.Ordinal),
        };
    }

    private static IReadOnlyList<DecidedAward> Decided(CampaignSnapshot snapshot, IReadOnlyList<AwardRow> awards)
    {
        var decisions = Awards.Deciding.AwardDecisions.Current(snapshot.Decisions);
        return awards.Where(a => decisions.ContainsKey((a.Form, a.Unit)))
            .Select(a => new DecidedAward(a.Form, snapshot.AwardForms.FirstOrDefault(f => f.Code == a.Form)?.Name ?? a.Form, a.Unit,
                snapshot.Units.TryGetValue(a.Unit, out var u) ? u.Name : a.Unit, a.Status, decisions[(a.Form, a.Unit)]))
            .ToList();
    }

    private static IReadOnlyList<AwardFormResult> Forms(CampaignSnapshot snapshot, IReadOnlyList<AwardRow> rows) =>
        snapshot.AwardForms
            .Select(f => new AwardFormResult(f, rows.Where(r => r.Form == f.Code)
                .Select(r => new AwardProposalLine(f.Code, AwardWording.Proposal(f, r), r.Unit, snapshot.Units.TryGetValue(r.Unit, out var u) ? u.Name : r.Unit,
                    r.RecipientKind, r.Status, r.Score, r.Reasons))
                .ToList()))
            .ToList();

    // One achievement per unit among these candidates, collectives first, listing the forms it is a candidate of.
    private static IReadOnlyList<Achievement> Achievements(CampaignSnapshot snapshot, CampaignResult result,
        IReadOnlyList<IndicatorResultLine> lines, IEnumerable<AwardProposalLine> candidates)
    {
        var proposals = candidates.ToList();
        var ratings = snapshot.Ratings.ToDictionary(r => r.Unit, StringComparer.Ordinal);
        Units.Unit? ParentOf(Units.Unit u) => u.Parent is { } p ? snapshot.Units.GetValueOrDefault(p) : null;
        return proposals
            .Select(p => p.Unit).Distinct(StringComparer.Ordinal)
            .Select(code => snapshot.Units[code])
            .OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u =>
            {
                var score = result.Scores.GetValueOrDefault(u.Code);
                var rank = result.Ranking.FirstOrDefault(r => r.Unit == u.Code)?.Rank;
                var parent = ParentOf(u);
                return new Achievement(u, parent?.Name, score?.Score, rank, score?.Met ?? 0, score?.Assigned ?? 0,
                    lines.Where(l => l.Unit == u.Code).ToList(), ratings.GetValueOrDefault(u.Code),
                    proposals.Where(x => x.Unit == u.Code).ToList())
                {
                    ClusterName = snapshot.ClusterName(u.Cluster),
                    GrandparentName = parent is null ? null : ParentOf(parent)?.Name,
                };
            })
            .ToList();
    }
}
