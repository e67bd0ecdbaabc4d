using System.Text.Json.Nodes;
using ThiDua.Tests.Cli;
using ThiDua.UnitHistory;

namespace ThiDua.Tests.UnitHistory;

/// <summary>
/// The record must say what the office reads off <c>thidua ranking</c> and <c>thidua awards</c> for the same campaign and
/// month: every score, place, indicators met and award status, decision and number, run through the real CLI.
/// </summary>
public sealed class UnitHistoryAgainstCliTests(UnitHistoryDatabase db) : IClassFixture<UnitHistoryDatabase>
{
    [Theory]
    [InlineData(UnitHistoryDatabase.Unit)]
    [InlineData("BK-TTTT-01")]
    [InlineData("BK-BCVT")] // đồng hạng 3 in the 2021 election campaign
    public async Task Each_campaigns_row_equals_the_ranking_and_awards_the_CLI_gives(string unit)
    {
        var record = await new UnitHistoryQuery(db.Runtime.DataSource, db.Runtime.Snapshots, db.Runtime.Reader).LoadAsync(unit, null);

        record!.Rows.Should().NotBeEmpty();
        foreach (var row in record.Rows)
        {
            var ranking = await Json("ranking", "--campaign", row.Campaign, "--period", row.Period.ToString());
            var place = ranking.SingleOrDefault(r => (string)r!["unit"]! == unit);
            if (place is null) row.Rank.Should().BeNull($"{unit} is not ranked in {row.Campaign}");
            else
            {
                (row.Rank, row.Score, row.Met, row.Assigned).Should().Be(((int)place["rank"]!, (decimal)place["score"]!, (int)place["met"]!, (int)place["assigned"]!), row.Campaign);
                row.RankShared.Should().Be(ranking.Count(r => (string?)r!["cluster"] == (string?)place["cluster"] && (string)r!["kind"]! == (string)place["kind"]!
                    && (int)r["rank"]! == row.Rank) > 1, row.Campaign);
                row.GroupSize.Should().Be(ranking.Count(r => (string?)r!["cluster"] == (string?)place["cluster"] && (string)r!["kind"]! == (string)place["kind"]!));
            }
            var awards = (await Json("awards", "--campaign", row.Campaign))
                .Where(a => (string)a!["unit"]! == unit && ((string)a["status"]! != "ineligible" || a["decision"] is not null))
                .Select(a => ((string)a!["form"]!, (string)a["status"]!, (string?)a["decision"], (string?)a["reference"]));
            row.Awards.Select(a => (a.Form, (string)System.Text.Json.JsonSerializer.SerializeToNode(a)!["status"]!, a.Decision, a.Reference))
                .Should().Equal(awards, row.Campaign);
        }
    }

    private async Task<List<JsonNode?>> Json(params string[] args)
    {
        var result = await ThiDuaProcess.RunAsync([.. args, "--format", "json", "--database", db.ConnectionString]);
        result.ExitCode.Should().Be(0, result.ToString());
        return [.. JsonNode.Parse(result.Stdout)!.AsArray()];
    }
}
