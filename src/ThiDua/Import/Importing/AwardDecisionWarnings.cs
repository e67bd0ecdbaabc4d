using ThiDua.Awards.Deciding;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>The warnings an award decision may raise (refused unless accepted, kept with the event when accepted).</summary>
internal static class AwardDecisionWarnings
{
    /// <summary>'không đồng ý' with a ballot that carried it (<see cref="CouncilVoteRule.RejectionDespiteTheVote"/>).</summary>
    public static Plausibility.ImportWarning Rejection(AwardDecisionRow r, (string Vi, string En) slip, ImportContext context)
    {
        var accept = ImportHints.AcceptWarnings(context.Request.CultureChoice);
        return new(r.Line, "decision", AwardDecisions.Word(r.Decision), "rejected_despite_vote", 0,
            $"Quyết định 'không đồng ý' cho '{r.Unit}' (hình thức '{r.Form}') nhưng {slip.Vi}: kiểm tra lại — có thể ghi nhầm quyết định hoặc số phiếu. Nếu đúng là không đồng ý (cấp có thẩm quyền không khen dù Hội đồng đề nghị), {accept.Vi}.",
            $"'{r.Unit}' (form '{r.Form}') is recorded as rejected, but {slip.En}: check it — the decision or the votes may be a slip. If it really was rejected (the competent authority did not award what the council proposed), {accept.En}.");
    }

    /// <summary>'đồng ý' with the ballot's cells left empty on a form that requires a share (<see cref="CouncilVoteRule.ApprovalWithoutBallot"/>).</summary>
    public static Plausibility.ImportWarning Unvoted(AwardDecisionRow r, (string Vi, string En) requires, ImportContext context)
    {
        var accept = ImportHints.AcceptWarnings(context.Request.CultureChoice);
        var (votes, members) = (context.Header(CouncilVoteCells.VotesFor), context.Header(CouncilVoteCells.CouncilMembers));
        return new(r.Line, votes, "", "approved_without_vote", 0,
            $"Quyết định 'đồng ý' cho '{r.Unit}' nhưng để trống số phiếu (cột {votes} và {members}), trong khi {requires.Vi}: không kiểm tra được tỷ lệ phiếu. "
            + $"Hãy ghi số phiếu đồng ý và tổng số thành viên Hội đồng theo biên bản họp Hội đồng. Nếu chưa có biên bản hoặc hình thức này được xét không qua bỏ phiếu, {accept.Vi}.",
            $"'{r.Unit}' is recorded as approved with the ballot left empty ({votes} and {members}), while {requires.En}: the share cannot be checked. "
            + $"Write the members agreeing and the council's number of members from the council's minutes. If the minutes are not at hand or this form was decided without a ballot, {accept.En}.");
    }
}
