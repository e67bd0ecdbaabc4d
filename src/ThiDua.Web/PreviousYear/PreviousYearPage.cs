using System.Text;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.PreviousYear;
using ThiDua.Ranking;
using ThiDua.Units;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.PreviousYear;

/// <summary>
/// <c>/campaigns/{c}/previous-year</c>: so với cùng kỳ năm trước — each unit's score and rank beside last year's at the
/// same month of the campaign, one table per cụm, khối as the ranking; then the units ranked last year only.
/// </summary>
public static class PreviousYearPage
{
    public const string Title = "So với cùng kỳ năm trước";

    public static string Render(CampaignView view, DashboardSelection selection, PreviousYearComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(selection);
        var c = view.Snapshot.Campaign;
        var path = $"/campaigns/{H.Segment(c.Code)}/previous-year";
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{H.Segment(c.Code)}\">{H.Encode(c.Name)}</a> › {Title}</nav>");
        sb.Append(FilterForm.Render(path, ["cluster", "period", "asOf"], view, selection));
        if (comparison is null)
            return PageLayout.Render(Title + " — " + c.Name, sb.Append(NoPrevious(c.Code)).ToString(), "/");
        foreach (var line in PreviousYearWords.Basis(comparison)) sb.Append($"<p class=\"meta\">{H.Encode(line)}</p>");
        var rows = Shown(comparison, selection);
        var ranked = rows.Where(r => r.Rank is not null).ToList();
        if (ranked.Count == 0) sb.Append(NoTargetsNotice.Html("Chưa có đơn vị nào được xếp hạng năm nay trong nhóm này."));
        foreach (var group in ranked.GroupBy(r => (r.Cluster, r.Kind)))
            sb.Append(Table(view, comparison, group.Key.Cluster, group.Key.Kind, group));
        var gone = rows.Where(r => r.Rank is null).ToList();
        if (gone.Count > 0)
        {
            sb.Append($"<h2 id=\"chi-nam-truoc\">Có trong xếp hạng {H.Encode(comparison.PreviousCampaign)}, không có năm nay ({VietnameseNumber.Format(gone.Count)})</h2><ul>");
            foreach (var r in gone)
                sb.Append($"<li>{H.UnitName(r.UnitName)} ({H.Encode(r.Unit)}): năm trước hạng {r.PreviousRank}, điểm {VietnameseNumber.FormatFixed(r.PreviousScore!.Value, 2)}; ")
                  .Append($"{H.Encode(PreviousYearWords.Unpaired(r, view.UnitName))}.</li>");
            sb.Append("</ul>");
        }
        sb.Append(Exports.ExportLinks.Excel("previous-year", CampaignDashboardPage.Filters(view, selection)));
        return PageLayout.Render(Title + " — " + c.Name, sb.ToString(), "/",
            [new DataLink($"/api/campaigns/{H.Segment(c.Code)}/previous-year?period={comparison.Period}" + (view.AsOf is { } at ? "&asOf=" + H.Query(VietnameseDates.Iso(at)) : ""), "so với năm trước")]);
    }

    private static string Table(CampaignView view, PreviousYearComparison comparison, string? cluster, UnitKind kind, IEnumerable<PreviousYearRow> rows)
    {
        var heading = $"{RankingGroupName.ClusterHeading(cluster, view.Snapshot.ClusterName(cluster))} — {StatusWords.Of(kind)}";
        var (now, before) = (VietnameseDates.MonthNumber(comparison.Period), VietnameseDates.MonthNumber(comparison.PreviousPeriod));
        var sb = new StringBuilder($"<section class=\"panel\"><h3>{H.Encode(heading)}</h3><div class=\"table-wrap\"><table>{TableCaption.For($"{heading}: {comparison.Campaign} tháng {now} so với {comparison.PreviousCampaign} tháng {before}")}");
        sb.Append($"<thead><tr><th scope=\"col\" class=\"num\">Hạng {now}</th><th scope=\"col\">{(kind == UnitKind.Individual ? "Họ và tên" : "Đơn vị")}</th><th scope=\"col\" class=\"num\">Điểm {now}</th>")
          .Append($"<th scope=\"col\" class=\"num\">Hạng {before}</th><th scope=\"col\" class=\"num\">Điểm {before}</th><th scope=\"col\" class=\"num\">Thay đổi điểm</th><th scope=\"col\" class=\"num\">Thay đổi hạng</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            sb.Append($"<tr><td class=\"num\">{r.Rank}</td><td><a href=\"/campaigns/{H.Segment(comparison.Campaign)}/units/{H.Segment(r.Unit)}\">{H.UnitName(r.UnitName)}</a></td>")
              .Append($"<td class=\"num\">{VietnameseNumber.FormatFixed(r.Score!.Value, 2)}</td>");
            if (r.Status == PreviousYearStatus.New)
                sb.Append($"<td colspan=\"4\">{H.Encode(PreviousYearWords.Unpaired(r, view.UnitName))}</td>");
            else
                sb.Append($"<td class=\"num\">{r.PreviousRank}{(r.RankChange is null ? " <small>(cụm, khối khác)</small>" : "")}</td><td class=\"num\">{VietnameseNumber.FormatFixed(r.PreviousScore!.Value, 2)}</td>")
                  .Append($"<td class=\"num\">{PreviousYearWords.Change(r.ScoreChange!.Value)}</td><td class=\"num\">{RankCell(r.RankChange)}</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table></div></section>").ToString();
    }

    // The arrow in words for a screen reader too, as the ranking's movement column.
    private static string RankCell(int? change) => change switch
    {
        null => "—" + ScreenReaderText.For(" (không so được: khác cụm, khối)"),
        > 0 => $"<span class=\"move up\">{PreviousYearWords.RankChange(change.Value)}{ScreenReaderText.For($" (lên {change} hạng)")}</span>",
        < 0 => $"<span class=\"move down\">{PreviousYearWords.RankChange(change.Value)}{ScreenReaderText.For($" (xuống {-change} hạng)")}</span>",
        _ => $"<span class=\"move same\">={ScreenReaderText.For(" (giữ nguyên hạng)")}</span>",
    };

    /// <summary>The rows of the chosen cụm, khối (a unit only last year by its cụm then); all without one.</summary>
    public static IReadOnlyList<PreviousYearRow> Shown(PreviousYearComparison comparison, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(selection);
        return comparison.Rows.Where(r => Admits(selection.Cluster, r)).ToList();
    }

    private static bool Admits(string? selected, PreviousYearRow row)
    {
        if (selected is null) return true;
        var cluster = PreviousYearRows.ListedCluster(row);
        return selected.Length == 0 ? string.IsNullOrEmpty(cluster) : cluster == selected;
    }

    private static string NoPrevious(string code) =>
        $"<p class=\"notice\">Chưa xác định được phong trào năm trước của {H.Encode(code)}. Ghi mã phong trào năm trước vào cột 'Phong trào năm trước' (previous) "
        + "của campaigns.csv rồi nhập lại tệp; để trống cột này thì phong trào cùng mã với năm trừ 1"
        + (PreviousCampaigns.YearBefore(code) is { } guess ? $" ({H.Encode(guess)})" : "") + " được dùng khi đã được nhập.</p>";
}
