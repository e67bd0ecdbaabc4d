using System.Text.Json;
using ThiDua.Analytics.Projecting;
using ThiDua.Periods;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>
/// Stored rows are written as json from UTF-8 bytes and served as stored: the served text is exactly the computed rows
/// serialised — same key order (the CSV columns') and number forms as a computed answer.
/// </summary>
public sealed class StoredRowsTextTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Served_rows_are_the_text_of_the_computed_rows()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await runtime.Daemon.CatchUpAsync();
        var period = YearMonth.Parse("2022-12");

        var attainment = await runtime.Analytics.AttainmentAsync("BK2022", period, null);
        var ranking = await runtime.Analytics.RankingAsync("BK2022", period, null);
        var awards = await runtime.Analytics.AwardsAsync("BK2022", null);

        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", period, "attainment"))
            .Should().Be(JsonSerializer.Serialize(attainment.Rows, StoredAnalytics.Json));
        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", period, "ranking"))
            .Should().Be(JsonSerializer.Serialize(ranking.Rows, StoredAnalytics.Json));
        (await StoredAnalytics.FreshJsonAsync(runtime.DataSource, "BK2022", null, "awards"))
            .Should().Be(JsonSerializer.Serialize(awards.Rows, StoredAnalytics.Json));
    }
}
