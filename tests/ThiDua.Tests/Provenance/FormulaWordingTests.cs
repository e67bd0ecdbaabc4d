using ThiDua.Attainment;
using ThiDua.Indicators;
using ThiDua.Provenance.Explaining;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Provenance;

/// <summary>The calculation shown beside a number: the SPEC §3 formula, then the same with the unit's figures put in.</summary>
public class FormulaWordingTests
{
    private static RatioExplanation Explain(SnapshotBuilder builder, string period)
    {
        var snapshot = builder.Build();
        return RatioExplainer.Explain(snapshot, new MeasurementHistory(snapshot.Measurements), snapshot.Targets.Single(), SnapshotBuilder.M(period));
    }

    [Fact]
    public void A_flow_in_June_is_pro_rated_and_shows_the_months_added_and_m_over_M()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I", Direction.AtLeast, Aggregation.Sum).Target("U", "I", 12m)
            .Measure("U", "I", "2024-02", 2m).Measure("U", "I", "2024-05", 3m), "2024-06");

        e.ProRated.Should().BeTrue();
        e.Share.Should().Be(new FlowShare(6, 12));
        FormulaWording.Aggregation(e).Should().Be("Cộng dồn các tháng: A = 2 + 3 = 5");
        FormulaWording.Formula(e).Should().Be("Tỷ lệ = (A × M) ⁄ (T × m)");
        FormulaWording.Figures(e).Should().Be("(5 × 12) ⁄ (12 × 6) = 0,833333");
        e.RoundedRatio.Should().Be(0.8333m);
        FormulaWording.Share(e).Should().Contain("m = 6").And.Contain("M = 12").And.Contain("= 6");
    }

    [Fact]
    public void The_same_flow_in_the_last_month_is_judged_on_the_whole_target()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I", Direction.AtLeast, Aggregation.Sum).Target("U", "I", 12m)
            .Measure("U", "I", "2024-02", 5m).Measure("U", "I", "2024-11", 7m), "2024-12");

        e.ProRated.Should().BeFalse();
        FormulaWording.Figures(e).Should().Be("12 ⁄ 12 = 1");
        FormulaWording.Share(e).Should().StartWith("Tháng cuối của phong trào");
    }

    [Fact]
    public void A_reduction_from_a_baseline_names_B_and_puts_it_in()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I", Direction.ReduceBy, Aggregation.Latest).Target("U", "I", 5m, baseline: 200m)
            .Measure("U", "I", "2024-03", 150m).Measure("U", "I", "2024-12", 188m), "2024-12");

        FormulaWording.Aggregation(e).Should().StartWith("Lấy số của tháng gần nhất (tháng 12/2024): A = 188");
        FormulaWording.Formula(e).Should().Be("Tỷ lệ = ((B − A) ⁄ B) ⁄ (T ⁄ 100)");
        FormulaWording.Figures(e).Should().Be("((200 − 188) ⁄ 200) ⁄ (5 ⁄ 100) = 1,2");
        e.Clamped.Should().Be(1.2m);
    }

    [Fact]
    public void An_average_shows_its_exact_mean_the_ratio_was_computed_from()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I", Direction.AtLeast, Aggregation.Average).Target("U", "I", 10m)
            .Measure("U", "I", "2024-01", 10m).Measure("U", "I", "2024-02", 10m).Measure("U", "I", "2024-03", 11m), "2024-03");

        FormulaWording.Aggregation(e).Should().Be("Bình quân các tháng: A = (10 + 10 + 11) ⁄ 3 = 10,333333");
        e.RoundedRatio.Should().Be(1.0333m);
    }

    [Fact]
    public void A_late_task_earns_half_and_says_when_it_was_done_against_its_deadline()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I", Direction.Task, Aggregation.Latest).Target("U", "I", 1m, deadline: "2024-03")
            .Measure("U", "I", "2024-02", 0m).Measure("U", "I", "2024-05", 1m), "2024-06");

        FormulaWording.Figures(e).Should().Be("Hoàn thành tháng 05/2024, hạn tháng 03/2024 → 0,5");
        e.Status.Should().Be(AttainmentStatus.NotMet);
    }

    [Fact]
    public void Nothing_reported_says_so_and_has_no_figures()
    {
        var e = Explain(new SnapshotBuilder().Indicator("I").Target("U", "I", 10m), "2024-03");

        e.Status.Should().Be(AttainmentStatus.NoData);
        FormulaWording.Figures(e).Should().BeNull();
        FormulaWording.Aggregation(e).Should().StartWith("Chưa có tháng nào báo cáo");
        e.Clamped.Should().Be(0m);
    }
}
