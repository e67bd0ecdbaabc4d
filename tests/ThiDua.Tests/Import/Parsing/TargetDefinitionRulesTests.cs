using ThiDua.Import.Parsing;
using ThiDua.Indicators;

namespace ThiDua.Tests.Import.Parsing;

public class TargetDefinitionRulesTests
{
    [Theory]
    [InlineData(Direction.AtLeast, 82, null)]
    [InlineData(Direction.AtMost, 0, null)]
    [InlineData(Direction.AtMost, 3, null)]
    [InlineData(Direction.ReduceBy, 5, 120)]
    [InlineData(Direction.IncreaseBy, 5, 1000)]
    [InlineData(Direction.RankUp, 2, 15)]
    [InlineData(Direction.RankUp, 2, 0)]
    [InlineData(Direction.Task, 1, null)]
    [InlineData(Direction.Task, 0, null)]
    public void Valid_definitions_pass(Direction direction, int target, int? baseline) =>
        TargetDefinitionRules.Check(direction, target, baseline).Should().BeNull();

    [Theory]
    [InlineData(Direction.AtLeast)]
    [InlineData(Direction.AtMost)]
    [InlineData(Direction.ReduceBy)]
    [InlineData(Direction.IncreaseBy)]
    [InlineData(Direction.RankUp)]
    [InlineData(Direction.Task)]
    public void A_missing_target_is_invalid_for_every_direction(Direction direction) =>
        TargetDefinitionRules.Check(direction, null, 10).Should().NotBeNull().And.Match<BilingualMessage>(m => m.En.Contains("target is missing") && m.Vi.Contains("Thiếu chỉ tiêu"));

    [Theory]
    [InlineData(Direction.AtLeast, 0)]
    [InlineData(Direction.AtLeast, -1)]
    [InlineData(Direction.ReduceBy, 0)]
    [InlineData(Direction.IncreaseBy, -5)]
    [InlineData(Direction.RankUp, 0)]
    public void A_target_at_or_below_zero_is_invalid_where_the_ratio_divides_by_it(Direction direction, int target) =>
        TargetDefinitionRules.Check(direction, target, 10)!.En.Should().Contain("greater than 0");

    [Fact]
    public void A_negative_target_is_invalid_for_at_most() =>
        TargetDefinitionRules.Check(Direction.AtMost, -1, null)!.En.Should().Contain("must not be negative");

    [Theory]
    [InlineData(Direction.ReduceBy)]
    [InlineData(Direction.IncreaseBy)]
    [InlineData(Direction.RankUp)]
    public void A_missing_baseline_is_invalid_for_relative_directions(Direction direction) =>
        TargetDefinitionRules.Check(direction, 5, null)!.En.Should().Contain("baseline is missing");

    [Theory]
    [InlineData(Direction.ReduceBy, 0)]
    [InlineData(Direction.IncreaseBy, -3)]
    public void A_baseline_at_or_below_zero_is_invalid_for_reduce_by_and_increase_by(Direction direction, int baseline) =>
        TargetDefinitionRules.Check(direction, 5, baseline)!.En.Should().Contain("baseline must be greater than 0");

    [Fact]
    public void A_parsed_row_is_checked_into_an_error_on_its_line_and_column()
    {
        var row = new TargetRow(7, "CD", "CT", "U", 5m, null, null, null);
        var error = TargetDefinitionRules.Check(row, Direction.ReduceBy);
        error.Should().NotBeNull();
        error!.Line.Should().Be(7);
        error.Column.Should().Be("baseline");
        TargetDefinitionRules.Check(row, Direction.AtLeast).Should().BeNull();
    }

    [Fact]
    public void A_rejected_figure_reads_with_a_decimal_comma_in_the_Vietnamese_half_and_a_point_in_the_English()
    {
        var target = TargetDefinitionRules.Check(Direction.AtMost, -1.5m, null)!;
        target.Vi.Should().Contain("(đang là -1,5)");
        target.En.Should().Contain("(it is -1.5)");

        var baseline = TargetDefinitionRules.Check(Direction.ReduceBy, 5, -2.25m)!;
        baseline.Vi.Should().StartWith("Số gốc phải lớn hơn 0").And.Contain("(đang là -2,25)", "the provenance page calls B the số gốc");
        baseline.En.Should().Contain("(it is -2.25)");

        var range = TargetDefinitionRules.Check(Direction.AtLeast, 7.5m, null, 7.25m)!;
        range.Vi.Should().Contain("(target_max = 7,25)").And.Contain("chỉ tiêu (7,5)");
        range.En.Should().Contain("(target_max = 7.25)").And.Contain("target (7.5)");
    }
}
