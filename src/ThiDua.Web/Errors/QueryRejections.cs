using ThiDua.Analytics.Querying;

namespace ThiDua.Web.Errors;

/// <summary>Which HTTP status a rejected analytics question deserves: 404 for an unknown campaign, 400 otherwise (a period outside it).</summary>
public static class QueryRejections
{
    // The core has one exception type for both; the unknown-campaign message is built by one factory, so compare with it.
    public static int StatusOf(QueryRejectedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Message.StartsWith("Không có phong trào '", StringComparison.Ordinal) ? 404 : 400;
    }
}
