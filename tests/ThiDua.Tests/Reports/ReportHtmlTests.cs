using ThiDua.Charts;
using ThiDua.Periods;
using ThiDua.Reports;
using ThiDua.Reports.Monthly;
using ThiDua.Reports.Shared;
using ThiDua.Reports.Summary;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Reports;

public sealed class ReportHtmlTests
{
    private static readonly DateTimeOffset CutOff = ReportCutOff.Monthly(new YearMonth(2024, 6));

    private static SnapshotBuilder Campaign(string unitName) => new SnapshotBuilder()
        .Unit("U1", cluster: "K1", name: unitName).Unit("U2", cluster: "K1", name: "Phòng Tổng hợp")
        .Indicator("I", aggregation: ThiDua.Indicators.Aggregation.Sum)
        .Target("U1", "I", 12m).Target("U2", "I", 12m)
        .Measure("U1", "I", "2024-03", 6m).Measure("U2", "I", "2024-05", 2m);

    [Fact]
    public void A_unit_name_with_markup_is_escaped_in_every_section()
    {
        var snapshot = Campaign("<script>alert(1)</script>").Build();
        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(snapshot, new YearMonth(2024, 6), CutOff, [], null));

        html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void Decomposed_diacritics_are_written_in_NFC()
    {
        var decomposed = "Phòng Văn hóa".Normalize(System.Text.NormalizationForm.FormD);
        var snapshot = Campaign(decomposed).Build();
        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(snapshot, new YearMonth(2024, 6), CutOff, [], null));

        html.Should().Contain("Phòng Văn hóa").And.NotContain(decomposed);
        html.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }

    [Fact]
    public void Monthly_model_counts_units_on_track_against_the_pro_rata_expected_value()
    {
        // June of a 12-month campaign: a sum target of 12 is expected at 6; U1 has 6 (on track, its ratio (6 × 12) / (12 × 6)
        // = 1 is met), U2 has 2 (lagging, not met).
        var report = MonthlyReportBuilder.Build(Campaign("Văn phòng").Build(), new YearMonth(2024, 6), CutOff, [], null);

        report.Summary.Should().Be(new MonthlySummary(UnitsOnTrack: 1, UnitsLagging: 1, IndicatorsMet: 1, IndicatorsNotMet: 1, IndicatorsNoData: 0));
        report.Indicators.Select(l => l.Expected).Should().AllBeEquivalentTo(6m);
        report.Lagging.Should().ContainSingle().Which.Units.Should().ContainSingle().Which.Unit.Should().Be("U2");
        report.Rankings.Should().ContainSingle().Which.Rows.Select(r => r.Unit).Should().Equal("U1", "U2");
        report.PreviousCutOff.Should().Be(new DateTimeOffset(2024, 6, 1, 7, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public void Monthly_summary_names_units_on_track_as_on_track_or_ahead_on_every_indicator()
    {
        var html = new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(Campaign("Văn phòng").Build(), new YearMonth(2024, 6), CutOff, [], null));

        html.Should().Contain("<b>1</b>đơn vị đúng hoặc vượt tiến độ mọi chỉ tiêu").And.Contain("<b>1</b>đơn vị có chỉ tiêu chậm tiến độ");
    }

    [Fact]
    public void Same_model_renders_the_same_bytes_and_the_cut_off_is_the_only_time_in_the_document()
    {
        var snapshot = Campaign("Văn phòng").Build();
        string Render() => new MonthlyReportHtml(new SvgChartRenderer()).Render(MonthlyReportBuilder.Build(snapshot, new YearMonth(2024, 6), CutOff, [], null));

        Render().Should().Be(Render());
        Render().Should().Contain("01/07/2024 07:00 (giờ Việt Nam, UTC+07:00)");
    }

    [Fact]
    public void Default_cut_offs_fall_on_the_first_of_the_next_month_at_seven_Vietnam_time()
    {
        ReportCutOff.Monthly(new YearMonth(2022, 12)).Should().Be(new DateTimeOffset(2023, 1, 1, 7, 0, 0, TimeSpan.FromHours(7)));
        ReportCutOff.Monthly(new YearMonth(2022, 12)).UtcDateTime.Should().Be(new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var campaign = Campaign("x").Build().Campaign;
        ReportCutOff.PreviousMonthly(campaign, campaign.FirstMonth).Should().BeNull();
        ReportCutOff.Summary(campaign).Should().Be(ReportCutOff.Monthly(campaign.LastMonth));
    }

    [Fact]
    public void Summary_without_award_forms_says_so_and_has_an_empty_annex()
    {
        var report = SummaryReportBuilder.Build(Campaign("Văn phòng").Build(), CutOff, null);
        var html = new SummaryReportHtml(new SvgChartRenderer()).Render(report);

        report.Annex.Should().BeEmpty();
        html.Should().Contain("Phong trào chưa có hình thức khen thưởng.").And.Contain("Không có tập thể, cá nhân nào được đề nghị.");
    }
}
