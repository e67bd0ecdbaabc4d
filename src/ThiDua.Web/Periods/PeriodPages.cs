using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Web.Errors;
using ThiDua.Web.Imports;
using ThiDua.Web.Html;
using ThiDua.Web.Security;

namespace ThiDua.Web.Periods;

/// <summary>
/// The campaign page's admin forms: <c>POST /campaigns/{c}/periods/close</c>, <c>…/periods/reopen</c> and
/// <c>…/decisions</c> (a council decision, recorded as a one-line award_decisions import so it is checked exactly as a
/// file is). Done: back to the campaign page at the section, which says what was done (<see cref="FormDoneNotice"/>); refused: 422 with the reason in both languages.
/// </summary>
public static class PeriodPages
{
    public static IEndpointRouteBuilder MapPeriodPages(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/campaigns/{campaign}").RequireAuthorization(AuthPolicies.Admin);
        admin.MapPost("/periods/close", (string campaign, HttpContext context, ThiDuaRuntime runtime) =>
            ChangeAsync(campaign, context, runtime, FormDoneNotice.Closed, (w, month, actor, reason, ct) => w.CloseAsync(campaign, month, actor, reason, ct)))
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        admin.MapPost("/periods/reopen", (string campaign, HttpContext context, ThiDuaRuntime runtime) =>
            ChangeAsync(campaign, context, runtime, FormDoneNotice.Reopened, (w, month, actor, reason, ct) => w.ReopenAsync(campaign, month, actor, reason, ct)))
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        admin.MapPost("/decisions", async (string campaign, HttpContext context, ThiDuaRuntime runtime) =>
        {
            var form = await FormBody.ReadAsync(context);
            var candidate = (form.Field("candidate") ?? "").Split('|', 2);
            if (candidate.Length != 2) throw RequestRejectedException.BadRequest("Hãy chọn một ứng viên / choose a candidate.");
            var csv = new StringBuilder("campaign,form,unit,decision,reference,date,note\n")
                .AppendJoin(',', new[] { campaign, candidate[0], candidate[1], form.Field("decision"), form.Field("reference"), form.Field("date"), form.Field("note") }.Select(Quoted))
                .Append('\n').ToString();
            await using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var outcome = await ImportRunner.RunAsync(context, runtime, content, "bieu-mau-quyet-dinh.csv", ImportKind.AwardDecisions, NumberCulture.Vi,
                CultureChoice.WebForm, dryRun: false, acceptWarnings: false, context.RequestAborted);
            if (!outcome.Accepted)
                throw new RequestRejectedException(StatusCodes.Status422UnprocessableEntity,
                    string.Join(" ", outcome.Errors.Select(e => $"{e.MessageVi} / {e.MessageEn}")));
            return Results.Redirect(FormDoneNotice.Location(campaign, FormDoneNotice.Decision, AwardDecisionsHtml.Anchor), permanent: false, preserveMethod: false);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ChangeAsync(string campaign, HttpContext context, ThiDuaRuntime runtime, string done,
        Func<PeriodLockWriter, YearMonth, string, string?, CancellationToken, Task<PeriodOutcome>> change)
    {
        var form = await FormBody.ReadAsync(context);
        if (!YearMonth.TryParse(form.Field("month"), out var month))
            throw RequestRejectedException.BadRequest($"Tháng '{form.Field("month")}' không hợp lệ (YYYY-MM) / '{form.Field("month")}' is not a month (YYYY-MM).");
        var outcome = await change(new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock), month, ThiDuaClaims.ActorOf(context.User),
            form.Field("reason"), context.RequestAborted);
        if (!outcome.Accepted)
        {
            // The writer's refusal names the CLI's --reason; here the admin has the form's field.
            var refusal = outcome.Refusal == PeriodMessages.ReasonMissing ? PeriodMessages.ReasonMissingOnTheForm : outcome.Refusal!;
            throw new RequestRejectedException(outcome.CampaignUnknown ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity, $"{refusal.Vi} / {refusal.En}");
        }
        return Results.Redirect(FormDoneNotice.Location(campaign, done, PeriodLockHtml.Anchor, month));
    }

    private static string Quoted(string? value) => "\"" + (value ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
