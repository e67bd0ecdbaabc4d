using ThiDua.Attainment;
using ThiDua.Attainment.StillNeeded;
using ThiDua.Indicators;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Attainment.StillNeeded;

/// <summary>
/// What the seed's unit pages said mid-campaign and an office would stumble on: "bình quân 0,33 trường mỗi tháng",
/// "không quá 23,75 vụ", a level to reach rounded down (doing "4,42%" missed the target), a rate already met read as
/// still to do, "từ 100% trở lên", "trong 1 tháng còn lại", a row with no figure yet saying nothing of it.
/// </summary>
public class WordsAsAnOfficeReadsThemTests
{
    private static string Say(string period, Direction direction, Aggregation aggregation, decimal target, decimal? baseline,
        string? uom, params (string Month, decimal Value)[] values)
    {
        var builder = new SnapshotBuilder().Indicator("I", direction, aggregation).Target("U", "I", target, baseline);
        foreach (var (month, value) in values) builder.Measure("U", "I", month, value);
        var snapshot = builder.Build();
        var indicator = snapshot.Indicators[0] with { Uom = uom };
        var at = SnapshotBuilder.M(period);
        var need = StillNeededCalculator.Of(indicator, snapshot.Targets[0], new MeasurementHistory(snapshot.Measurements).Upto("U", "I", at), snapshot.Campaign, at)!;
        return StillNeededWords.Of(need, indicator);
    }

    [Fact]
    public void One_school_in_three_months_is_not_a_third_of_a_school_a_month() =>
        Say("2024-09", Direction.AtLeast, Aggregation.Sum, 6m, null, "trường", ("2024-03", 5m))
            .Should().Be("Cần thêm 1 trường trong 3 tháng còn lại");

    [Fact]
    public void Seven_classes_in_three_months_are_more_than_two_a_month() =>
        Say("2024-09", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 5m))
            .Should().Be("Cần thêm 7 lớp trong 3 tháng còn lại (bình quân hơn 2 lớp mỗi tháng)");

    [Fact]
    public void Accidents_allowed_are_whole_and_rounded_down() =>
        // 25 × 95 % = 23,75: at most 23 accidents in the year; 10 by October leave 13, at most 6 a month.
        Say("2024-10", Direction.ReduceBy, Aggregation.Sum, 5m, 25m, "vụ", ("2024-05", 10m))
            .Should().Be("Phát sinh thêm không quá 13 vụ trong 2 tháng còn lại (bình quân không quá 6 vụ mỗi tháng)");

    [Fact]
    public void Money_keeps_its_decimals_rounded_up_when_it_is_to_reach() =>
        Say("2024-09", Direction.AtLeast, Aggregation.Sum, 100.5m, null, "tỷ đồng", ("2024-02", 50.25m))
            .Should().Be("Cần thêm 50,25 tỷ đồng trong 3 tháng còn lại (bình quân 16,75 tỷ đồng mỗi tháng)");

    [Fact]
    public void A_growth_level_to_reach_is_rounded_up_so_doing_it_meets_the_target()
    {
        // 4,21 × 1,05 = 4,4205: "4,42%" would give (4,42 − 4,21) ⁄ 4,21 ⁄ 5 % = 0,9976, not met.
        Say("2024-06", Direction.IncreaseBy, Aggregation.Latest, 5m, 4.21m, "%", ("2024-06", 4.3m))
            .Should().Be("Số liệu tháng 12/2024 từ 4,43% trở lên (hiện 4,3%)");
        AttainmentStatuses.Round(AttainmentRatio.Numeric(Direction.IncreaseBy, 4.43m, 5m, 4.21m, 1.2m)).Should().BeGreaterThanOrEqualTo(1m);
    }

    [Fact]
    public void A_rate_already_at_its_level_says_so() =>
        Say("2024-06", Direction.IncreaseBy, Aggregation.Latest, 5m, 30m, "%", ("2024-06", 31.8m))
            .Should().Be("Số liệu tháng 12/2024 từ 31,5% trở lên (hiện 31,8%, đã đạt)");

    [Fact]
    public void A_rank_already_high_enough_says_so() =>
        Say("2024-06", Direction.RankUp, Aggregation.Latest, 1m, 45m, "bậc", ("2024-06", 43m))
            .Should().Be("Số liệu tháng 12/2024 xếp thứ 44 trở lên (hiện xếp thứ 43, đã đạt)");

    [Fact]
    public void A_full_rate_is_reached_not_passed() =>
        Say("2024-05", Direction.AtLeast, Aggregation.Latest, 100m, null, "%", ("2024-05", 98m))
            .Should().Be("Số liệu tháng 12/2024 đạt 100% (hiện 98%)");

    [Fact]
    public void A_rate_not_reported_yet_says_there_is_no_figure() =>
        Say("2024-05", Direction.RankUp, Aggregation.Latest, 2m, 52m, "bậc")
            .Should().Be("Số liệu tháng 12/2024 xếp thứ 50 trở lên (chưa có số liệu)");

    [Fact]
    public void With_one_month_left_the_month_is_named() =>
        Say("2024-11", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 5m))
            .Should().Be("Cần thêm 7 lớp trong tháng 12/2024");

    [Fact]
    public void A_flow_already_in_says_it_is_reached_for_the_whole_campaign() =>
        Say("2024-06", Direction.AtLeast, Aggregation.Sum, 12m, null, "lớp", ("2024-02", 12m))
            .Should().Be("Đã đạt chỉ tiêu cả kỳ (hiện 12 lớp)");
}
