using ThiDua.Analytics;
using ThiDua.Analytics.Output;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Indicators;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Tests.Analytics;
using ThiDua.Units;

namespace ThiDua.Tests.Analytics.Output;

public class AnalyticsCsvTests
{
    private static readonly YearMonth March = new(2024, 3);

    private static AttainmentRow Attainment(decimal? actual, decimal target, decimal? ratio, AttainmentStatus status) =>
        new("U", "I", March, actual, target, null, null, target, ratio, status, false, 1m);

    [Fact]
    public void Ranking_csv_has_the_header_2_decimal_scores_and_an_empty_cluster_for_the_no_cluster_group()
    {
        var csv = AnalyticsCsv.Ranking([
            new RankingRow(null, UnitKind.Collective, 1, "SO", "Sở TT&TT", 87.5m, 3, 4),
            new RankingRow("K1", UnitKind.Individual, 2, "P1", "Nguyễn Văn A", 100m, 1, 1),
        ]);
        csv.Should().Be(
            "cluster,kind,rank,unit,unit_name,score,met,assigned\n" +
            ",collective,1,SO,Sở TT&TT,87.50,3,4\n" +
            "K1,individual,2,P1,Nguyễn Văn A,100.00,1,1\n");
    }

    [Fact]
    public void Attainment_csv_trims_numbers_and_pads_ratio_to_4_decimals()
    {
        var csv = AnalyticsCsv.Attainment([
            Attainment(1_110_000m, 1_200_000m, 0.925m, AttainmentStatus.NotMet),
            Attainment(90.6m, 82m, 1.1049m, AttainmentStatus.Exceeded),
            Attainment(0.5000m, 1m, 0.5m, AttainmentStatus.NotMet),
            Attainment(1m, 1m, 1m, AttainmentStatus.Met),
        ]);
        csv.Should().Be(
            "unit,indicator,period,actual,target,ratio,status\n" +
            "U,I,2024-03,1110000,1200000,0.9250,not_met\n" +
            "U,I,2024-03,90.6,82,1.1049,exceeded\n" +
            "U,I,2024-03,0.5,1,0.5000,not_met\n" +
            "U,I,2024-03,1,1,1.0000,met\n");
    }

    [Fact]
    public void Attainment_csv_leaves_actual_and_ratio_empty_for_no_data() =>
        AnalyticsCsv.Attainment([Attainment(null, 5m, null, AttainmentStatus.NoData)])
            .Should().EndWith("\nU,I,2024-03,,5,,no_data\n");

    [Fact]
    public void Negative_ratios_are_numbers_and_never_neutralised() =>
        AnalyticsCsv.Attainment([Attainment(15m, 2m, -2.5m, AttainmentStatus.NotMet)])
            .Should().EndWith("\nU,I,2024-03,15,2,-2.5000,not_met\n");

    [Fact]
    public void Numbers_with_more_than_4_decimals_round_away_from_zero() =>
        AnalyticsCsv.Attainment([Attainment(2.91665m, 7.00005m, 0.4167m, AttainmentStatus.NotMet)])
            .Should().EndWith("\nU,I,2024-03,2.9167,7.0001,0.4167,not_met\n");

    [Fact]
    public void Fields_with_commas_quotes_or_newlines_are_quoted()
    {
        var csv = AnalyticsCsv.Ranking([
            new RankingRow(null, UnitKind.Collective, 1, "A", "Phòng \"Kế hoạch\", Tài chính", 1m, 0, 1),
            new RankingRow(null, UnitKind.Collective, 1, "B", "Hai\ndòng", 1m, 0, 1),
        ]);
        csv.Should().Contain(",A,\"Phòng \"\"Kế hoạch\"\", Tài chính\",1.00,");
        csv.Should().Contain(",B,\"Hai\ndòng\",1.00,");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+84 phòng", "'+84 phòng")]
    [InlineData("-Tổ 1", "'-Tổ 1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("Bình thường", "Bình thường")]
    public void User_text_starting_like_a_formula_gets_a_leading_apostrophe(string name, string cell) =>
        AnalyticsCsv.Ranking([new RankingRow(null, UnitKind.Collective, 1, "A", name, 1m, 0, 1)])
            .Should().EndWith($",A,{cell},1.00,0,1\n");

    [Fact]
    public void Awards_csv_joins_english_reasons_and_leaves_the_score_empty_without_targets()
    {
        var csv = AnalyticsCsv.Awards([
            new AwardRow("GK", UnitKind.Individual, "P1", AwardStatus.TieAtQuota, 95.5m,
                [AwardReasons.MeetsCriteria(), AwardReasons.TieAtQuota(2, 1, new AwardGroup("K1"))]) { Cluster = "K1" },
            new AwardRow("GK", UnitKind.Collective, "T", AwardStatus.Ineligible, null, [AwardReasons.NoMembers()]),
        ]);
        csv.Should().Be(
            "form,recipient_kind,unit,status,score,reasons,cluster,decision,reference\n" +
            "GK,individual,P1,tie_at_quota,95.50,Meets every criterion of the form; Tied with 1 other candidate(s) at quota place 1 in cluster K1: the council decides,K1,,\n" +
            "GK,collective,T,ineligible,,No member with a rating in the campaign,,,\n");
    }

    [Fact]
    public void Reasons_quoting_a_user_code_are_neutralised_too()
    {
        var csv = AnalyticsCsv.Awards([
            new AwardRow("GK", UnitKind.Individual, "P", AwardStatus.Ineligible, 1m, [new AwardReason("x", "x", "=cmd")]),
        ]);
        csv.Should().EndWith(",ineligible,1.00,'=cmd,,,\n");
    }

    [Fact]
    public void End_to_end_csv_from_a_snapshot_is_ordered_and_lf_only()
    {
        var snapshot = new SnapshotBuilder()
            .Indicator("B", Direction.AtLeast, Aggregation.Sum).Indicator("A", Direction.AtMost)
            .Target("U2", "A", 3m).Measure("U2", "A", "2024-03", 0m)
            .Target("U1", "B", 1_200_000m).Measure("U1", "B", "2024-01", 1_110_000m)
            .Target("U1", "A", 3m)
            .Build();
        var result = CampaignAnalytics.Compute(snapshot, March);
        var csv = AnalyticsCsv.Attainment(result.Attainment);
        csv.Should().NotContain("\r");
        csv.Should().Be(
            "unit,indicator,period,actual,target,ratio,status\n" +
            "U1,A,2024-03,,3,,no_data\n" +
            // A flow in March against a year's target: (1110000 × 12) / (1200000 × 3) = 3.7.
            "U1,B,2024-03,1110000,1200000,3.7000,exceeded\n" +
            "U2,A,2024-03,0,3,1.2000,exceeded\n");
        AnalyticsCsv.Ranking(result.Ranking).Should().Be(
            "cluster,kind,rank,unit,unit_name,score,met,assigned\n" +
            ",collective,1,U2,U2,120.00,1,1\n" +
            ",collective,2,U1,U1,60.00,1,2\n");
    }

    [Fact]
    public void Writer_output_is_the_same_under_a_vietnamese_current_culture()
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("vi-VN");
            AnalyticsCsv.Attainment([Attainment(1_110_000.5m, 82m, 1.1049m, AttainmentStatus.Exceeded)])
                .Should().EndWith("\nU,I,2024-03,1110000.5,82,1.1049,exceeded\n");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }
}
