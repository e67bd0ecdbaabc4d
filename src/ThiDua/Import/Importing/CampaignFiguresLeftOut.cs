using System.Text.RegularExpressions;
using ThiDua.Campaigns;
using ThiDua.Formatting;
using ThiDua.Import.Plausibility;
using ThiDua.Periods;

namespace ThiDua.Import.Importing;

/// <summary>
/// A stored campaign given dates that leave out months holding its figures. In December this is last year's
/// campaigns.csv row edited in place for next year — "BK2022" moved to 2023 — which silently took a closed, decided
/// campaign's every figure out of its months: its ranking, attainment and awards emptied. Warned (refused unless the
/// warnings are accepted), not refused outright: figures cannot be deleted, so a campaign whose dates really were wrong
/// must still be correctable.
/// </summary>
internal static class CampaignFiguresLeftOut
{
    public static async Task CheckAsync(ImportContext context, int line, Campaign stored, Campaign proposed, CancellationToken ct)
    {
        if (proposed.FirstMonth <= stored.FirstMonth && proposed.LastMonth >= stored.LastMonth) return;
        var (count, first, last) = await context.State.FiguresOutsideAsync(stored.Code, proposed.FirstMonth, proposed.LastMonth, ct);
        if (count == 0) return;
        var locks = await context.State.PeriodLocksAsync(stored.Code, ct);
        var closed = locks.Current is { } c ? $" (đã chốt số liệu đến tháng {VietnameseDates.MonthNumber(c.Through)})" : "";
        var closedEn = locks.Current is { } e ? $" (closed through {e.Through})" : "";
        var column = proposed.FirstMonth > stored.FirstMonth ? "start" : "end";
        var value = column == "start" ? proposed.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : proposed.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var newCode = NextCode(stored, proposed);
        var accept = ImportHints.AcceptWarnings(context.Request.CultureChoice);
        context.Warnings.Add((Campaigns.Defining.DefineCampaign.StreamId(stored.Code), new ImportWarning(line, column, value, "figures_outside", count,
            $"Phong trào '{stored.Code}' đã có {VietnameseNumber.Format(count, 0)} số liệu từ tháng {VietnameseDates.MonthNumber(first)} đến tháng {VietnameseDates.MonthNumber(last)}{closed} nằm ngoài thời gian mới "
            + $"({VietnameseDates.MonthNumber(proposed.FirstMonth)} – {VietnameseDates.MonthNumber(proposed.LastMonth)}): các số liệu đó sẽ không còn được tính, xếp hạng và khen thưởng của phong trào này thay đổi. "
            + $"Phong trào năm mới cần mã mới{(newCode is null ? "" : $" (ví dụ {newCode})")}: thêm một dòng với mã mới và giữ nguyên dòng '{stored.Code}'. "
            + $"Nếu đúng là sửa lại thời gian của phong trào này, {accept.Vi}.",
            $"Campaign '{stored.Code}' has {count} figure(s) from {first} to {last}{closedEn} outside its new dates ({proposed.FirstMonth} to {proposed.LastMonth}): "
            + "they would no longer count, and this campaign's ranking and awards would change. "
            + $"Next year's campaign needs a new code{(newCode is null ? "" : $" (e.g. {newCode})")}: add a row with the new code and leave the '{stored.Code}' row as it was. "
            + $"If this campaign's dates really are being corrected, {accept.En}.")));
    }

    /// <summary>The stored code with its year moved to the new start's year (BK2022 → BK2023), when the code holds that year.</summary>
    private static string? NextCode(Campaign stored, Campaign proposed)
    {
        var (from, to) = (stored.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), proposed.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        return from != to && Regex.Matches(stored.Code, from).Count == 1 ? stored.Code.Replace(from, to, StringComparison.Ordinal) : null;
    }

}
