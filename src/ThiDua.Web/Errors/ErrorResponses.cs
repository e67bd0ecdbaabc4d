using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThiDua.Analytics.Querying;
using ThiDua.Dashboards;
using ThiDua.Web.Html;

namespace ThiDua.Web.Errors;

/// <summary>
/// Turns failures into answers a user can act on: ProblemDetails for the API and charts, a Vietnamese page
/// for the pages. Never a stack trace or SQL: unexpected errors are logged and answered with a generic message.
/// </summary>
public static class ErrorResponses
{
    public const string Unexpected = "Đã có lỗi ngoài dự kiến; chi tiết được ghi trong nhật ký máy chủ / An unexpected error occurred; details are in the server log.";

    public const string UnreadableBody = "Không đọc được nội dung gửi lên (biểu mẫu hoặc multipart hỏng, hoặc vượt giới hạn số trường) / the request body could not be read (a malformed form or multipart body, or too many fields).";

    public static IApplicationBuilder UseThiDuaErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException && DatabaseOutage.IsUnreachable(e))
        {
            var outage = context.RequestServices.GetRequiredService<DatabaseOutage>();
            outage.Seen(e);
            context.Response.Clear();
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, outage.AnswerFor(context.Request, e));
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            var (status, message) = e switch
            {
                RequestRejectedException r => (r.Status, r.Message),
                QueryRejectedException q => (QueryRejections.StatusOf(q), await CampaignGuess.AppendAsync(context, q, IsMachineRoute(context.Request) ? q.Message : q.ForPages)),
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                    (413, Security.SecurityPipeline.TooLarge(context.RequestServices.GetRequiredService<Security.SecurityLimits>())),
                BadHttpRequestException b => (b.StatusCode, "Yêu cầu không hợp lệ / Invalid request."),
                // A malformed or over-limit form or multipart body (no boundary, cut short, too many fields or parts).
                InvalidDataException => (400, UnreadableBody),
                DashboardDefinitionException d => (500, d.Message),
                _ => (500, Unexpected),
            };
            if (status >= 500)
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ThiDua.Web").LogError(e, "Request {Path} failed", context.Request.Path);
            context.Response.Clear();
            await WriteAsync(context, status, message);
        }
    });

    /// <summary>
    /// Errors answered without a body — a parameter the framework could not bind (<c>?limit=abc</c>), a wrong method,
    /// a rejected request line — get the same bilingual answer as every other error.
    /// </summary>
    public static IApplicationBuilder UseThiDuaStatusBodies(this IApplicationBuilder app) => app.UseStatusCodePages(async c =>
    {
        var context = c.HttpContext;
        var status = context.Response.StatusCode;
        if (context.Response.HasStarted || status < 400) return;
        if (status == StatusCodes.Status404NotFound)
        {
            await NoEndpointAsync(context);
            return;
        }
        await WriteAsync(context, status, status switch
        {
            405 => $"Không dùng được phương thức {Routing.HeadAsGet.MethodAsked(context.Request)} ở đây / method {Routing.HeadAsGet.MethodAsked(context.Request)} is not allowed here.",
            413 => Security.SecurityPipeline.TooLarge(context.RequestServices.GetRequiredService<Security.SecurityLimits>()),
            415 => "Kiểu nội dung không được hỗ trợ / unsupported content type.",
            _ => "Yêu cầu không hợp lệ: một tham số sai dạng (xem /openapi/v1.json) / invalid request: a parameter has the wrong form (see /openapi/v1.json).",
        });
    });

    /// <summary>
    /// No route took the request (the fallback, or a file-like path the fallback leaves alone): 405 with <c>Allow</c> when
    /// the path is served with other methods (<see cref="OtherMethods"/>), else the 404 "no page".
    /// </summary>
    public static Task NoEndpointAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Allowed(context) is { Count: > 0 } allowed
            ? WriteAsync(context, StatusCodes.Status405MethodNotAllowed, NotAllowed(context, allowed))
            : WriteAsync(context, StatusCodes.Status404NotFound, NoPage(context.Request));
    }

    private static IReadOnlyList<string> Allowed(HttpContext context) =>
        context.RequestServices.GetRequiredService<OtherMethods>().For(context.Request);

    private static string NotAllowed(HttpContext context, IReadOnlyList<string> allowed)
    {
        context.Response.Headers.Allow = string.Join(", ", allowed);
        return OtherMethods.NotAllowed(context.Request, allowed);
    }

    public static string NoPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"Không có trang '{request.Path}' / no page at '{request.Path}'.";
    }

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        if (!IsMachineRoute(context.Request))
        {
            // An error is answered outside the step that set the page's user (an exception unwinds past it, a refused
            // role never reaches it): without this the page's header said "Đăng nhập" to someone signed in.
            Security.PageUser.Current ??= Security.PageUser.Of(context);
            return Pages.Write(context, ErrorPage.Render(status, message, BackTo(context.Request, status)), status);
        }
        context.Response.OnStarting(SayUtf8, context);
        return Results.Problem(detail: message, statusCode: status, title: TitleOf(status)).ExecuteAsync(context);
    }

    public const string ProblemMediaType = "application/problem+json; charset=utf-8";

    // The framework writes ProblemDetails as "application/problem+json" without a charset, while every other JSON answer
    // (and KestrelRejections' problem) says utf-8: a client that reads text without one as Latin-1 garbled the Vietnamese.
    private static readonly Func<object, Task> SayUtf8 = state =>
    {
        var response = ((HttpContext)state).Response;
        if (response.ContentType == "application/problem+json") response.ContentType = ProblemMediaType;
        return Task.CompletedTask;
    };

    /// <summary>
    /// A campaign page's form refused (422: a reopen without a reason, a decision that does not fit) leads back to that
    /// campaign, where the admin corrects the form, rather than to the campaigns list.
    /// </summary>
    private static (string Href, string Label)? BackTo(HttpRequest request, int status)
    {
        if (status != StatusCodes.Status422UnprocessableEntity || !HttpMethods.IsPost(request.Method)) return null;
        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["campaigns", var campaign, _, ..]
            ? ($"/campaigns/{Uri.EscapeDataString(Uri.UnescapeDataString(campaign))}", "Về trang phong trào")
            : null;
    }

    /// <summary>The API, charts and the OpenAPI document answer with ProblemDetails (and status codes); pages with a page.</summary>
    public static bool IsMachineRoute(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path;
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/charts") || path.StartsWithSegments("/openapi");
    }

    public static string TitleOf(int status) => status switch
    {
        401 => "Chưa đăng nhập / Unauthorized",
        403 => "Không được phép / Forbidden",
        404 => "Không tìm thấy / Not found",
        405 => "Phương thức không được phép / Method not allowed",
        413 => "Quá lớn / Content too large",
        415 => "Kiểu nội dung không được hỗ trợ / Unsupported media type",
        429 => "Quá nhiều yêu cầu / Too many requests",
        503 => "Không kết nối được cơ sở dữ liệu / Database unreachable",
        422 => "Dữ liệu bị từ chối / Unprocessable content",
        >= 500 => "Lỗi máy chủ / Server error",
        _ => "Yêu cầu không hợp lệ / Bad request",
    };
}
