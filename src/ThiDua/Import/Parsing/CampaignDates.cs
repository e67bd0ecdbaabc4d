using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Import.Parsing;

/// <summary>
/// The milestones of a campaign must belong to it: registration by its end, reviews from its first month to a year
/// after its last (a final review is often held the month after), the mid-term review not after the final one, the
/// dossier deadline from its start to a year after its end. A review in 2030 for a 2021 campaign is a typo.
/// </summary>
internal static class CampaignDates
{
    public static void Check(RowCells c, DateOnly start, DateOnly end, DateOnly? registration, YearMonth? midterm, YearMonth? final, DateOnly? dossier)
    {
        var (first, last) = (YearMonth.Of(start), YearMonth.Of(end));
        if (registration > end)
            c.Error("registration_deadline", c.Raw("registration_deadline"), new(
                $"Hạn đăng ký thi đua ({registration:dd/MM/yyyy}) phải trước hoặc bằng ngày kết thúc phong trào ({end:dd/MM/yyyy}).",
                $"The registration deadline ({registration:yyyy-MM-dd}) must not be after the campaign's end ({end:yyyy-MM-dd})."));
        Review(c, "midterm_review", midterm, first, last);
        Review(c, "final_review", final, first, last);
        if (midterm > final)
            c.Error("midterm_review", c.Raw("midterm_review"), new(
                $"Sơ kết ({VietnameseDates.Month(midterm!.Value)}) không thể sau tổng kết ({VietnameseDates.Month(final!.Value)}).",
                $"The mid-term review ({midterm}) cannot come after the final review ({final})."));
        if (dossier is { } d && (d < start || d > end.AddYears(1)))
            c.Error("dossier_deadline", c.Raw("dossier_deadline"), new(
                $"Hạn nộp hồ sơ ({d:dd/MM/yyyy}) phải từ ngày bắt đầu phong trào ({start:dd/MM/yyyy}) đến một năm sau ngày kết thúc ({end.AddYears(1):dd/MM/yyyy}).",
                $"The dossier deadline ({d:yyyy-MM-dd}) must be between the campaign's start ({start:yyyy-MM-dd}) and a year after its end ({end.AddYears(1):yyyy-MM-dd})."));
    }

    private static void Review(RowCells c, string column, YearMonth? month, YearMonth first, YearMonth last)
    {
        if (month is not { } m || (m >= first && m <= last.AddMonths(12))) return;
        c.Error(column, c.Raw(column), new(
            $"Kỳ {VietnameseDates.Month(m)} nằm ngoài phong trào: kỳ sơ kết, tổng kết phải từ {VietnameseDates.Month(first)} đến {VietnameseDates.Month(last.AddMonths(12))} (muộn nhất một năm sau tháng cuối).",
            $"Month {m} is outside the campaign: reviews must fall between {first} and {last.AddMonths(12)} (at most a year after its last month)."));
    }
}
