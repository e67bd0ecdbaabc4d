using ThiDua.Campaigns;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;

namespace ThiDua.Periods.Locks;

/// <summary>The lock's words in Vietnamese and English: refusals, and the lock an import runs into.</summary>
public static class PeriodMessages
{
    public static BilingualMessage ReasonMissing { get; } = new(
        "Mở lại kỳ đã chốt cần lý do: thêm --reason \"…\" (ví dụ: \"Sở Tài chính điều chỉnh số liệu quý II\").",
        "Reopening a closed period needs a reason: add --reason \"…\" (e.g. \"finance office corrected Q2 figures\").");

    public static BilingualMessage Outside(Campaign campaign, YearMonth month) => new(
        $"{Capital(VietnameseDates.Month(month))} nằm ngoài thời gian phong trào {campaign.Code} ({VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}).",
        $"Month {month} is outside campaign {campaign.Code} ({campaign.FirstMonth} to {campaign.LastMonth}).");

    public static BilingualMessage NotClosed(Campaign campaign, YearMonth month, PeriodLocks locks) => new(
        $"{Capital(VietnameseDates.Month(month))} của phong trào {campaign.Code} chưa chốt nên không cần mở lại ({State(locks)}).",
        $"Month {month} of campaign {campaign.Code} is not closed, so there is nothing to reopen ({StateEn(locks)}).");

    /// <summary>"Số liệu đã chốt đến hết tháng 06/2021 — admin, 05/07/2021", or that nothing is closed.</summary>
    public static string State(PeriodLocks locks) => locks?.Current is { } c
        ? $"Số liệu đã chốt đến hết {VietnameseDates.Month(c.Through)} — {c.ClosedBy}, {Day(c.ClosedAt)}"
        : "chưa chốt tháng nào";

    public static string StateEn(PeriodLocks locks) => locks?.Current is { } c
        ? $"figures closed through {c.Through} by {c.ClosedBy} on {c.ClosedAt.ToOffset(Reports.ReportCutOff.VietnamOffset):yyyy-MM-dd}"
        : "no month is closed";

    /// <summary>
    /// Reopening from the web form without a reason (a reason of spaces passes the browser's "required"): the form's
    /// field is named, not the CLI's <c>--reason</c>, which the admin on the campaign page has no use for.
    /// </summary>
    public static BilingualMessage ReasonMissingOnTheForm { get; } = new(
        "Mở lại kỳ đã chốt cần lý do: điền ô 'Lý do (bắt buộc)' ở mục 'Chốt số liệu' (ví dụ: \"Sở Tài chính điều chỉnh số liệu quý II\") rồi bấm Mở lại.",
        "Reopening a closed period needs a reason: fill in 'Lý do (bắt buộc)' (reason) in the 'Chốt số liệu' section (e.g. \"finance office corrected Q2 figures\") and press Mở lại (reopen).");

    /// <summary>
    /// An import changing a figure of a closed month: the month, who closed it and when, and how to reopen it
    /// (<paramref name="reopen"/>, in the words of the reader's place: <see cref="Import.Importing.ImportHints.Reopen"/>).
    /// </summary>
    public static BilingualMessage Locked(string campaign, YearMonth month, PeriodLock lockFound, (string Vi, string En) reopen) => new(
        $"{Capital(VietnameseDates.Month(month))} của phong trào {campaign} đã chốt số liệu (chốt đến hết {VietnameseDates.Month(lockFound.Through)} — {lockFound.ClosedBy}, {Day(lockFound.ClosedAt)}): không sửa được. {reopen.Vi}",
        $"Month {month} of campaign {campaign} is closed (closed through {lockFound.Through} by {lockFound.ClosedBy} on {lockFound.ClosedAt.ToOffset(Reports.ReportCutOff.VietnamOffset):yyyy-MM-dd}): it cannot be changed. {reopen.En}");

    public static string Day(DateTimeOffset at) => at.ToOffset(Reports.ReportCutOff.VietnamOffset).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
