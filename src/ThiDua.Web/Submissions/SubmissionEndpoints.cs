using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThiDua.Documents.Dossier;
using ThiDua.Documents.Reminders;
using ThiDua.Documents.Settings;
using ThiDua.Hosting;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Errors;
using ThiDua.Web.Html;

namespace ThiDua.Web.Submissions;

/// <summary>Maps <c>/campaigns/{c}/submissions</c> (tình hình báo cáo số liệu) and its công văn đôn đốc (Word).</summary>
public static class SubmissionEndpoints
{
    public static IEndpointRouteBuilder MapSubmissionPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/campaigns/{campaign}/submissions", async (string campaign, HttpRequest request, CampaignViews views, CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            return Pages.Html(SubmissionsPage.Render(view, selection, request));
        }).ExcludeFromDescription();
        app.MapGet("/campaigns/{campaign}/submissions/reminder.docx", async (string campaign, HttpRequest request, CampaignViews views, ThiDuaRuntime runtime,
            CancellationToken ct) =>
        {
            var (view, selection) = await CampaignPages.LoadAsync(campaign, request, views, ct);
            var owing = SubmissionsPage.Rows(view, selection).Where(r => !r.Complete).ToList();
            if (owing.Count == 0)
                throw RequestRejectedException.NotFound($"Không có tập thể, cá nhân nào còn thiếu số liệu {ThiDua.Formatting.VietnameseDates.Month(view.Period)}: không cần công văn đôn đốc / "
                    + $"every unit has sent its figures for {view.Period}: there is nothing to remind.");
            var c = view.Snapshot.Campaign;
            var docx = SubmissionReminderDocx.Build(c, view.Period, owing, view.IndicatorName, DossierSettingsFile.Load(c.Code),
                view.AsOf ?? runtime.Clock.GetUtcNow());
            return Results.File(docx, DossierFileNames.ContentType, $"cong-van-don-doc-{c.Code}-{view.Period}.docx");
        }).ExcludeFromDescription();
        return app;
    }
}
