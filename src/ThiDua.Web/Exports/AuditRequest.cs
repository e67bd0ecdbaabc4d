using Microsoft.AspNetCore.Http;
using ThiDua.Security;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Web.Exports;

/// <summary>The audit page's filters read from a query string, for its Excel download.</summary>
internal static class AuditRequest
{
    public static Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditTrail audit, HttpRequest request, CancellationToken ct)
    {
        var q = request.Query;
        var limit = Number(q["limit"], "limit") is { } l ? (int)Math.Min(l, int.MaxValue) : (int?)null;
        return AuditPages.ReadAsync(audit, Text(q["campaign"]), Text(q["unit"]), limit, Number(q["before"], "before"), ct);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static long? Number(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        throw RequestRejectedException.BadRequest($"Tham số {name} phải là số nguyên dương / {name} must be a whole positive number (got '{value}').");
    }
}
