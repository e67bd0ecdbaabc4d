using ThiDua.Campaigns;
using ThiDua.Formatting;
using ThiDua.Import.Plausibility;
using ThiDua.Targets;

namespace ThiDua.Import.Importing;

/// <summary>
/// A target set or changed in a campaign closed through its last month (chốt số liệu, tổng kết). Definitions are not
/// locked (periods.md), but in December such a line is nearly always last year's targets.csv given next year's levels
/// with the campaign code left as it was — which silently rewrote the closed campaign's results and ranking. Warned
/// (refused unless accepted), naming the new code to write instead.
/// </summary>
internal static class ClosedCampaignTargets
{
    public static async Task CheckAsync(ImportContext context, int line, Campaign campaign, Target? stored, Target target, CancellationToken ct)
    {
        var locks = await context.State.PeriodLocksAsync(campaign.Code, ct);
        if (locks.Current is not { } closed || closed.Through < campaign.LastMonth) return;
        var key = $"{target.Unit}/{target.Indicator}";
        var (whatVi, whatEn) = stored is null
            ? ($"giao thêm chỉ tiêu {key}", $"a new target {key}")
            : stored.Value != target.Value
                ? ($"sửa chỉ tiêu giao {key} ({VietnameseNumber.Format(stored.Value, 6)} → {VietnameseNumber.Format(target.Value, 6)})",
                    $"changing target {key} ({stored.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} → {target.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})")
                : ($"sửa chỉ tiêu giao {key}", $"changing target {key}");
        var accept = ImportHints.AcceptWarnings(context.Request.CultureChoice);
        var month = VietnameseDates.MonthNumber(closed.Through);
        context.Warnings.Add((Campaigns.Defining.DefineCampaign.StreamId(campaign.Code), new ImportWarning(line, "campaign", campaign.Code, "closed_campaign", 0,
            $"Phong trào '{campaign.Code}' đã chốt số liệu đến tháng cuối ({month}): {whatVi} làm thay đổi kết quả, xếp hạng đã tổng kết. "
            + $"Nếu đây là chỉ tiêu của phong trào năm mới, ghi mã phong trào mới ở cột Phong trào; nếu đúng là sửa chỉ tiêu của phong trào đã tổng kết, {accept.Vi}.",
            $"Campaign '{campaign.Code}' is closed through its last month ({closed.Through}): {whatEn} changes results and a ranking already reviewed. "
            + $"If this is next year's campaign's target, write the new campaign's code in the campaign column; if this closed campaign's target really is being corrected, {accept.En}.")));
    }
}
