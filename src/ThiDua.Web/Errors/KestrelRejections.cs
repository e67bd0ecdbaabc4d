using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace ThiDua.Web.Errors;

/// <summary>
/// Requests Kestrel refuses before the app sees them (<c>%00</c> in a path, a malformed request line or header) get
/// its bare 4xx with an empty body. This connection middleware gives that answer the bilingual ProblemDetails every
/// other error has: the app never sends a 4xx without a body, and Kestrel closes the connection after such an answer,
/// so a 4xx head with <c>Content-Length: 0</c> and <c>Connection: close</c> is Kestrel's.
/// </summary>
public static class KestrelRejections
{
    public const string Message = "Yêu cầu không hợp lệ: dòng yêu cầu, đường dẫn hoặc tiêu đề sai dạng (ví dụ %00 trong đường dẫn) "
        + "/ invalid request: the request line, path or headers are malformed (e.g. %00 in the path).";

    public static ConnectionDelegate Use(ConnectionDelegate next) => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new DuplexPipe(transport.Input, new RejectionRewriter(transport.Output));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    };

    /// <summary>The head and body to send instead of Kestrel's empty rejection, or null when <paramref name="written"/> is anything else.</summary>
    public static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        if (written.Length < 16 || !written.StartsWith("HTTP/1.1 4"u8) || !written.EndsWith("\r\n\r\n"u8)) return null;
        var head = Encoding.ASCII.GetString(written);
        if (head.IndexOf("\r\n\r\n", StringComparison.Ordinal) != head.Length - 4
            || !head.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase)
            || !head.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)) return null;
        var status = int.Parse(head.AsSpan(9, 3), provider: System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            title = ErrorResponses.TitleOf(status),
            status,
            detail = Message,
        }));
        var newHead = head[..^2].Replace("Content-Length: 0", $"Content-Length: {body.Length}", StringComparison.OrdinalIgnoreCase)
            + $"Content-Type: {ErrorResponses.ProblemMediaType}\r\nX-Content-Type-Options: nosniff\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(newHead), .. body];
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;
        public PipeWriter Output => output;
    }
}
