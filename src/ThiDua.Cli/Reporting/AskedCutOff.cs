using ThiDua.Formatting;
using ThiDua.Reports;

namespace ThiDua.Cli.Reporting;

/// <summary>
/// The cut-off a report or dossier is made as of: <c>--as-of</c>, or now. An instant still to come is refused: a
/// document says what was recorded up to its cut-off, and before that instant it could only print today's figures under
/// a later date — made again with the same <c>--as-of</c> once the instant has passed, it would say otherwise.
/// </summary>
internal static class AskedCutOff
{
    /// <summary>The cut-off, or null after saying on <paramref name="error"/> why the asked one is refused.</summary>
    public static DateTimeOffset? Choose(DateTimeOffset? asked, TimeProvider clock, TextWriter error)
    {
        var now = ReportCutOff.Now(clock);
        if (asked is not { } at || at <= now) return asked ?? now;
        error.WriteLine($"--as-of {VietnameseDates.Instant(at, seconds: true)} chưa đến (bây giờ là {VietnameseDates.Instant(now, seconds: true)}): "
            + "báo cáo chỉ lập được tính đến hiện tại hoặc một thời điểm đã qua — bỏ --as-of để lập tính đến bây giờ / "
            + $"--as-of {VietnameseDates.Iso(at)} is still to come (it is now {VietnameseDates.Iso(now)}): a report can be made as of now or an instant that has passed — "
            + "leave out --as-of to make it as of now");
        return null;
    }
}
