using System.Text.Json;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Tests.Analytics.Output;

/// <summary>JSON numbers as the CSV writes them, whatever scale the decimals carry.</summary>
public sealed class DecimalJsonTests
{
    [Theory]
    [InlineData("80", "80.00")]
    [InlineData("80.0", "80.00")]
    [InlineData("80.005", "80.01")]
    [InlineData("-0.001", "0.00")]
    [InlineData("111.4300", "111.43")]
    public void A_score_has_exactly_2_decimals(string score, string json)
    {
        var row = new RankingRow(null, UnitKind.Collective, 1, "U1", "Đơn vị 1", decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), 1, 2);

        JsonSerializer.Serialize(row).Should().Contain($"\"score\":{json},");
    }

    [Fact]
    public void A_ratio_has_exactly_4_decimals_and_actuals_and_targets_are_trimmed_to_at_most_4()
    {
        var row = new AttainmentRow("U1", "I1", new YearMonth(2024, 3), 10.50m, 1110000.0m, null, 5.000m, 2.33333m, 1.05m, AttainmentStatus.Exceeded, true, 1.0m);

        var json = JsonSerializer.Serialize(row);

        json.Should().Contain("\"actual\":10.5,").And.Contain("\"target\":1110000,").And.Contain("\"target_max\":null,")
            .And.Contain("\"baseline\":5,").And.Contain("\"expected\":2.3333,").And.Contain("\"ratio\":1.0500,").And.Contain("\"weight\":1,");
    }

    [Fact]
    public void No_data_stays_null_and_the_numbers_read_back()
    {
        var row = new AttainmentRow("U1", "I1", new YearMonth(2024, 3), null, 7m, null, null, 7m, null, AttainmentStatus.NoData, false, 2m);
        var award = new AwardRow("GK", UnitKind.Individual, "CN1", AwardStatus.Proposed, null, []);

        var json = JsonSerializer.Serialize(row);

        json.Should().Contain("\"actual\":null,").And.Contain("\"ratio\":null,");
        JsonSerializer.Serialize(award).Should().Contain("\"score\":null,");
        JsonSerializer.Deserialize<AttainmentRow>(json).Should().Be(row);
    }
}
