using ThiDua.Formatting;

namespace ThiDua.Awards.Deciding;

/// <summary>
/// The council's secret ballot on one candidate: how many members agreed, out of the council's members. The share is
/// counted on all the council's members, not those present (khoản 8 Điều 45 Nghị định 91/2017/NĐ-CP: an absent member
/// gives their opinion in writing), so an absence cannot lower the bar.
/// </summary>
public sealed record CouncilVote(int For, int Members)
{
    /// <summary>The agreeing members' share of the council, 0–1.</summary>
    public decimal Share => Members == 0 ? 0m : (decimal)For / Members;

    /// <summary>At least <paramref name="requiredPercent"/> % of the members agreed (compared exactly, not on a rounded share).</summary>
    public bool Reaches(decimal requiredPercent) => For * 100m >= requiredPercent * Members;

    /// <summary>As the minutes write it: "9/11 (81,82%)" — the percent as the product writes every percent, two decimals
    /// so a share just under a threshold does not print as the threshold.</summary>
    public string Vietnamese() => $"{For}/{Members} ({VietnameseNumber.FormatPercent(Share, 2)})";

    /// <summary>How a history or the audit log names it beside the decision: "biểu quyết 9/11 đồng ý" (the share is in the
    /// decisions tables and the biên bản).</summary>
    public string Ballot() => $"biểu quyết {For}/{Members} đồng ý";

    /// <summary>The vote when both numbers were recorded, else none.</summary>
    public static CouncilVote? Of(int? votesFor, int? members) => votesFor is { } f && members is { } m ? new CouncilVote(f, m) : null;
}
