using ThiDua.Formatting;

namespace ThiDua.UnitHistory;

/// <summary>
/// What the unit's record says in words, the same on <c>/units/{u}</c> and in <c>thidua history</c>: why the month is
/// the one read, and the message for a unit that does not exist (the API's 404, the command's exit 1).
/// </summary>
public static class UnitHistoryWords
{
    /// <summary>"tổng kết", "đã chốt số liệu", "chưa chốt số liệu", or the ended unit's last month.</summary>
    public static string Basis(UnitHistoryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.PeriodBasis switch
        {
            UnitHistoryBasis.Final => "tổng kết",
            UnitHistoryBasis.Closed => "đã chốt số liệu",
            UnitHistoryBasis.Ended => "tháng cuối trước khi " + UnitEndWords.Since(row.Ended!.Value),
            _ => "chưa chốt số liệu",
        };
    }

    /// <summary>Unknown at all, or not imported yet as of the time asked; then the code one letter away when there is one.</summary>
    /// <param name="guess">"Có phải 'BK-CNTT'? / Did you mean 'BK-CNTT'?" (<see cref="UnitHistoryQuery.GuessAsync"/>), or null.</param>
    public static string NotFound(string unit, DateTimeOffset? asOf, string? guess) =>
        (asOf is { } at
            ? $"Đơn vị '{unit}' chưa có trong hệ thống tại thời điểm {VietnameseDates.CutOff(at)} (giờ Việt Nam): hãy kiểm tra mã đơn vị hoặc chọn thời điểm muộn hơn / "
              + $"unit '{unit}' did not exist yet as of {VietnameseDates.Iso(at)}: check the unit code or ask for a later time."
            : $"Không có đơn vị '{unit}': hãy kiểm tra mã đơn vị (cột code của units.csv) / unit '{unit}' does not exist: check the unit code (units.csv, column code).")
        + (guess is null ? "" : " " + guess);
}
