using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ThiDua.Web.Transfer;

/// <summary>
/// Brotli, else gzip, for the text ThiDua answers (pages with their inline SVG charts, SVG, JSON, CSV, the style sheet):
/// on a provincial office's 3G a campaign page is about ten times smaller (docs/pages.md, "What a slow-connection audit
/// found (round 2)"). Workbooks, Word files, PDFs and PNGs are compressed already and are not listed, so never touched.
/// </summary>
/// <remarks>
/// On for HTTPS too, with BREACH weighed (docs/security.md): the only secret a page body carries is the anti-forgery
/// form token, which Data Protection encrypts anew for every answer (a new random key and IV each time), so no two
/// answers share it for an attacker to guess byte by byte from their lengths; an API token is shown once, in the answer
/// to the POST that made it. The session and anti-forgery cookies are headers, which this does not compress.
/// </remarks>
public static class Compression
{
    public static readonly string[] MimeTypes =
    [
        "text/html", "image/svg+xml", "application/json", "application/problem+json", "text/csv", "text/css",
        "text/plain", "text/javascript", "application/javascript",
    ];

    public static IServiceCollection AddThiDuaCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Brotli's quality 4 and gzip's level 6 ("Optimal"): the 1,101-unit campaign's indicator page (1.86 MB of HTML,
        // 10 s at 1.5 Mbit/s) leaves as 39 KB with no server time measurable beside that on loopback.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    public static WebApplication UseThiDuaCompression(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Registered before the compression step, so it sees the answer as the client gets it (RFC 9110 §12.5.5, §15.4.5).
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                VaryByCoding(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseResponseCompression();
        return app;
    }

    /// <summary>
    /// <c>Vary: Accept-Encoding</c> on every answer of a type that is compressed for a client asking — also when this one
    /// did not ask, or a cache keeps the plain copy (the style sheet: a year) for browsers that would get Brotli — and on
    /// every 304, which must repeat its 200's Vary (ThiDua's validators are all on such text answers). ASP.NET's step
    /// adds it only when the request carried Accept-Encoding and a body was written.
    /// </summary>
    private static void VaryByCoding(HttpResponse response)
    {
        var type = response.ContentType is { } t ? t.Split(';', 2)[0].Trim() : null;
        var compressible = type is not null && MimeTypes.Contains(type, StringComparer.OrdinalIgnoreCase);
        if (!compressible && response.StatusCode != StatusCodes.Status304NotModified) return;
        foreach (var value in response.Headers.Vary)
            if (value is not null && value.Split(',').Any(v => v.Trim().Equals("Accept-Encoding", StringComparison.OrdinalIgnoreCase)))
                return;
        response.Headers.Append(HeaderNames.Vary, "Accept-Encoding");
    }
}
