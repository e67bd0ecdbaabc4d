using ThiDua.Formatting;
using ThiDua.Indicators;

namespace ThiDua.Attainment.StillNeeded;

/// <summary>
/// What remains, said as a thi đua office says it: "Cần thêm 7 lớp trong 3 tháng còn lại (bình quân hơn 2 lớp mỗi
/// tháng)". Every figure to reach is rounded up and every figure to stay under rounded down (<see cref="SaidFigure"/>),
/// whole for counts and ranks: doing what the words say meets the target.
/// </summary>
public static class StillNeededWords
{
    public static string Of(StillNeeded need, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(indicator);
        var said = new SaidFigure(need.Whole);
        string N(decimal v) => VietnameseNumber.WithUnit(VietnameseNumber.Format(v), indicator.Uom);
        var rank = indicator.Direction == Direction.RankUp;
        var atLeast = need.Bar is { AtLeast: true };
        // "đạt 100%": a rate cannot go past it, "từ 100% trở lên" reads oddly.
        string Side(decimal level) => atLeast && said.Up(level) == 100m && indicator.Uom?.Trim() == "%" ? "đạt 100%"
            : atLeast ? $"từ {N(said.Up(level))} trở lên"
            : rank ? $"xếp thứ {VietnameseNumber.Format(said.Down(level))} trở lên"
            : $"không quá {N(said.Down(level))}";
        var one = need.MonthsLeft == 1;
        var last = VietnameseDates.Month(need.LastMonth);
        var rest = one ? last : $"{need.MonthsLeft} tháng còn lại";
        var level = need.Bar?.Level ?? 0m;
        var met = need.Current is { } m && need.Bar is { } bar && bar.IsMetBy(m) ? ", đã đạt" : "";
        var now = need.Current is { } c ? rank ? $" (hiện xếp thứ {VietnameseNumber.Format(c)}{met})" : $" (hiện {N(c)}{met})"
            : indicator.Direction == Direction.Task ? "" : " (chưa có số liệu)";
        var plain = need.Current is { } p ? rank ? $" (hiện xếp thứ {VietnameseNumber.Format(p)})" : $" (hiện {N(p)})" : "";
        return need.Kind switch
        {
            StillNeededKind.Reached when indicator.Direction == Direction.Task => "Đã hoàn thành đúng hạn",
            // What has happened, not a promise: a figure corrected later (the last one recorded wins) can still undo it.
            StillNeededKind.Reached => $"Đã đạt chỉ tiêu cả kỳ{plain}",
            StillNeededKind.Lost when rank && level < 1m => "Không còn đạt được: chỉ tiêu đòi hỏi thứ hạng cao hơn thứ 1",
            StillNeededKind.Lost => $"Không còn đạt được: cần {Side(level)}{now}",
            StillNeededKind.MoreInAll => $"Cần thêm {N(said.Up(need.Amount!.Value))} trong {rest}{PerMonth(need, said, N, true)}",
            StillNeededKind.AtMostInAll when said.Down(need.Amount!.Value) == 0m => $"Không để phát sinh thêm trong {rest}",
            StillNeededKind.AtMostInAll => $"Phát sinh thêm không quá {N(said.Down(need.Amount!.Value))} trong {rest}{PerMonth(need, said, N, false)}",
            StillNeededKind.LastMonth => $"Số liệu {last} {Side(level)}{now}",
            StillNeededKind.AverageOfRest when one => $"Số liệu {last} {Side(need.Amount!.Value)}{now}",
            StillNeededKind.AverageOfRest => $"Bình quân {rest} {Side(need.Amount!.Value)}, nếu báo cáo đủ các tháng{now}",
            StillNeededKind.OneMonth or StillNeededKind.EveryMonth when one => $"Số liệu {last} {Side(level)}{now}",
            StillNeededKind.OneMonth => $"Ít nhất một trong {rest} {Side(level)}{now}",
            StillNeededKind.EveryMonth => $"Mỗi tháng trong {rest} {Side(level)}{now}",
            StillNeededKind.TaskDue => $"Hoàn thành trong {VietnameseDates.Month(need.Deadline!.Value)} hoặc sớm hơn",
            StillNeededKind.TaskOverdue => $"Đã quá hạn ({VietnameseDates.Month(need.Deadline!.Value)}): hoàn thành muộn được tính 0,5",
            StillNeededKind.TaskDoneLate => "Đã hoàn thành sau hạn: được tính 0,5",
            StillNeededKind.UnitEnds => $"Không xét: đơn vị ngừng hoạt động từ {VietnameseDates.Month(need.UnitEnds!.Value)}, trước khi kết thúc phong trào",
            _ => throw new ArgumentOutOfRangeException(nameof(need), need.Kind, "Unknown kind."),
        };
    }

    // " (bình quân …)" for a flow's total over several months; nothing where it would read "0,33 lớp" or "0 vụ".
    private static string PerMonth(StillNeeded need, SaidFigure said, Func<decimal, string> n, bool more)
    {
        if (need.MonthsLeft == 1 || need.PerMonth is not { } per) return "";
        if (!need.Whole || per == decimal.Truncate(per))
            return (more ? said.Up(per) : said.Down(per)) is var shown && shown == 0m ? ""
                : $" (bình quân {(more ? "" : "không quá ")}{n(shown)} mỗi tháng)";
        var whole = decimal.Floor(per);
        if (whole == 0m) return "";
        // 7 classes in 3 months: more than 2 a month on average (a whole 7 ⁄ 3 = 2,33… is "hơn 2").
        return more ? $" (bình quân hơn {n(whole)} mỗi tháng)" : $" (bình quân không quá {n(whole)} mỗi tháng)";
    }
}
