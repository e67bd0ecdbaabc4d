using ThiDua.Formatting;
using ThiDua.Indicators;

namespace ThiDua.Attainment.StillNeeded;

/// <summary>What remains, said as a thi đua office says it: "Cần thêm 4 lớp trong 3 tháng còn lại (bình quân 1,33 lớp mỗi tháng)".</summary>
public static class StillNeededWords
{
    public static string Of(StillNeeded need, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(indicator);
        string N(decimal v) => VietnameseNumber.WithUnit(VietnameseNumber.Format(v), indicator.Uom);
        var rank = indicator.Direction == Direction.RankUp;
        string Side(decimal level) => need.Bar is { AtLeast: true } ? $"từ {N(level)} trở lên"
            : rank ? $"xếp thứ {VietnameseNumber.Format(level)} trở lên"
            : $"không quá {N(level)}";
        var rest = $"{need.MonthsLeft} tháng còn lại";
        var level = need.Bar?.Level ?? 0m;
        var now = need.Current is { } c ? rank ? $" (hiện xếp thứ {VietnameseNumber.Format(c)})" : $" (hiện {N(c)})" : "";
        return need.Kind switch
        {
            StillNeededKind.Reached when indicator.Direction == Direction.Task => "Đã hoàn thành đúng hạn",
            StillNeededKind.Reached => "Đã bảo đảm đạt chỉ tiêu",
            StillNeededKind.Lost when rank && level < 1m => "Không còn đạt được: chỉ tiêu đòi hỏi thứ hạng cao hơn thứ 1",
            StillNeededKind.Lost => $"Không còn đạt được: cần {Side(level)}{now}",
            StillNeededKind.MoreInAll => $"Cần thêm {N(need.Amount!.Value)} trong {rest} (bình quân {N(need.PerMonth!.Value)} mỗi tháng)",
            StillNeededKind.AtMostInAll when need.Amount == 0m => $"Không để phát sinh thêm trong {rest}",
            StillNeededKind.AtMostInAll => $"Phát sinh thêm không quá {N(need.Amount!.Value)} trong {rest} (bình quân {N(need.PerMonth!.Value)} mỗi tháng)",
            StillNeededKind.LastMonth => $"Số liệu {VietnameseDates.Month(need.LastMonth)} {Side(level)}{now}",
            StillNeededKind.AverageOfRest => $"Bình quân {rest} {Side(need.Amount!.Value)}, nếu báo cáo đủ các tháng{now}",
            StillNeededKind.OneMonth => $"Ít nhất một trong {rest} {Side(level)}{now}",
            StillNeededKind.EveryMonth => $"Mỗi tháng trong {rest} {Side(level)}{now}",
            StillNeededKind.TaskDue => $"Hoàn thành trong {VietnameseDates.Month(need.Deadline!.Value)} hoặc sớm hơn",
            StillNeededKind.TaskOverdue => $"Đã quá hạn ({VietnameseDates.Month(need.Deadline!.Value)}): hoàn thành muộn được tính 0,5",
            StillNeededKind.TaskDoneLate => "Đã hoàn thành sau hạn: được tính 0,5",
            _ => throw new ArgumentOutOfRangeException(nameof(need), need.Kind, "Unknown kind."),
        };
    }
}
