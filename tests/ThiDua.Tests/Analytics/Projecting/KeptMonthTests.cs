using ThiDua.Periods;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Analytics.Rebuilding;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// The analytics projection keeps a campaign's latest month as written and, when a later import touches a few units,
/// writes the other units' rows from it instead of computing them again. The stored text must be byte for byte what
/// a rebuild writes, whichever months the touched figures are in.
/// </summary>
public sealed class KeptMonthTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Theory]
    [InlineData(21, "2024-12")]
    [InlineData(22, "2024-03")]
    public async Task A_latest_month_recomputed_for_the_units_a_file_touched_is_written_as_a_rebuild_writes_it(int seed, string month)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var campaign = await LiveCampaignsTests.DefineAsync(runtime, seed);
        await RebuildTests.ImportAsync(runtime, ImportKind.Measurements, campaign.MeasurementBatches[0]);
        await runtime.Daemon.CatchUpAsync();

        // Two units' figures change (one of them twice, in two files): every other unit's rows come from the kept month.
        var targets = campaign.Targets.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        var other = targets.First(t => t[2] != targets[0][2]);
        foreach (var (target, value) in new[] { (targets[0], "1"), (other, "2"), (targets[0], "3") })
        {
            await RebuildTests.ImportAsync(runtime, ImportKind.Measurements,
                $"campaign,unit,indicator,period,value\n{campaign.Code},{target[2]},{target[1]},{month},{value}\n");
            await runtime.Daemon.CatchUpAsync();
        }

        var projected = await StoredTextAsync(campaign.Code);
        await runtime.RebuildAsync();
        (await StoredTextAsync(campaign.Code)).Should().Equal(projected);
        projected.Should().Contain(r => r.StartsWith("attainment 2024-12", StringComparison.Ordinal));
    }

    private async Task<List<string>> StoredTextAsync(string campaign)
    {
        await using var cmd = db.DataSource.CreateCommand("select kind, period, rows::text from analytics_results where campaign = @c order by kind, period, part");
        cmd.Parameters.AddWithValue("c", campaign);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add($"{reader.GetString(0)} {YearMonth.FromIndex(reader.GetInt32(1))} {reader.GetString(2)}");
        return rows;
    }
}
