using ThiDua.Periods;

namespace ThiDua.Scheduling;

/// <summary>What the scheduled report jobs call; the reports feature implements it.</summary>
public interface IReportJobs
{
    /// <summary>The progress report of <paramref name="month"/> for every running campaign, numbers as of <paramref name="cutOff"/>.</summary>
    /// <returns>Why a written report has no PDF (its HTML is written), one line per report; empty when every PDF was printed.</returns>
    Task<IReadOnlyList<string>> GenerateMonthlyAsync(YearMonth month, DateTimeOffset cutOff, CancellationToken ct);

    /// <summary>The summary review of every campaign whose final review is due at <paramref name="now"/> and not yet written.</summary>
    /// <returns>As <see cref="GenerateMonthlyAsync"/>: the reports written without their PDF, and why.</returns>
    Task<IReadOnlyList<string>> GenerateDueSummariesAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>What a report job records when some PDFs are missing (<see cref="PartlyFailedResult"/>): "Xong, thiếu PDF" and the reasons.</summary>
    public static object? Outcome(IReadOnlyList<string> missingPdfs) =>
        missingPdfs is null || missingPdfs.Count == 0 ? null
            : new PartlyFailedResult("Xong, thiếu PDF / done, PDF missing: " + string.Join("; ", missingPdfs));
}
