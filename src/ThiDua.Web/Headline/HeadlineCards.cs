using System.Text;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Provenance;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Headline;

/// <summary>
/// The few cards a leader reads in ten seconds at the top of the campaign page: the period and its stage, units
/// ahead of / on / behind schedule, the indicators lagging most, each cluster's leader, award proposals, and the
/// period's lock state with the council's decisions. Every number links to its calculation.
/// </summary>
public static class HeadlineCards
{
    /// <param name="links">Where the cards' "xem …" links lead on the page that shows them.</param>
    public static IReadOnlyList<HeadlineCard> Build(CampaignView view, Func<string, bool> admits, SectionLinks links)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(admits);
        ArgumentNullException.ThrowIfNull(links);
        var ranking = view.Result.Ranking.Where(r => admits(r.Unit)).ToList();
        var attainment = view.Result.Attainment.Where(a => admits(a.Unit)).ToList();
        return [Period(view), Schedule(ranking, links), Lagging(view, attainment, links), Leaders(view, ranking), Awards(view, view.Awards.Where(a => admits(a.Unit)).ToList(), links), Periods(view, links)];
    }

    public static string Render(IReadOnlyList<HeadlineCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var sb = new StringBuilder("<div class=\"headline\" id=\"tom-tat\">");
        foreach (var c in cards) sb.Append($"<section class=\"card\" id=\"{H.Encode(c.Id)}\"><h2>{H.Encode(c.Title)}</h2>{c.Html}</section>");
        return sb.Append("</div>").ToString();
    }

    private static HeadlineCard Period(CampaignView view)
    {
        var c = view.Snapshot.Campaign;
        var share = FlowShare.At(c, view.Period);
        var stage = StatusWords.IsFinal(c, view.Period) ? "tháng cuối: xét kết quả cả phong trào" : "đang thực hiện: trạng thái đọc theo tiến độ";
        return new("ky", "Kỳ đang xem", $"<p class=\"big\">Tháng {Html.Labels.Month(view.Period)}</p><p>tháng {share.Elapsed}/{share.Months} của phong trào · {stage}</p>");
    }

    // A unit's score is 100 when on average every indicator is on track: above is ahead of schedule, below behind.
    private static HeadlineCard Schedule(IReadOnlyList<RankingRow> ranking, SectionLinks links)
    {
        int ahead = ranking.Count(r => r.Score > 100m), on = ranking.Count(r => r.Score == 100m), behind = ranking.Count(r => r.Score < 100m);
        return new("tien-do", "Tiến độ các đơn vị", $"<p class=\"big\"><span class=\"good\">{ahead}</span> vượt · {on} đúng · <span class=\"bad\">{behind}</span> chậm</p>"
            + $"<p>trên {ranking.Count} đơn vị, cá nhân được xếp hạng (điểm trên, bằng, dưới 100){links.Link(CampaignDashboardPage.RankingAnchor, "xem xếp hạng", " · ")}</p>");
    }

    private static HeadlineCard Lagging(CampaignView view, IReadOnlyList<AttainmentRow> attainment, SectionLinks links)
    {
        var worst = LaggingIndicators.Worst(attainment).Take(3).ToList();
        if (worst.Count == 0) return new("cham-nhat", "Chỉ tiêu chậm nhất", "<p>Không có chỉ tiêu nào chậm tiến độ.</p>");
        var campaign = H.Segment(view.Snapshot.Campaign.Code);
        var items = string.Concat(worst.Select(x => $"<li><a href=\"/campaigns/{campaign}/indicators/{H.Segment(x.Indicator)}\">{H.Encode(view.IndicatorName(x.Indicator))}</a>: {x.Behind}/{x.Total} đơn vị chậm{NoData(x.NoData)}</li>"));
        return new("cham-nhat", "Chỉ tiêu chậm nhất", $"<ol>{items}</ol>" + (links.Link(HeadlineSection.LaggingAnchor, "xem tất cả") is { Length: > 0 } all ? $"<p>{all}</p>" : ""));
    }

    // A unit that has reported nothing counts as behind (no ratio is on track): the card says how many of them, as the
    // lagging table's "Chưa có số liệu" does, so "1/1 chậm" for a task nobody reported reads for what it is.
    private static string NoData(int count) => count > 0 ? $" ({count} chưa có số liệu)" : "";

    // Rank 1 of each group; units sharing it are all named (ties visibly shared): "đồng hạng 1" is the place they share,
    // as a chart's "1=" reads; it said "đồng hạng 2" for two leaders, which reads as tied for second.
    private static HeadlineCard Leaders(CampaignView view, IReadOnlyList<RankingRow> ranking)
    {
        var groups = ranking.Where(r => r.Rank == 1).GroupBy(r => (r.Cluster, r.Kind)).ToList();
        if (groups.Count == 0) return new("dan-dau", "Dẫn đầu cụm, khối", "<p>Chưa có đơn vị nào được xếp hạng.</p>");
        var campaign = H.Segment(view.Snapshot.Campaign.Code);
        var items = string.Concat(groups.Select(g => $"<li><span class=\"meta\">{H.Encode(RankingGroupName.ClusterHeading(g.Key.Cluster, g.First().ClusterName))}{(g.Key.Kind == UnitKind.Individual ? " — cá nhân" : "")}:</span> "
            + string.Join(", ", g.Select(r => $"<a href=\"/campaigns/{campaign}/units/{H.Segment(r.Unit)}\" title=\"{H.Encode(r.UnitName)}\">{H.Encode(ShortUnitName.Of(r.UnitName))}</a> "
                + ProvenanceLinks.Wrap(ProvenanceLinks.Score(view, r.Unit), VietnameseNumber.FormatFixed(r.Score, 2))))
            + (g.Count() > 1 ? " <em>(đồng hạng 1)</em>" : "") + "</li>"));
        return new("dan-dau", "Dẫn đầu cụm, khối", $"<ul class=\"leaders\">{items}</ul>");
    }

    private static HeadlineCard Awards(CampaignView view, IReadOnlyList<AwardRow> awards, SectionLinks links)
    {
        int proposed = awards.Count(a => a.Status == AwardStatus.Proposed), tied = awards.Count(a => a.Status == AwardStatus.TieAtQuota);
        // Not "khen-thuong": that is the id of the candidates' section the card links to, on the same page.
        return new("de-xuat", "Đề xuất khen thưởng", $"<p class=\"big\">{proposed} đề nghị</p><p>{(tied > 0 ? $"{tied} bằng điểm ở suất cuối · " : "")}"
            + $"xét ở tháng {Html.Labels.Month(view.Snapshot.Campaign.LastMonth)}{links.Link(CampaignDashboardPage.AwardsAnchor, "xem danh sách", " · ")}</p>");
    }

    // The period's lock state as it stood (now or as of) and the council's decisions standing (issue #18).
    private static HeadlineCard Periods(CampaignView view, SectionLinks links)
    {
        var snapshot = view.Snapshot;
        var locks = snapshot.Locks;
        var month = $"Kỳ tháng {Html.Labels.Month(view.Period)}: ";
        var state = locks.IsLocked(view.Period)
            ? $"<p>{month}<strong>đã chốt</strong> — số liệu không còn sửa được.</p>"
            : $"<p>{month}<strong>chưa chốt</strong> — số liệu còn có thể được sửa.</p>";
        var closed = locks.Current is null ? "" : $"<p>{H.Encode(ThiDua.Periods.Locks.PeriodMessages.State(locks))}</p>";
        var decided = ThiDua.Awards.Deciding.AwardDecisions.Current(snapshot.Decisions).Values.ToList();
        var decisions = decided.Count == 0
            ? "<p>Chưa có quyết định khen thưởng nào được ghi nhận.</p>"
            : $"<p>{decided.Count} quyết định khen thưởng: {decided.Count(d => d.Decision == ThiDua.Awards.Deciding.AwardDecision.Approved)} đồng ý"
              + $"{links.Link(Web.Periods.AwardDecisionsHtml.Anchor, "xem", " · ")}</p>";
        var history = links.Link(Web.Periods.PeriodLockHtml.Anchor, "lịch sử chốt, mở lại");
        return new("khoa-so", "Chốt số liệu, quyết định", state + closed + decisions + (history.Length > 0 ? $"<p>{history}</p>" : ""));
    }
}
