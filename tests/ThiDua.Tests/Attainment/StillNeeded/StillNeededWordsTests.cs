using ThiDua.Attainment;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment.StillNeeded;

/// <summary>What the unit page says is left to do, at a period of a January–December 2024 campaign.</summary>
public class StillNeededWordsTests
{
    private static string Say(string period, Direction direction, Aggregation aggregation, decimal target, decimal? baseline,
        string? uom, params (string Month, decimal Value)[] values) => Say(period, direction, aggregation, target, baseline, uom, null, values);

    private static string Say(string period, Direction direction, Aggregation aggregation, decimal target, decimal? baseline,
        string? uom, string? deadline, params (string Month, decimal Value)[] values)
    {
        var builder = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target, baseline, deadline);
        foreach (var (month, value) in values) builder.Measure("U", "I", month, value);
        var snapshot = builder.Build();
        var indicator = snapshot.Indicators[0] with { Uom = uom };
        var at = SnapshotBuilder.M(period);
        var need = StillNeededCalculator.Of(indicator, snapshot.Targets[0], new MeasurementHistory(snapshot.Measurements).Upto("U", "I", at), snapshot.Campaign, at);
        return need is null ? "(none)" : StillNeededWords.Of(need, indicator);
    }

    [Fact]
    public void Twelve_classes_a_year_with_five_held_by_September_need_seven_more_in_three_months() =>
        Say("2024-09", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 2m), ("2024-05", 3m))
            .Should().Be("Cần thêm 7 lớp trong 3 tháng còn lại (bình quân hơn 2 lớp mỗi tháng)");

    [Fact]
    public void Twelve_classes_already_held_by_June_are_assured() =>
        Say("2024-06", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 12m))
            .Should().Be("Đã đạt chỉ tiêu cả kỳ (hiện 12 lớp)");

    [Fact]
    public void Accidents_to_cut_by_5_percent_from_300_leave_an_allowance_of_what_is_not_yet_spent() =>
        // 300 × 95 % = 285 allowed in the year; 250 by October: at most 35 more in November and December.
        Say("2024-10", Direction.ReduceBy, Aggregation.Sum, 5m, 300m, "vụ", ("2024-05", 150m), ("2024-10", 100m))
            .Should().Be("Phát sinh thêm không quá 35 vụ trong 2 tháng còn lại (bình quân không quá 17 vụ mỗi tháng)");

    [Fact]
    public void Accidents_past_the_year_allowance_by_November_cannot_be_met_any_more() =>
        Say("2024-11", Direction.ReduceBy, Aggregation.Sum, 5m, 300m, "vụ", ("2024-05", 200m), ("2024-10", 100m))
            .Should().Be("Không còn đạt được: cần không quá 285 vụ (hiện 300 vụ)");

    [Fact]
    public void A_rate_says_what_the_last_month_must_show_and_where_it_stands() =>
        Say("2024-08", Direction.AtLeast, Aggregation.Latest, 82m, null, "%", ("2024-08", 79.5m))
            .Should().Be("Số liệu tháng 12/2024 từ 82% trở lên (hiện 79,5%)");

    [Fact]
    public void An_average_says_what_the_remaining_months_must_average_if_all_are_reported() =>
        // (90 × 12 − 8 × 85) ⁄ 4 = (1080 − 680) ⁄ 4 = 100
        Say("2024-08", Direction.AtLeast, Aggregation.Average, 90m, null, "%",
                Enumerable.Range(1, 8).Select(m => ($"2024-{m:D2}", 85m)).ToArray())
            .Should().Be("Bình quân 4 tháng còn lại đạt 100%, nếu báo cáo đủ các tháng (hiện 85%)");

    [Fact]
    public void Two_places_up_from_fifth_means_third_or_better() =>
        Say("2024-06", Direction.RankUp, Aggregation.Latest, 2m, 5m, null, ("2024-06", 4m))
            .Should().Be("Số liệu tháng 12/2024 xếp thứ 3 trở lên (hiện xếp thứ 4)");

    [Fact]
    public void Three_places_up_from_third_cannot_be_reached() =>
        Say("2024-06", Direction.RankUp, Aggregation.Latest, 3m, 3m, null)
            .Should().Be("Không còn đạt được: chỉ tiêu đòi hỏi thứ hạng cao hơn thứ 1");

    [Fact]
    public void A_task_due_in_September_and_not_delivered_in_June_names_its_deadline() =>
        Say("2024-06", Direction.Task, Aggregation.Latest, 1m, null, null, "2024-09")
            .Should().Be("Hoàn thành trong tháng 09/2024 hoặc sớm hơn");

    [Fact]
    public void A_task_past_its_deadline_counts_half_when_delivered() =>
        Say("2024-10", Direction.Task, Aggregation.Latest, 1m, null, null, "2024-09")
            .Should().Be("Đã quá hạn (tháng 09/2024): hoàn thành muộn được tính 0,5");

    [Fact]
    public void Nothing_is_left_to_say_in_the_last_month() =>
        Say("2024-12", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 2m)).Should().Be("(none)");
}
