using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Web.Security;

/// <summary>
/// The security middleware, in order: body-size limit → who is it (cookie or token) → may they (policies)
/// → sign-in rate limit → anti-forgery check on every form POST.
/// </summary>
public static class SecurityPipeline
{
    public const string AntiforgeryRejected = "Biểu mẫu thiếu hoặc sai mã chống giả mạo (tải lại trang rồi gửi lại) / the form's anti-forgery token is missing or invalid (reload the page and submit again).";

    /// <summary>
    /// Pages and charts run no script and load nothing from elsewhere: their stylesheet, inline SVG and (in reports)
    /// an inline style element. Should markup ever slip through unencoded, the browser still runs none of it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

    // Only on what a browser renders as markup: a PDF, CSV or JSON answer has nothing for it to guard.
    private static bool IsDocument(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase));

    public static WebApplication UseThiDuaSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var limits = app.Services.GetRequiredService<SecurityLimits>();
        // One delegate, no closure per request: the headers are added by a static callback with the context as its state.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddSecurityHeaders, context);
            return LimitBodyAsync(context, next, limits);
        });
        var schemes = app.Services.GetRequiredService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        var users = app.Services.GetRequiredService<CachedUsers>();
        app.Use(next => BearerAuthentication.Before(next, schemes, users));
        // What UseAuthentication() records: without it the host would put a second authentication step first.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseEndpointAuthorization();
        app.Use(Errors.NulInQuery.Refuse);
        app.Use((context, next) =>
        {
            // Only pages render a header with the user: the API, charts and OpenAPI document (errors included: they
            // answer ProblemDetails) never read it, and setting an AsyncLocal costs each request a new execution context.
            if (!Errors.ErrorResponses.IsMachineRoute(context.Request)) PageUser.Current = PageUser.Of(context);
            // The sign-in rate limit is keyed by the typed user name: read the (small) form before the limiter.
            return HttpMethods.IsPost(context.Request.Method) && context.Request.Path == SignInForm.Path && context.Request.HasFormContentType
                ? ReadSignInFormAsync(context, next)
                : next(context);
        });
        app.UseWhen(MayBeLimited, limited => limited.UseRateLimiter());
        app.UseAntiforgery();
        // The antiforgery middleware only records a failure; endpoints that bind no form field (confirm, sign-out)
        // would go ahead. Refuse every invalid one here, the same way for all forms.
        app.Use((context, next) => context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Errors.ErrorResponses.WriteAsync(context, StatusCodes.Status400BadRequest, AntiforgeryRejected)
            : next(context));
        return app;
    }

    // On every answer, errors included (they clear the headers set before): no MIME sniffing, no framing by
    // another site, no full URLs (with their filters) sent to other sites; nothing of a signed-in user's kept in a cache.
    private static readonly Func<object, Task> AddSecurityHeaders = state =>
    {
        var context = (HttpContext)state;
        var response = context.Response;
        var headers = response.Headers;
        // What a signed-in user is answered (a download, a chart, the API) stays out of every cache: on an office's
        // shared computer the next person must not find it in the browser's cache after "Đăng xuất". Pages already
        // say so (anti-forgery); the style sheet says it may be kept.
        if (string.IsNullOrEmpty(headers.CacheControl) && context.User.Identity?.IsAuthenticated == true) headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        if (string.IsNullOrEmpty(headers.XFrameOptions)) headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        if (IsDocument(response.ContentType)) headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return Task.CompletedTask;
    };

    private static async Task ReadSignInFormAsync(HttpContext context, RequestDelegate next)
    {
        await context.Request.ReadFormAsync(context.RequestAborted);
        await next(context);
    }

    // The limits are on the sign-in POST (the global limiter gives everything else no limit) and on routes that ask for
    // one (RequireRateLimiting): a GET or HEAD to any other route skips the limiter's partition look-up and its lock.
    private static bool MayBeLimited(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null;

    // The sign-in form is read before anyone is known (the rate limit needs the typed name): a name and a password.
    private const long SignInBodyBytes = 16 * 1024;

    private static Task LimitBodyAsync(HttpContext context, RequestDelegate next, SecurityLimits limits)
    {
        var max = context.Request.Path == SignInForm.Path ? SignInBodyBytes : limits.MaxUploadBytes;
        if (context.Request.ContentLength > max)
            return Errors.ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                max == SignInBodyBytes ? "Biểu mẫu đăng nhập quá lớn / the sign-in form is too large." : TooLarge(limits));
        // Bodies without a length (chunked) are cut by the server at the same limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = max;
        return next(context);
    }

    public static string TooLarge(SecurityLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var mb = limits.MaxUploadBytes / (1024.0 * 1024.0);
        return $"Tệp quá lớn: tối đa {mb:0.##} MB; hãy chia nhỏ tệp / the file is too large: at most {mb:0.##} MB; split it into smaller files.";
    }
}
