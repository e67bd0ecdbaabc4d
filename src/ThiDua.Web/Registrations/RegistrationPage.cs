using System.Text;
using ThiDua.Dashboards;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.Registrations;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Registrations;

/// <summary>
/// <c>/campaigns/{c}/registrations</c>: who registered for the campaign and for which titles and forms, on time or
/// late against the registration deadline, and who taking part has not registered; as of a time when asked.
/// </summary>
public static class RegistrationPage
{
    public static string Render(CampaignView view, DashboardSelection selection)
    {
        ArgumentNullException.ThrowIfNull(view);
        var snapshot = view.Snapshot;
        var c = snapshot.Campaign;
        var rows = RegistrationRoll.Of(snapshot);
        var sb = new StringBuilder(CampaignHeader.Render(view));
        sb.Append($"<nav class=\"crumbs\" aria-label=\"Đường dẫn\"><a href=\"/campaigns/{H.Segment(c.Code)}\">{H.Encode(c.Name)}</a> › Đăng ký thi đua</nav>");
        sb.Append(FilterForm.Render($"/campaigns/{c.Code}/registrations", ["asOf"], view, selection));
        sb.Append("<p class=\"notice\">").Append(c.RegistrationDeadline is { } d
            ? $"Hạn đăng ký thi đua: <strong>{VietnameseDates.Date(d)}</strong>. Đăng ký sau hạn vẫn được lưu và ghi là “muộn”, nhưng không được tính khi xét hình thức yêu cầu đăng ký."
            : "Phong trào không quy định hạn đăng ký thi đua: mọi ngày đăng ký đều được tính.").Append("</p>");
        var required = snapshot.AwardForms.Where(f => f.RequireRegistration).Select(f => H.Encode(f.Name)).ToList();
        sb.Append("<p class=\"meta\">").Append(required.Count == 0
            ? "Không hình thức khen thưởng nào của phong trào yêu cầu đăng ký."
            : "Hình thức yêu cầu đăng ký đúng hạn: " + string.Join("; ", required) + ".").Append("</p>");
        // Counted as the list "Chưa đăng ký" below counts: a person who registered a title (Lao động tiên tiến) but not the
        // campaign itself has registered — the sentence said "11 chưa đăng ký" over a list of one. A unit merged or
        // dissolved is counted apart (the list marks it): it is not one to chase.
        var n = RegistrationCounts.Of(rows);
        // Those still to chase first, then the ended ones (each marked).
        var missing = rows.Where(r => !r.Registered).OrderBy(r => r.Unit.Ended is not null).ToList();
        sb.Append($"<p>Đăng ký phong trào: <strong>{VietnameseNumber.Format(n.OnTime)}</strong> đúng hạn, <strong>{VietnameseNumber.Format(n.Late)}</strong> muộn")
          .Append(n.FormsOnly > 0 ? $"; chỉ đăng ký danh hiệu, hình thức: <strong>{VietnameseNumber.Format(n.FormsOnly)}</strong>" : "")
          .Append($"; chưa đăng ký: <strong>{VietnameseNumber.Format(n.Missing)}</strong>")
          .Append(n.EndedMissing > 0 ? $"; ngừng hoạt động, không đăng ký: <strong>{VietnameseNumber.Format(n.EndedMissing)}</strong>" : "")
          .Append($" (trên {VietnameseNumber.Format(n.Total)} tập thể, cá nhân tham gia).</p>");
        sb.Append("<h2>Danh sách đăng ký</h2>").Append(Table(view, rows))
          .Append(Exports.ExportLinks.Excel("registrations", ("campaign", c.Code), ("asOf", view.AsOf?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))));
        sb.Append("<h2 id=\"chua-dang-ky\">Chưa đăng ký</h2>").Append(missing.Count == 0
            ? "<p>Mọi tập thể, cá nhân tham gia đã đăng ký.</p>"
            : "<ul>" + string.Concat(missing.Select(r => $"<li>{H.Encode(r.Unit.Name)} ({H.Encode(r.Unit.Code)}) — {StatusWords.Of(r.Unit.Kind)}{Ended(view, r)}</li>")) + "</ul>");
        return PageLayout.Render("Đăng ký thi đua — " + c.Name, sb.ToString(), "/");
    }

    private static string Table(CampaignView view, IReadOnlyList<RegistrationRollRow> rows)
    {
        var sb = new StringBuilder("<div class=\"table-wrap\"><table class=\"registrations\">" + TableCaption.For("Đăng ký thi đua của các tập thể, cá nhân") + "<thead><tr><th>Tập thể, cá nhân</th><th>Loại</th><th>Cụm, khối</th>")
            .Append("<th>Đăng ký phong trào</th><th>Đăng ký danh hiệu, hình thức khen thưởng</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            // "Không thuộc cụm, khối" as the dossier and the rankings say it: a "—" read as a figure left out.
            var cluster = RankingGroupName.ClusterHeading(r.Unit.Cluster, view.Snapshot.ClusterName(r.Unit.Cluster));
            var forms = r.Forms.Count == 0 ? "—"
                : string.Join("<br>", r.Forms.Select(e => $"{H.Encode(view.FormName(e.Registration.Form!))}: {Entry(e)}"));
            sb.Append($"<tr><td>{H.Encode(r.Unit.Name)} ({H.Encode(r.Unit.Code)}){Ended(view, r)}</td><td>{StatusWords.Of(r.Unit.Kind)}</td><td>{H.Encode(cluster)}</td>")
              .Append($"<td>{(r.Campaign is { } own ? Entry(own) : r.Forms.Count > 0 ? FormsOnly : "<span class=\"status st-notmet\">Chưa đăng ký</span>")}</td><td>{forms}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }

    // A unit merged or dissolved since is still listed (its registration is history) but says so: a red "Chưa đăng ký"
    // beside a district dissolved in July read as a unit still to chase.
    private static string Ended(CampaignView view, RegistrationRollRow r) => r.Unit.Ended is not null
        ? $" <span class=\"meta\">· {Campaigns.UnitMergerWords.EndedIn(view, r.Unit)}</span>" : "";

    // Not a red "Chưa đăng ký": the row's next cell shows the title registered, which counts as registering.
    private const string FormsOnly = "<span class=\"meta\">— (đăng ký theo danh hiệu, hình thức)</span>";

    private static string Entry(RegistrationEntry e) =>
        $"{VietnameseDates.Date(e.Registration.Date)} — " + (e.OnTime ? "<span class=\"status st-met\">đúng hạn</span>" : "<span class=\"status st-notmet\">muộn (không được tính)</span>")
        + (e.Registration.Note is { Length: > 0 } note ? $" <span class=\"meta\">({H.Encode(note)})</span>" : "");
}
