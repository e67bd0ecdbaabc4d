using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.Reports.Shared;

/// <summary>The four milestones of a campaign plan, in the order they fall: registration, mid-term, final review, dossier.</summary>
public static class Milestones
{
    public static IReadOnlyList<Milestone> Of(Campaign campaign, DateTimeOffset cutOff)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        // A milestone has passed once its whole day (or month) lies before the cut-off's Vietnamese date.
        var today = DateOnly.FromDateTime(cutOff.ToOffset(ReportCutOff.VietnamOffset).DateTime);
        return
        [
            Day("Hạn đăng ký thi đua", campaign.RegistrationDeadline, today),
            Month("Sơ kết giữa kỳ", campaign.MidtermReview, today),
            Month("Tổng kết", campaign.FinalReview, today),
            Day("Hạn nộp hồ sơ khen thưởng", campaign.DossierDeadline, today),
        ];
    }

    private static Milestone Day(string name, DateOnly? date, DateOnly today) =>
        new(name, date, null, date is { } d && d < today);

    private static Milestone Month(string name, YearMonth? month, DateOnly today) =>
        new(name, null, month, month is { } m && m < YearMonth.Of(today));
}
