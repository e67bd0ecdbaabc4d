using System.Text.Json;
using ThiDua.Tests.Infrastructure;
using ThiDua.UnitHistory;

namespace ThiDua.Tests.UnitHistory;

/// <summary>
/// A commune's record in a national database: which campaigns it has a target or rating in is read by unit, not by a
/// scan of every target of every campaign (0.7–0.9 s on 1.7M targets, on each page view). 60,000 targets (3 campaigns ×
/// 1,000 communes × 20 indicators) and 3,000 ratings; asserted on the plan PostgreSQL runs (EXPLAIN ANALYZE), never on
/// time, and the campaigns against a plain filter.
/// </summary>
public sealed class UnitCampaignsAtScaleTests(UnitCampaignsAtScaleTests.Registry db) : IClassFixture<UnitCampaignsAtScaleTests.Registry>
{
    [Theory]
    [InlineData("XA-0421")] // targets in three campaigns
    [InlineData("CN-0007")] // an individual rated in three campaigns, no target
    [InlineData("XA-9999")] // nowhere
    public async Task A_units_campaigns_are_read_by_unit_not_by_a_scan_of_every_target(string unit)
    {
        await using var explain = db.DataSource.CreateCommand("explain (analyze, format json) " + UnitHistoryQuery.CampaignsSql);
        explain.Parameters.AddWithValue("u", unit);
        using var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        var (seqScans, touched) = (0, 0.0);
        Walk(plan.RootElement[0].GetProperty("Plan"));

        seqScans.Should().Be(0, "a sequential scan reads every campaign's targets");
        touched.Should().BeLessThan(200, "the unit's own 60 targets or 3 ratings, not the 63,000 rows");
        var expected = unit.StartsWith("XA-0", StringComparison.Ordinal) || unit.StartsWith("CN-", StringComparison.Ordinal) ? new[] { "QG2022", "QG2023", "QG2024" } : [];
        (await CampaignsAsync(unit)).Should().Equal(expected);

        void Walk(JsonElement node)
        {
            if (node.TryGetProperty("Relation Name", out var r) && r.GetString() is "rm_targets" or "rm_ratings")
            {
                seqScans += node.GetProperty("Node Type").GetString()!.Contains("Seq Scan", StringComparison.Ordinal) ? 1 : 0;
                touched += node.GetProperty("Actual Loops").GetDouble() * (node.GetProperty("Actual Rows").GetDouble()
                    + (node.TryGetProperty("Rows Removed by Filter", out var f) ? f.GetDouble() : 0));
            }
            if (node.TryGetProperty("Plans", out var children))
                foreach (var child in children.EnumerateArray()) Walk(child);
        }
    }

    private async Task<List<string>> CampaignsAsync(string unit)
    {
        await using var cmd = db.DataSource.CreateCommand(UnitHistoryQuery.CampaignsSql);
        cmd.Parameters.AddWithValue("u", unit);
        var list = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>The registry's read model as a national import leaves it (rows written straight: the plan is the point).</summary>
    public sealed class Registry : ProductDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ExecuteAsync("""
                insert into rm_targets (campaign, indicator, unit, definition)
                    select 'QG' || y, 'QG' || y || '-' || i, 'XA-' || lpad(u::text, 4, '0'), '{}'
                    from generate_series(2022, 2024) y, generate_series(1, 1000) u, generate_series(1, 20) i;
                insert into rm_ratings (campaign, unit, definition)
                    select 'QG' || y, 'CN-' || lpad(u::text, 4, '0'), '{}' from generate_series(2022, 2024) y, generate_series(1, 1000) u;
                analyze rm_targets; analyze rm_ratings;
                """);
        }
    }
}
