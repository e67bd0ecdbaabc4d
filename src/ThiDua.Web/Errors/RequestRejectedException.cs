namespace ThiDua.Web.Errors;

/// <summary>A request the app answers with a client error: the status code and a bilingual message (Vietnamese / English).</summary>
public sealed class RequestRejectedException : Exception
{
    public RequestRejectedException() { }
    public RequestRejectedException(string message) : base(message) { }
    public RequestRejectedException(string message, Exception inner) : base(message, inner) { }
    public RequestRejectedException(int status, string message) : base(message) => Status = status;
    public RequestRejectedException(int status, string message, Exception inner) : base(message, inner) => Status = status;

    public int Status { get; } = 400;

    public static RequestRejectedException BadRequest(string message) => new(400, message);

    public static RequestRejectedException NotFound(string message) => new(404, message);
}
