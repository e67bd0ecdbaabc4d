using System.Text.Json;
using Npgsql;
using ThiDua.Analytics.Output;
using ThiDua.Analytics.Projecting;

namespace ThiDua.Tests.Analytics;

/// <summary>The analytics projection's stored rows of a campaign, turned back into the CSV they stand for (kind, period order).</summary>
internal static class ProjectedCsv
{
    public static async Task<string> ReadAsync(NpgsqlDataSource dataSource, string campaign)
    {
        await using var cmd = dataSource.CreateCommand(
            $"select kind, period, {StoredAnalytics.JoinedParts("r")} from analytics_results r where campaign = @c group by kind, period order by kind, period");
        cmd.Parameters.AddWithValue("c", campaign);
        var parts = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var json = reader.GetString(2);
            parts.Add(reader.GetString(0) switch
            {
                "ranking" => AnalyticsCsv.Ranking(JsonSerializer.Deserialize<List<global::ThiDua.Ranking.RankingRow>>(json)!),
                "attainment" => AnalyticsCsv.Attainment(JsonSerializer.Deserialize<List<global::ThiDua.Attainment.AttainmentRow>>(json)!),
                _ => AnalyticsCsv.Awards(JsonSerializer.Deserialize<List<global::ThiDua.Awards.AwardRow>>(json)!),
            });
        }
        return string.Join("\n---\n", parts);
    }
}
