using System.Text.Json;
using Npgsql;
using ThiDua.Analytics.Projecting;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// Stored rows are written as json from UTF-8 bytes and served through jsonb: the served text must be exactly what the
/// jsonb column gave before (the computed rows serialised, then normalised by jsonb).
/// </summary>
public sealed class StoredRowsTextTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Served_rows_are_the_jsonb_text_of_the_computed_rows()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ProductDatabase.ImportSeedAsync(runtime);
        await runtime.Daemon.CatchUpAsync();
        var period = YearMonth.Parse("2022-12");

        var attainment = await runtime.Analytics.AttainmentAsync("BK2022", period, null);
        var ranking = await runtime.Analytics.RankingAsync("BK2022", period, null);
        var awards = await runtime.Analytics.AwardsAsync("BK2022", null);

        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", period, "attainment"))
            .Should().Be(await AsJsonbTextAsync(runtime.DataSource, JsonSerializer.Serialize(attainment.Rows, StoredAnalytics.Json)));
        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", period, "ranking"))
            .Should().Be(await AsJsonbTextAsync(runtime.DataSource, JsonSerializer.Serialize(ranking.Rows, StoredAnalytics.Json)));
        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", null, "awards"))
            .Should().Be(await AsJsonbTextAsync(runtime.DataSource, JsonSerializer.Serialize(awards.Rows, StoredAnalytics.Json)));
    }

    private static async Task<string> AsJsonbTextAsync(NpgsqlDataSource dataSource, string json)
    {
        await using var cmd = dataSource.CreateCommand("select @j::jsonb::text");
        cmd.Parameters.AddWithValue("j", json);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
