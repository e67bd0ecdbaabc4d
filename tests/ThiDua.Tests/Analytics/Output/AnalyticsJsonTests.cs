using System.Text.Json;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Tests.Analytics.Output;

public class AnalyticsJsonTests
{
    [Fact]
    public void Ranking_row_json_uses_the_csv_column_names_and_numbers()
    {
        var json = JsonSerializer.Serialize(new RankingRow(null, UnitKind.Individual, 2, "P", "Tên", 87.5m, 1, 2));
        json.Should().Be("{\"cluster\":null,\"kind\":\"individual\",\"rank\":2,\"unit\":\"P\",\"unit_name\":\"T\\u00EAn\",\"score\":87.50,\"met\":1,\"assigned\":2}");
    }

    [Fact]
    public void Attainment_row_json_spells_period_and_status_like_the_csv()
    {
        var row = new AttainmentRow("U", "I", new YearMonth(2024, 3), null, 5m, null, null, 1.25m, null,
            AttainmentStatus.NoData, false, 1m);
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(row));
        var root = doc.RootElement;
        root.GetProperty("period").GetString().Should().Be("2024-03");
        root.GetProperty("status").GetString().Should().Be("no_data");
        root.GetProperty("actual").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("target").GetDecimal().Should().Be(5m);
        root.GetProperty("on_track").GetBoolean().Should().BeFalse();
        root.TryGetProperty("IsMetOrExceeded", out _).Should().BeFalse();
    }

    [Fact]
    public void Award_row_json_has_snake_case_status_and_reason_objects()
    {
        var row = new AwardRow("GK", UnitKind.Collective, "T", AwardStatus.EligibleOverQuota, null, [AwardReasons.NoMembers()]);
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(row));
        var root = doc.RootElement;
        root.GetProperty("recipient_kind").GetString().Should().Be("collective");
        root.GetProperty("status").GetString().Should().Be("eligible_over_quota");
        root.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("reasons")[0].GetProperty("code").GetString().Should().Be("no_members");
    }
}
