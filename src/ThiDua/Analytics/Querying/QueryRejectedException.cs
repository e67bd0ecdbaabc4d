namespace ThiDua.Analytics.Querying;

/// <summary>A question that cannot be answered as asked (unknown campaign, period outside it); the message says why in both languages.</summary>
public sealed class QueryRejectedException : Exception
{
    public QueryRejectedException() { }
    public QueryRejectedException(string message) : base(message) { }
    public QueryRejectedException(string message, Exception inner) : base(message, inner) { }

    public static QueryRejectedException UnknownCampaign(string code) =>
        new($"Không có phong trào '{code}' / campaign '{code}' does not exist. Xem danh sách / see: /api/campaigns");
}
