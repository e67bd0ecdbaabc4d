using ThiDua.Periods;

namespace ThiDua.Scheduling;

/// <summary>What the scheduled report jobs call; the reports feature implements it.</summary>
public interface IReportJobs
{
    /// <summary>The progress report of <paramref name="month"/> for every running campaign, numbers as of <paramref name="cutOff"/>.</summary>
    Task GenerateMonthlyAsync(YearMonth month, DateTimeOffset cutOff, CancellationToken ct);

    /// <summary>The summary review of every campaign whose final review is due at <paramref name="now"/> and not yet written.</summary>
    Task GenerateDueSummariesAsync(DateTimeOffset now, CancellationToken ct);
}
