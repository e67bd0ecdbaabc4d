using Microsoft.AspNetCore.Http;
using ThiDua.Security;
using ThiDua.Web.Security;

namespace ThiDua.Web.Exports;

/// <summary>The audit page's filters read from a query string, for its Excel download.</summary>
internal static class AuditRequest
{
    public static Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditTrail audit, HttpRequest request, CancellationToken ct) =>
        AuditPages.ReadAsync(audit, AuditParameters.Of(request.Query).ToQuery(formDays: true), ct);
}
