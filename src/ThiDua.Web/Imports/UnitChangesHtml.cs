using System.Globalization;
using System.Text;
using ThiDua.Analytics.Output;
using ThiDua.Import.Importing;
using ThiDua.Units;
using ThiDua.Web.Html;
using H = ThiDua.Web.Html.Html;

namespace ThiDua.Web.Imports;

/// <summary>
/// A units file's check: each field it would change in a unit already stored (name, kind, parent, cluster), old → new —
/// a restructuring's file re-parents and re-clusters many units, and "Thay đổi: 37" alone does not say which.
/// </summary>
public static class UnitChangesHtml
{
    public const int Shown = 500;

    public static string Render(ImportOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.UnitChanges is not { Count: > 0 } changes) return "";
        var sb = new StringBuilder($"<h2>Các thay đổi đơn vị sẽ ghi ({changes.Count})</h2>");
        if (changes.Count > Shown) sb.Append($"<p>Hiện {Shown} thay đổi đầu tiên.</p>");
        sb.Append("<div class=\"table-wrap\"><table class=\"changes unit-changes\">" + TableCaption.For("Thay đổi so với đơn vị đã có")
            + "<thead><tr><th class=\"num\">Dòng</th><th>Đơn vị</th><th>Thông tin</th><th>Cũ</th><th>Mới</th></tr></thead><tbody>");
        foreach (var c in changes.Take(Shown))
            sb.Append($"<tr><td class=\"num\">{c.Line.ToString(CultureInfo.InvariantCulture)}</td><td>{Named(c.Unit, c.UnitName)}</td>")
              .Append($"<td>{H.Encode(UnitChange.FieldLabel(c.Field))}</td><td>{Value(c.Field, c.Old, c.OldName)}</td><td>{Value(c.Field, c.New, c.NewName)}</td></tr>");
        return sb.Append("</tbody></table></div>").ToString();
    }

    private static string Value(string field, string? value, string? name) => value switch
    {
        null => "<span class=\"muted\">(không có)</span>",
        _ when field == "kind" => Ranking.RankingGroupName.Kind(value == AnalyticsCsv.Kind(UnitKind.Individual) ? UnitKind.Individual : UnitKind.Collective),
        _ => Named(value, name),
    };

    // The code as the file writes it, the name under it: a clerk reads names, the file has codes.
    private static string Named(string code, string? name) =>
        name is null ? H.Encode(code) : $"{H.Encode(code)}<br><span class=\"muted\">{H.Encode(name)}</span>";
}
