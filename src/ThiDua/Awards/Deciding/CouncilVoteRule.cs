using ThiDua.Formatting;

namespace ThiDua.Awards.Deciding;

/// <summary>
/// A form's required share of the council's votes (award_forms.csv <c>required_vote_share</c>): an approval whose
/// recorded vote falls short is refused. No vote recorded, no share set, or a decision other than approval: no check —
/// the office may record the decision without its ballot, as before.
/// </summary>
public static class CouncilVoteRule
{
    /// <summary>Why the decision cannot be recorded (Vietnamese, English), or null when it can.</summary>
    public static (string Vi, string En)? Refusal(DecideAward command, AwardForm form)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(form);
        if (command.Decision != AwardDecision.Approved || form.RequiredShare is not { } required) return null;
        if (CouncilVote.Of(command.VotesFor, command.CouncilMembers) is not { } vote || vote.Reaches(required)) return null;
        var need = VietnameseNumber.Format(required, 2);
        return (
            $"Số phiếu đồng ý {vote.Vietnamese()} chưa đạt tỷ lệ {need}% tổng số thành viên Hội đồng mà hình thức '{form.Code}' yêu cầu (cột required_vote_share của award_forms; tính trên tổng số thành viên, không phải số có mặt): không thể ghi 'đồng ý' — hãy kiểm tra lại số phiếu, hoặc ghi quyết định 'không đồng ý' / 'hoãn xét'.",
            $"{vote.For} of {vote.Members} members agreeing ({Math.Round(vote.Share * 100m, 2).ToString(System.Globalization.CultureInfo.InvariantCulture)}%) is under the {required.ToString(System.Globalization.CultureInfo.InvariantCulture)}% of all the council's members that form '{form.Code}' requires (award_forms' required_vote_share; counted on all members, not those present): it cannot be recorded as approved — check the votes, or record it as rejected or deferred.");
    }

    /// <summary>
    /// Why a rejection looks like a slip (Vietnamese, English): the recorded ballot reaches the form's required share,
    /// or, for a form without one, every member agreed. It may be right — the competent authority may not award what
    /// the council proposed — so the importer warns rather than refuses. Null for anything else.
    /// </summary>
    public static (string Vi, string En)? RejectionDespiteTheVote(DecideAward command, AwardForm form)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(form);
        if (command.Decision != AwardDecision.Rejected || CouncilVote.Of(command.VotesFor, command.CouncilMembers) is not { } vote) return null;
        if (form.RequiredShare is { } required)
            return vote.Reaches(required)
                ? ($"số phiếu đồng ý {vote.Vietnamese()} đạt tỷ lệ {VietnameseNumber.Format(required, 2)}% mà hình thức '{form.Code}' yêu cầu",
                    $"{vote.For} of {vote.Members} members agreeing reaches the {required.ToString(System.Globalization.CultureInfo.InvariantCulture)}% form '{form.Code}' requires")
                : null;
        return vote.For == vote.Members && vote.Members > 0
            ? ($"cả {vote.For}/{vote.Members} thành viên Hội đồng đồng ý", $"all {vote.Members} of the council's members agreed")
            : null;
    }

    /// <summary>
    /// Why an approval with no ballot looks like a gap (Vietnamese, English): the form requires a share of the
    /// council's votes, so the share cannot be checked. It may be right — the office may record the decision before the
    /// biên bản is at hand — so the importer warns rather than refuses, and only when the file has the ballot's columns
    /// (an older file, or the campaign page's form, never carries a ballot). Null for anything else.
    /// </summary>
    public static (string Vi, string En)? ApprovalWithoutBallot(DecideAward command, AwardForm form)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(form);
        if (command.Decision != AwardDecision.Approved || form.RequiredShare is not { } required) return null;
        if (command.VotesFor is not null || command.CouncilMembers is not null) return null;
        return ($"hình thức '{form.Code}' yêu cầu ít nhất {VietnameseNumber.Format(required, 2)}% tổng số thành viên Hội đồng đồng ý",
            $"form '{form.Code}' requires at least {required.ToString(System.Globalization.CultureInfo.InvariantCulture)}% of all the council's members to agree");
    }
}
