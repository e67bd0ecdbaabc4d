using ThiDua.Web.Replicas;

namespace ThiDua.Tests.Web.Replicas;

/// <summary>The lag rule: the age of the oldest primary position the standby has not replayed, on this node's clock.</summary>
public class ReplicaLagTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_standby_that_replays_everything_has_no_lag_even_when_the_primary_has_been_idle_for_hours()
    {
        var lag = new ReplicaLag();
        // The primary's last transaction is hours old; only its position matters, and the standby has replayed it.
        for (var s = 0; s < 10; s++) lag.Observe(1_000, 1_000, T0.AddSeconds(s)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_held_standby_lags_from_the_first_position_it_missed_and_catching_up_brings_it_back_to_zero()
    {
        var lag = new ReplicaLag();
        lag.Observe(1_000, 1_000, T0).Should().Be(TimeSpan.Zero);
        lag.Observe(2_000, 1_000, T0.AddSeconds(1)).Should().Be(TimeSpan.Zero, "first seen now");
        lag.Observe(3_000, 1_000, T0.AddSeconds(2)).Should().Be(TimeSpan.FromSeconds(1));
        lag.Observe(3_000, 1_000, T0.AddSeconds(9)).Should().Be(TimeSpan.FromSeconds(8));
        lag.Observe(3_000, 2_500, T0.AddSeconds(10)).Should().Be(TimeSpan.FromSeconds(8), "position 3000, seen at 2 s, is still missing");
        lag.Observe(3_000, 3_000, T0.AddSeconds(11)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_standby_back_from_an_outage_is_as_late_as_the_first_primary_position_noted_while_it_was_away()
    {
        var lag = new ReplicaLag();
        lag.Observe(1_000, 1_000, T0);
        lag.Observe(5_000, null, T0.AddSeconds(1));
        lag.Observe(6_000, null, T0.AddSeconds(2));
        lag.Observe(7_000, 4_000, T0.AddSeconds(31)).Should().Be(TimeSpan.FromSeconds(30));
        lag.Observe(7_000, 7_000, T0.AddSeconds(32)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void A_standby_stuck_for_hours_keeps_its_whole_lag_though_only_six_hundred_positions_are_kept()
    {
        var lag = new ReplicaLag();
        for (var s = 1; s <= 7_200; s++) lag.Observe(s, 0, T0.AddSeconds(s));
        lag.Observe(7_201, 0, T0.AddSeconds(7_201)).Should().Be(TimeSpan.FromSeconds(7_200));
    }

    [Theory]
    [InlineData(5, "5 giây")]
    [InlineData(59, "59 giây")]
    [InlineData(185, "3 phút 5 giây")]
    [InlineData(7_800, "2 giờ 10 phút")]
    public void The_page_says_the_lag_in_words(int seconds, string words) =>
        ReadNotice.Duration(TimeSpan.FromSeconds(seconds)).Should().Be(words);
}
