using System.Text;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Security;

/// <summary>
/// The audit's pickers as a GET form (campaign, unit, indicator of the chosen campaign, user, days from–to): the
/// URL is the selection. Codes are sent, names are shown.
/// </summary>
public static class AuditFilterForm
{
    public static string Render(AuditParameters p, AuditNames names, IReadOnlyList<string> users)
    {
        var campaign = p.Campaign?.Trim();
        var sb = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/audit\" aria-label=\"Bộ lọc nhật ký\">")
            .Append(Select("campaign", "Phong trào", campaign, "Tất cả phong trào", names.Campaigns.OrderBy(c => c.Key, StringComparer.Ordinal)))
            .Append(Select("unit", "Đơn vị", p.Unit?.Trim(), "Tất cả đơn vị", names.Units.OrderBy(u => u.Value, StringComparer.Create(new("vi-VN"), false))));
        var indicators = names.IndicatorsOf(campaign);
        sb.Append(indicators.Count > 0
            ? Select("indicator", "Chỉ tiêu", p.Indicator?.Trim(), "Tất cả chỉ tiêu", indicators.Select(i => KeyValuePair.Create(i.Code, $"{i.Code} — {Shorten(i.Name)}")))
            : $"<label>Chỉ tiêu (mã)<input name=\"indicator\" value=\"{H.Encode(p.Indicator)}\" placeholder=\"chọn phong trào để chọn theo tên\"></label>");
        sb.Append($"<label>Người thực hiện<input name=\"user\" list=\"audit-users\" value=\"{H.Encode(p.User)}\" autocomplete=\"off\"></label>")
          .Append("<datalist id=\"audit-users\">");
        foreach (var u in users) sb.Append($"<option value=\"{H.Encode(u)}\">");
        sb.Append("</datalist>")
          .Append(Html.DateField.Day("from", "Từ ngày", p.From)).Append(Html.DateField.Day("to", "Đến ngày", p.To)) // dd/mm/yyyy in any browser
          .Append("<button type=\"submit\">Lọc</button><a class=\"no-print\" href=\"/audit\">Bỏ lọc</a></form>");
        return sb.ToString();
    }

    private static string Select(string name, string label, string? selected, string all, IEnumerable<KeyValuePair<string, string>> options)
    {
        var sb = new StringBuilder($"<label>{label}<select name=\"{name}\"><option value=\"\">{all}</option>");
        var found = string.IsNullOrEmpty(selected);
        foreach (var (code, text) in options)
        {
            var on = code == selected;
            found |= on;
            sb.Append($"<option value=\"{H.Encode(code)}\"{(on ? " selected" : "")}>{H.Encode(text)}</option>");
        }
        // A code typed into the URL that is no longer defined stays selected, shown as the code.
        if (!found) sb.Append($"<option value=\"{H.Encode(selected)}\" selected>{H.Encode(selected)}</option>");
        return sb.Append("</select></label>").ToString();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
