using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDua.Analytics.Projecting;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>The ranking API serves the projection's stored rows when they are fresh, and they equal the computed ones.</summary>
public sealed class StoredRankingApiTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Theory]
    [InlineData("BK2022", null)]
    [InlineData("BK2022", "2022-06")]
    [InlineData("LS2021", null)]
    public async Task Fresh_stored_ranking_equals_the_computed_ranking(string campaign, string? period)
    {
        // Computed by the analytics directly, not through the API (which serves stored rows once the daemon has caught up).
        var rows = (await web.Runtime.Analytics.RankingAsync(campaign, period is null ? null : YearMonth.Parse(period), null)).Rows;
        var computedText = JsonSerializer.Serialize(rows, StoredAnalytics.Json);
        var computed = JsonNode.Parse(computedText);
        await web.Runtime.Daemon.CatchUpAsync();
        (await web.ScalarAsync("select count(*) from analytics_results")).Should().BePositive("the projection has caught up");

        var query = period is null ? "" : $"?period={period}";
        var storedText = await web.Client.GetStringAsync($"/api/campaigns/{campaign}/ranking{query}");
        var stored = JsonNode.Parse(storedText);
        storedText.Should().Be(computedText, "stored rows are served byte for byte as a computed answer would be");

        JsonNode.DeepEquals(stored, computed).Should().BeTrue($"stored {stored?.ToJsonString()[..80]} vs computed {computed?.ToJsonString()[..80]}");
        stored!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_correction_is_seen_by_the_next_request_not_hidden_by_the_cache()
    {
        await web.Runtime.Daemon.CatchUpAsync();
        var before = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/KG2021/ranking"))!.ToJsonString();
        await web.Client.GetStringAsync("/api/campaigns/KG2021/ranking"); // now cached

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, global::ThiDua.Import.Parsing.ImportKind.Measurements,
            "campaign;unit;indicator;period;value\nKG2021;KG-VP;KG21-VBDT;2021-12;50\n");
        outcome.Changed.Should().Be(1);
        // The append notification travels asynchronously: a cache that is never told would time out here.
        JsonNode? after = null;
        await Eventually.WaitUntilAsync(async () =>
            (after = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/KG2021/ranking")))!.ToJsonString() != before,
            TimeSpan.FromSeconds(30), "the corrected ranking is served");

        var computed = JsonSerializer.SerializeToNode((await web.Runtime.Analytics.RankingAsync("KG2021", null, null)).Rows);
        JsonNode.DeepEquals(after, computed).Should().BeTrue();
        after!.ToJsonString().Should().NotBe(before);
    }
}
