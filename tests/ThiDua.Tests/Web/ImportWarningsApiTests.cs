using System.Net;
using System.Text.Json.Nodes;

namespace ThiDua.Tests.Web;

/// <summary><c>POST /api/imports/measurements</c> with an implausible figure: a 422 listing the warning, then accepted with <c>?acceptWarnings=true</c>.</summary>
public class ImportWarningsApiTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    // 19,1 % written "1.910": above 100 %, 100 times the stored value, far above the unit's other months.
    private const string Typo = "campaign;unit;indicator;period;value\nBK2022;BK-BCVT;BK22-06;2022-05;1.910\n";

    [Fact]
    public async Task A_typo_is_a_422_listing_its_warnings_and_is_written_once_accepted()
    {
        var before = await web.ScalarAsync("select count(*) from es_events");

        var refused = await PostAsync("/api/imports/measurements", Typo);

        refused.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var outcome = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        ((bool)outcome["accepted"]!).Should().BeFalse();
        outcome["errors"]!.AsArray().Should().BeEmpty();
        var rules = outcome["warnings"]!.AsArray().Select(w => (string)w!["rule"]!).ToList();
        rules.Should().BeEquivalentTo("outlier_high", "percent_over_100", "tenfold_correction");
        var correction = outcome["warnings"]!.AsArray().Single(w => (string)w!["rule"]! == "tenfold_correction")!;
        ((int)correction["line"]!, (string)correction["value"]!, (decimal)correction["judged_against"]!).Should().Be((2, "1910", 18.7m));
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);

        var dryRun = JsonNode.Parse(await (await PostAsync("/api/imports/measurements?dryRun=true&acceptWarnings=true", Typo)).Content.ReadAsStringAsync())!;
        var change = dryRun["changes"]!.AsArray().Should().ContainSingle().Subject!;
        ((decimal)change["old"]!, (decimal)change["new"]!).Should().Be((18.7m, 1910m));

        var accepted = await PostAsync("/api/imports/measurements?acceptWarnings=true", Typo);

        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await web.ScalarAsync("select count(*) from es_events where metadata->>'acceptedWarning' like '%vượt quá 100%'")).Should().Be(1);
    }

    [Fact]
    public async Task Accept_warnings_that_is_not_a_yes_or_no_is_a_400() =>
        (await PostAsync("/api/imports/measurements?acceptWarnings=maybe", Typo)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

    private Task<HttpResponseMessage> PostAsync(string url, string csv) => CsvUpload.PostAsync(web.Client, url, csv);
}
