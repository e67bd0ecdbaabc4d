using ThiDua.Analytics.Querying;

namespace ThiDua.Web.Errors;

/// <summary>Which HTTP status a rejected analytics question deserves: 404 for an unknown campaign, 422 for figures that cannot be computed, 400 otherwise (a period outside it).</summary>
public static class QueryRejections
{
    public static int StatusOf(QueryRejectedException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.CampaignUnknown ? 404 : e.Uncomputable ? 422 : 400;
    }
}
