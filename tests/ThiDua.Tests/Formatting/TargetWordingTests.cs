using ThiDua.Formatting;
using ThiDua.Indicators;

namespace ThiDua.Tests.Formatting;

public sealed class TargetWordingTests
{
    [Theory]
    [InlineData(Direction.ReduceBy, "3", "300", "giảm 3% so với 300")]
    [InlineData(Direction.IncreaseBy, "7", "20500", "tăng 7% so với 20.500")]
    [InlineData(Direction.RankUp, "2", "52", "tăng 2 bậc từ hạng 52")]
    [InlineData(Direction.AtLeast, "1110000", null, "1.110.000")]
    [InlineData(Direction.AtMost, "4,5", null, "4,5")]
    public void A_relative_target_names_the_change_and_its_baseline_the_others_are_numbers(Direction direction, string value, string? baseline, string expected)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

        TargetWording.Describe(direction, decimal.Parse(value, culture), baseline is null ? null : decimal.Parse(baseline, culture)).Should().Be(expected);
    }

    [Theory]
    [InlineData(Direction.ReduceBy, 3, 300, 291)]
    [InlineData(Direction.IncreaseBy, 7, 20500, 21935)]
    [InlineData(Direction.RankUp, 2, 52, 50)]
    [InlineData(Direction.AtLeast, 82, null, 82)]
    public void The_level_is_where_the_target_puts_the_actual_in_the_indicators_unit(Direction direction, int value, int? baseline, int level) =>
        TargetWording.Level(direction, value, baseline).Should().Be(level);
}
