using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Security;

/// <summary>The audit trail: who changed what, when, from which file and line, newest first, paged, filtered.</summary>
public class AuditTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task An_analysts_web_import_appears_first_with_actor_file_and_line()
    {
        using var analyst = web.ClientWith(web.AnalystToken);
        var import = await analyst.PostAsync("/api/imports/measurements", SecurityRequests.Csv(
            "campaign;unit;indicator;period;value;note\nBK2022;BK-TTBCXB;BK22-01;2022-11;31;ghi chú kiểm toán\n", "kiem-toan.csv"));
        import.StatusCode.Should().Be(HttpStatusCode.OK);
        using var viewer = web.ClientWith(web.ViewerToken);

        var first = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?campaign=BK2022&limit=1"))!;

        var entry = first["entries"]![0]!;
        ((string)entry["actor"]!).Should().Be("analyst");
        ((string)entry["source_file"]!).Should().Be("kiem-toan.csv");
        ((int)entry["source_line"]!).Should().Be(2);
        ((string)entry["stream_id"]!).Should().Be("campaign-BK2022/unit-BK-TTBCXB");
        ((string)entry["data"]!["note"]!).Should().Be("ghi chú kiểm toán");
        var html = await viewer.GetStringAsync("/audit?campaign=BK2022&limit=1");
        html.Should().Contain("kiem-toan.csv, dòng 2").And.Contain("<td>analyst</td>").And.Contain("Trang sau");
    }

    [Fact]
    public async Task Pages_follow_each_other_newest_first_without_overlap()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var page1 = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?limit=3"))!;
        var next = (long)page1["next"]!;
        var page2 = JsonNode.Parse(await viewer.GetStringAsync($"/api/audit?limit=3&before={next}"))!;

        var seqs = page1["entries"]!.AsArray().Concat(page2["entries"]!.AsArray()).Select(e => (long)e!["seq"]!).ToList();
        seqs.Should().HaveCount(6).And.BeInDescendingOrder().And.OnlyHaveUniqueItems();
        seqs[0].Should().Be(await web.ScalarAsync("select max(seq) from es_events"));
    }

    [Fact]
    public async Task Unit_filter_keeps_only_that_units_streams()
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        var entries = JsonNode.Parse(await viewer.GetStringAsync("/api/audit?unit=BK-TTBCXB&limit=500"))!["entries"]!.AsArray();

        entries.Should().NotBeEmpty();
        entries.Select(e => (string)e!["stream_id"]!).Should().OnlyContain(s => s == "unit-BK-TTBCXB" || s.EndsWith("/unit-BK-TTBCXB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=100000")]
    [InlineData("limit=abc")]
    [InlineData("before=x")]
    public async Task A_bad_limit_or_cursor_is_a_400(string query)
    {
        using var viewer = web.ClientWith(web.ViewerToken);

        (await viewer.GetAsync("/api/audit?" + query)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
