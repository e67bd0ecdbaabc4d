using ThiDua.Charts.Svg;

namespace ThiDua.Tests.Charts;

public class NiceScaleTests
{
    [Theory]
    [InlineData(0, 97.3, 0, 100, 20)]
    [InlineData(0, 128.57, 0, 150, 50)]
    [InlineData(0, 1_200_000, 0, 1_500_000, 500_000)]
    [InlineData(0, 1, 0, 1, 0.2)]
    [InlineData(-12, 107, -50, 150, 50)]
    [InlineData(0, 0, 0, 1, 0.2)]
    [InlineData(0, 7.5, 0, 8, 2)]
    public void Ranges_end_on_one_two_five_steps(double min, double max, double expectedMin, double expectedMax, double expectedStep)
    {
        var scale = NiceScale.For((decimal)min, (decimal)max);

        scale.Min.Should().Be((decimal)expectedMin);
        scale.Max.Should().Be((decimal)expectedMax);
        scale.Step.Should().Be((decimal)expectedStep);
        scale.TickCount.Should().BeLessThanOrEqualTo(6);
    }

    [Fact]
    public void Every_step_is_one_two_or_five_times_a_power_of_ten()
    {
        for (var max = 0.01m; max < 5_000_000m; max *= 1.37m)
        {
            var scale = NiceScale.For(0, max);
            var mantissa = scale.Step;
            while (mantissa >= 10) mantissa /= 10;
            while (mantissa < 1) mantissa *= 10;
            mantissa.Should().BeOneOf(1m, 2m, 5m);
            scale.Max.Should().BeGreaterThanOrEqualTo(max);
            scale.TickCount.Should().BeInRange(2, 6);
        }
    }

    [Fact]
    public void Ticks_are_exact_decimals() =>
        Enumerable.Range(0, NiceScale.For(0, 0.9m).TickCount).Select(i => NiceScale.For(0, 0.9m).Tick(i))
            .Should().Equal(0m, 0.2m, 0.4m, 0.6m, 0.8m, 1.0m);
}
