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
    public void The_median_rule_needs_three_other_months_and_a_median_other_than_zero()
    {
        Rules(Revenue, 1000m, others: [10m, 12m]).Should().BeEmpty();
        Rules(Revenue, 1000m, others: [10m, 12m, 11m]).Should().Contain(PlausibilityRules.OutlierHigh);
        Rules(Revenue, 1000m, others: [0m, 0m, 5m]).Should().BeEmpty();
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
