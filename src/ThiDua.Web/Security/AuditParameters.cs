using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Security;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Security;

/// <summary>
/// The audit's query string (page, API and Excel alike): <c>campaign, unit, indicator, user, from, to</c> (dates
/// <c>yyyy-MM-dd</c>, Vietnam days, both included; the page and its Excel download also take <c>dd/mm/yyyy</c>, as the
/// page's form writes them), <c>limit</c> and <c>before</c> (the previous page's last seq).
/// </summary>
public sealed record AuditParameters(
    [property: FromQuery(Name = "campaign")] string? Campaign = null,
    [property: FromQuery(Name = "unit")] string? Unit = null,
    [property: FromQuery(Name = "indicator")] string? Indicator = null,
    [property: FromQuery(Name = "user")] string? User = null,
    [property: FromQuery(Name = "from")] string? From = null,
    [property: FromQuery(Name = "to")] string? To = null,
    [property: FromQuery(Name = "limit")] string? Limit = null,
    [property: FromQuery(Name = "before")] string? Before = null)
{
    public static AuditParameters Of(Microsoft.AspNetCore.Http.IQueryCollection q) =>
        new(q["campaign"], q["unit"], q["indicator"], q["user"], q["from"], q["to"], q["limit"], q["before"]);

    /// <summary>The filters checked; a bad number or date is a 400 naming the parameter, in Vietnamese and English.</summary>
    /// <param name="formDays">The page's (and its download's) days, dd/mm/yyyy too; the API takes yyyy-MM-dd only.</param>
    public AuditQuery ToQuery(bool formDays = false)
    {
        var limit = Number(Limit, "limit") is { } l ? (int)Math.Min(l, int.MaxValue) : AuditQuery.DefaultLimit;
        return new AuditQuery(Text(Campaign), Text(Unit), limit, Number(Before, "before"), Text(Indicator), Text(User),
            Day(From, "from", formDays, "Từ ngày"), Day(To, "to", formDays, "Đến ngày"));
    }

    /// <summary>The same filters on another page (<paramref name="before"/>: null for the first).</summary>
    public string Url(string path, long? before) => path + "?" + string.Join("&amp;", new[]
    {
        ("campaign", Campaign), ("unit", Unit), ("indicator", Indicator), ("user", User), ("from", From), ("to", To), ("limit", Limit),
        ("before", before?.ToString(CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Html.Html.Query(p.Item2!.Trim())}"));

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static long? Number(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        throw RequestRejectedException.BadRequest($"Tham số {name} phải là số nguyên dương / {name} must be a whole positive number (got '{value}').");
    }

    private static DateOnly? Day(string? value, string name, bool formDays, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (formDays) return Html.DateField.TryParseDay(value, out var day) ? day : throw RequestRejectedException.BadRequest(Html.DateField.DayError($"“{label}” ({name})", value));
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw RequestRejectedException.BadRequest(
            $"Tham số {name} phải là ngày dạng yyyy-MM-dd, ví dụ 2022-06-30 / {name} must be a date as yyyy-MM-dd, e.g. 2022-06-30 (got '{value}').");
    }
}
