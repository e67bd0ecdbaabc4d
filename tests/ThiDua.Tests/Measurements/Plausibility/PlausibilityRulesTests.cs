using ThiDua.Indicators;
using ThiDua.Measurements.Plausibility;

namespace ThiDua.Tests.Measurements.Plausibility;

/// <summary>Each rule of SPEC §5 "Plausibility (v2)" at its threshold (no warning) and just past it (a warning).</summary>
public sealed class PlausibilityRulesTests
{
    private static readonly Indicator Revenue = new("C", "DT", "Doanh thu", "triệu đồng", Direction.AtLeast, Aggregation.Sum, 1);
    private static readonly Indicator Rate = new("C", "TL", "Tỷ lệ", "%", Direction.AtLeast, Aggregation.Latest, 1);
    private static readonly decimal[] Months = [13m, 14m, 15m, 29m, 14m, 13m]; // median 14

    private static IEnumerable<string> Rules(Indicator indicator, decimal value, decimal? stored = null, decimal[]? others = null) =>
        PlausibilityRules.Judge(new JudgedMeasurement(indicator, value, stored, others ?? Months)).Select(f => f.Rule);

    [Theory]
    [InlineData(140, false)]
    [InlineData(140.01, true)]
    public void Ten_times_the_median_of_the_other_months_passes_and_more_is_a_warning(decimal value, bool warned) =>
        Rules(Revenue, value).Contains(PlausibilityRules.OutlierHigh).Should().Be(warned);

    [Theory]
    [InlineData(1.4, false)]
    [InlineData(1.39, true)]
    public void A_tenth_of_the_median_passes_and_less_is_a_warning(decimal value, bool warned) =>
        Rules(Revenue, value).Contains(PlausibilityRules.OutlierLow).Should().Be(warned);

    [Fact]
    public void The_typo_names_the_ratio_and_the_median_it_was_judged_against()
    {
        var finding = PlausibilityRules.Judge(new JudgedMeasurement(Revenue, 1234.5m, null, Months)).Single();

        finding.JudgedAgainst.Should().Be(14m);
        finding.MessageVi.Should().Contain("1.234,5").And.Contain("gấp 88,2 lần trung vị của 6 tháng khác: 14");
        finding.MessageEn.Should().Contain("88.2 times the median of 6 other months: 14");
    }

    [Fact]
    public void The_median_rule_at_ten_times_needs_three_other_months_and_a_median_other_than_zero()
    {
        Rules(Revenue, 500m, others: [10m, 12m]).Should().BeEmpty("with two other months only past 50 times warns");
        Rules(Revenue, 500m, others: [10m, 12m, 11m]).Should().Contain(PlausibilityRules.OutlierHigh);
        Rules(Revenue, 1000m, others: [0m, 0m, 5m]).Should().BeEmpty();
        Rules(Revenue, 1000m, others: []).Should().BeEmpty("the first month has nothing to be compared with");
    }

    // A campaign's second and third month (or a unit's first figures) had no guard at all: 1000× went in silently.
    [Theory]
    [InlineData(new[] { 10.0 }, 500.0, null)]
    [InlineData(new[] { 10.0 }, 500.01, PlausibilityRules.OutlierHigh)]
    [InlineData(new[] { 10.0, 12.0 }, 11000.0, PlausibilityRules.OutlierHigh)]
    [InlineData(new[] { 10.0 }, 0.2, null)]
    [InlineData(new[] { 10.0 }, 0.19, PlausibilityRules.OutlierLow)]
    [InlineData(new[] { 95.0, 96.0 }, 0.955, PlausibilityRules.OutlierLow)]
    [InlineData(new[] { 2.0 }, 0.0, null)]
    [InlineData(new[] { 0.0, 0.0 }, 3.0, null)]
    public void With_one_or_two_other_months_only_past_fifty_times_warns(double[] others, double value, string? rule) =>
        Rules(Revenue, (decimal)value, others: others.Select(o => (decimal)o).ToArray()).Should().Equal(rule is null ? [] : [rule]);

    [Fact]
    public void A_short_history_warning_says_how_little_it_was_judged_against()
    {
        var finding = PlausibilityRules.Judge(new JudgedMeasurement(Revenue, 10000m, null, [10m])).Single();

        (finding.Rule, finding.JudgedAgainst).Should().Be((PlausibilityRules.OutlierHigh, 10m));
        finding.MessageVi.Should().Be("Giá trị 10.000 gấp 1.000 lần số liệu của tháng khác duy nhất: 10 (mới có 1 tháng để so nên chỉ cảnh báo khi chênh hơn 50 lần). Kiểm tra lỗi đánh máy (dấu phân cách, thừa chữ số).");
        finding.MessageEn.Should().Be("10000 is 1000 times the only other month's figure: 10 (only 1 to compare with, so warned past 50 times only). Check for a typo (separators, extra digits).");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-0.01, true)]
    public void A_negative_value_of_a_summed_indicator_is_a_warning(decimal value, bool warned) =>
        Rules(Revenue, value, others: []).Contains(PlausibilityRules.NegativeSum).Should().Be(warned);

    [Fact]
    public void A_negative_value_of_an_indicator_that_is_not_summed_is_not_that_warning() =>
        Rules(Rate with { Uom = "điểm" }, -1m, others: []).Should().BeEmpty();

    [Theory]
    [InlineData(100, false)]
    [InlineData(100.01, true)]
    public void Above_100_for_an_indicator_in_percent_is_a_warning(decimal value, bool warned) =>
        Rules(Rate, value, others: []).Contains(PlausibilityRules.PercentOver100).Should().Be(warned);

    [Fact]
    public void Above_100_in_another_unit_is_no_warning() => Rules(Revenue, 250m, others: []).Should().BeEmpty();

    [Theory]
    [InlineData(140, false)]
    [InlineData(140.01, true)]
    [InlineData(1.4, false)]
    [InlineData(1.39, true)]
    public void A_correction_changing_the_stored_value_more_than_ten_times_is_a_warning(decimal value, bool warned) =>
        Rules(Revenue, value, stored: 14m, others: []).Contains(PlausibilityRules.TenfoldCorrection).Should().Be(warned);

    [Fact]
    public void A_correction_of_a_stored_zero_is_no_warning() => Rules(Revenue, 500m, stored: 0m, others: []).Should().BeEmpty();

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] values, double median) =>
        PlausibilityRules.Median(values.Select(v => (decimal)v).ToList()).Should().Be((decimal)median);
}
