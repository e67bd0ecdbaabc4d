using System.Globalization;
using System.Text.Json;
using ThiDua.Formatting;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Security;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// An audit entry in a thi đua office's words: what was done ("Sửa số liệu"), to what (unit and indicator by name,
/// the month) and the change as "14 → 1.234,5". Event types this page does not know are named by their type and
/// still open as raw JSON.
/// </summary>
public static class AuditWording
{
    public static string Action(string type) => type switch
    {
        "measurement_recorded" => "Ghi số liệu",
        "measurement_corrected" => "Sửa số liệu",
        "target_set" => "Giao chỉ tiêu",
        "rating_recorded" => "Ghi xếp loại",
        "unit_defined" => "Khai báo đơn vị",
        "campaign_defined" => "Khai báo phong trào",
        "indicator_defined" => "Khai báo chỉ tiêu",
        "award_form_defined" => "Khai báo hình thức khen thưởng",
        "periods_closed" => "Chốt số liệu",
        "periods_reopened" => "Mở lại kỳ đã chốt",
        "award_decided" => "Quyết định khen thưởng",
        "cluster_defined" => "Khai báo cụm, khối",
        "registration_recorded" => "Đăng ký thi đua",
        _ => type.Replace('_', ' '),
    };

    /// <summary>The thing changed: campaign, unit, indicator and month, each by name (code on hover).</summary>
    public static string Subject(AuditEntry e, AuditNames names) => Subject(e, names, html: true);

    /// <summary>The entry in plain text, for the Excel download: the page's words, each name with its code in brackets.</summary>
    public static AuditReading Read(AuditEntry e, AuditNames names)
    {
        ArgumentNullException.ThrowIfNull(e);
        // Change writes text only (encoded, never markup), so decoding it gives the plain words.
        return new AuditReading(Action(e.Type), Subject(e, names, html: false), System.Net.WebUtility.HtmlDecode(Change(e)), AcceptedWarning(e));
    }

    /// <summary>
    /// The warnings a figure was imported over, each without the "unit/indicator/2022-01: " it starts with: the import's
    /// list needs that key to say which row, the audit row already names the unit, the indicator and the month.
    /// </summary>
    public static string? AcceptedWarning(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.AcceptedWarning is not { } note) return null;
        return Str(e.Data, "unitCode") is { } u && Str(e.Data, "indicatorCode") is { } i && Str(e.Data, "period") is { } p
            ? note.Replace(ThiDua.Import.Plausibility.ImportWarning.Prefix(u, i, p), "", StringComparison.Ordinal) : note;
    }

    private static string Subject(AuditEntry e, AuditNames names, bool html)
    {
        var campaign = Str(e.Data, "campaignCode") ?? AuditNames.CampaignOf(e.StreamId);
        var parts = new List<string>();
        // The campaign by its code (its long name on hover): the unit and indicator are what a reader scans for.
        if (campaign is not null) parts.Add(html ? $"<abbr title=\"{H.Encode(names.Campaign(campaign))}\">{H.Encode(campaign)}</abbr>" : campaign);
        if (Str(e.Data, "clusterCode") is { } k) parts.Add(html ? $"<code>{H.Encode(k)}</code>" : k);
        if (Str(e.Data, "unitCode") is { } u) parts.Add(html ? UnitNamed(u, names.Unit(u)) : Text(u, names.Unit(u)));
        if (Str(e.Data, "indicatorCode") is { } i && campaign is not null) parts.Add(html ? Named(i, names.Indicator(campaign, i)) : Text(i, names.Indicator(campaign, i)));
        // A registration or decision names its form by code only: its name comes from the campaign's forms.
        if (Str(e.Data, "formCode") is { } f)
        {
            var form = Str(e.Data, "name") ?? (campaign is null ? f : names.Form(campaign, f));
            parts.Add(html ? Named(f, form) : Text(f, form));
        }
        if (Str(e.Data, "period") is { } p && YearMonth.TryParse(p, out var month)) parts.Add(VietnameseDates.Month(month));
        return string.Join(" · ", parts);
    }

    private static string Text(string code, string name) => name == code ? code : $"{name} ({code})";

    /// <summary>The change itself: old → new for a figure, the new definition's main words otherwise.</summary>
    public static string Change(AuditEntry e) => e.Type switch
    {
        "measurement_recorded" => $"— → {Num(e.Data, "value")}",
        "measurement_corrected" => $"{Num(e.Data, "previousValue")} → {Num(e.Data, "value")}",
        "target_set" => $"chỉ tiêu {Num(e.Data, "value")}" + (Has(e.Data, "targetMax") ? $", mức phấn đấu {Num(e.Data, "targetMax")}" : "")
            + (Has(e.Data, "baseline") ? $", số gốc {Num(e.Data, "baseline")}" : ""),
        "rating_recorded" => RatingWords(e.Data),
        "indicator_defined" => H.Encode(Str(e.Data, "name")) + (Has(e.Data, "weight") ? $", trọng số {Num(e.Data, "weight")}" : ""),
        "unit_defined" => UnitWords(e.Data),
        "campaign_defined" or "award_form_defined" or "cluster_defined" => H.Encode(Str(e.Data, "name")),
        "periods_closed" => $"chốt đến {MonthWords(e.Data, "through")}" + Reason(e.Data),
        "periods_reopened" => $"mở lại {MonthWords(e.Data, "month")}" + Reason(e.Data),
        "award_decided" => (ThiDua.Awards.Deciding.AwardDecisions.FromWord(Str(e.Data, "decision")) is { } decision
                ? ThiDua.Awards.Deciding.AwardDecisions.Vietnamese(decision) : H.Encode(Str(e.Data, "decision")))
            + BallotWords(e.Data) + (Str(e.Data, "reference") is { } reference ? $", {H.Encode(reference)}" : ""),
        "registration_recorded" => Str(e.Data, "registeredOn") is { } on && DateOnly.TryParse(on, CultureInfo.InvariantCulture, out var day)
            ? "đăng ký ngày " + VietnameseDates.Date(day) : "",
        _ => "",
    };

    // A re-imported units.csv may change only the parent or the cluster (a commune moved to the province, to another
    // cụm): the name alone read as if nothing had changed.
    private static string UnitWords(JsonElement data) => H.Encode(Str(data, "name")
        + (Str(data, "parent") is { Length: > 0 } parent ? "; đơn vị cha " + parent : "; không có đơn vị cha")
        + (Str(data, "cluster") is { Length: > 0 } cluster ? "; cụm, khối " + cluster : "; không thuộc cụm, khối nào")
        + (Str(data, "ended") is { Length: > 0 } ended && YearMonth.TryParse(ended, out var month)
            ? "; " + UnitEndWords.Since(month) : "")
        + (Str(data, "mergedInto") is { Length: > 0 } into ? "; sáp nhập vào " + into : ""));

    // The council's ballot recorded with a decision: "đồng ý (biểu quyết 9/11 đồng ý), 112/QĐ-STTTT"; none before it was kept.
    private static string BallotWords(JsonElement data) =>
        ThiDua.Awards.Deciding.CouncilVote.Of(Int(data, "votesFor"), Int(data, "councilMembers")) is { } vote ? $" ({vote.Ballot()})" : "";

    private static int? Int(JsonElement data, string name) => Has(data, name) && data.GetProperty(name).TryGetInt32(out var n) ? n : null;

    private static string MonthWords(JsonElement data, string name) =>
        Str(data, name) is { } text && YearMonth.TryParse(text, out var month) ? VietnameseDates.Month(month) : "—";

    private static string Reason(JsonElement data) => Str(data, "reason") is { Length: > 0 } reason ? ": " + H.Encode(reason) : "";

    private static string RatingWords(JsonElement data)
    {
        var rating = Str(data, "rating") is { } r && Enum.TryParse<Rating>(r.Replace("_", ""), ignoreCase: true, out var parsed) ? parsed : (Rating?)null;
        var words = StatusWords.Of(rating);
        if (data.TryGetProperty("initiative", out var i) && i.ValueKind == JsonValueKind.True) words += ", có sáng kiến";
        return H.Encode(words);
    }

    // A unit by its short name, the full name and code on hover: "(Sở TT&TT …)" on every row told units apart by nothing.
    private static string UnitNamed(string code, string name) => name == code ? $"<code>{H.Encode(code)}</code>"
        : $"<span title=\"{H.Encode(name + " (" + code + ")")}\">{H.Encode(ShortUnitName.Of(name))}</span>";

    private static string Named(string code, string name) =>
        name == code ? $"<code>{H.Encode(code)}</code>" : $"<span title=\"{H.Encode(code)}\">{H.Encode(name)}</span>";

    private static string? Str(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Has(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number;

    private static string Num(JsonElement data, string name) =>
        Has(data, name) && decimal.TryParse(data.GetProperty(name).GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? VietnameseNumber.Format(d, 6) : "—";
}
