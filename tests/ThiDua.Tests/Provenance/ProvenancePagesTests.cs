using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ThiDua.Tests.Provenance;

/// <summary>
/// A number's trail on the web: the ratio on the unit page links to its calculation, the calculation to the months it
/// aggregates, each month to every value recorded for it with who, when, file and line and the value it replaced, now
/// and as of an earlier instant; the same as JSON from the API.
/// </summary>
public sealed class ProvenancePagesTests(CorrectedSeedWebApp web) : IClassFixture<CorrectedSeedWebApp>
{
    // The seed file's line of BK-TTBCXB's December 2022 value of BK22-01 (the file's first line is its header, line 1).
    private static readonly int SeedLine = 1 + Array.FindIndex(File.ReadAllLines(Path.Combine(ThiDua.Tests.Infrastructure.SeedFiles.Directory, "measurements.csv")),
        l => l.StartsWith("BK2022;BK-TTBCXB;BK22-01;2022-12;", StringComparison.Ordinal));

    private const string Provenance = "/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance";

    [Fact]
    public async Task The_unit_page_ratio_links_to_its_calculation_for_the_period_shown()
    {
        var html = await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB?period=2022-06");

        html.Should().Contain($"href=\"{Provenance}?period=2022-06\"");
        html.Should().Contain("href=\"/campaigns/BK2022/units/BK-TTBCXB/score?period=2022-06\"", "the score links to its terms");
    }

    [Fact]
    public async Task The_calculation_shows_the_formula_with_figures_and_the_correction_with_file_line_and_previous_value()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Provenance + "?period=2022-12"));

        html.Should().Contain("Tỷ lệ = A ⁄ T").And.Contain("1.234,5 ⁄ 100 = 12,345");
        html.Should().Contain("Lấy số của tháng gần nhất (tháng 12/2022): A = 1.234,5");
        html.Should().Contain("sửa: 100 → 1.234,5").And.Contain(CorrectedSeedWebApp.CorrectionFile + ", dòng 2").And.Contain("Sửa theo báo cáo quý IV");
        html.Should().Contain($"measurements.csv, dòng {SeedLine}", "the first report of December came from that line of the seed file");
        html.Should().Contain("id=\"thang-2022-12\"").And.Contain("href=\"#thang-2022-12\"");
    }

    [Fact]
    public async Task A_correction_imported_over_its_warnings_shows_them_in_its_history_and_the_first_report_shows_none()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync(Provenance + "?period=2022-12"));
        var json = JsonDocument.Parse(await web.Client.GetStringAsync("/api" + Provenance + "?period=2022-12")).RootElement.ToString();

        html.Should().Contain("Sửa theo báo cáo quý IV<br><span class=\"warned\">Nhập dù có cảnh báo (đã xác nhận): BK-TTBCXB/BK22-01/2022-12:");
        System.Text.RegularExpressions.Regex.Matches(html, "Nhập dù có cảnh báo").Count.Should().Be(1, "the seed's first report of December raised none");
        json.Should().Contain("\"accepted_warning\":\"BK-TTBCXB/BK22-01/2022-12:");
    }

    [Fact]
    public async Task A_rank_indicator_shows_its_actual_as_a_rank_and_its_target_without_a_second_unit()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-CNTT/indicators/BK22-13/provenance?period=2022-12"));

        html.Should().MatchRegex(@"<dt>Thực hiện \(A\)</dt><dd>hạng \d+</dd>");
        html.Should().MatchRegex(@"<dt>Chỉ tiêu \(T\)</dt><dd>tăng \d+ bậc từ hạng \d+ · nâng thứ hạng");
        html.Should().NotMatchRegex(@"từ hạng \d+ bậc");
    }

    [Fact]
    public async Task A_percent_indicator_writes_its_target_and_actual_as_the_ratios_are_written_without_a_space()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-02/provenance?period=2022-12"));

        html.Should().MatchRegex(@"<dt>Chỉ tiêu \(T\)</dt><dd>96% · đạt tối thiểu");
        html.Should().MatchRegex(@"<dt>Thực hiện \(A\)</dt><dd>\d+(,\d+)?%</dd>");
        html.Should().NotMatchRegex(@"\d %", "a percentage is written one way on every page: 98,07%");
    }

    [Fact]
    public async Task A_task_indicator_page_names_its_unit_once()
    {
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/indicators/BK22-NV2"));

        html.Should().Contain("đơn vị tính: nhiệm vụ · hoàn thành (1) hay chưa (0)").And.NotContain("nhiệm vụ · nhiệm vụ");
    }

    [Fact]
    public async Task As_of_before_the_correction_the_calculation_and_history_are_those_of_that_instant()
    {
        var asOf = Uri.EscapeDataString(web.BeforeCorrection.ToString("o", CultureInfo.InvariantCulture));
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"{Provenance}?period=2022-12&asOf={asOf}"));

        html.Should().Contain("100 ⁄ 100 = 1").And.NotContain("1.234,5").And.NotContain(CorrectedSeedWebApp.CorrectionFile);
        html.Should().Contain("số liệu tính đến");
    }

    [Fact]
    public async Task Links_on_an_as_of_page_keep_the_as_of()
    {
        var asOf = Uri.EscapeDataString(web.BeforeCorrection.ToString("o", CultureInfo.InvariantCulture));
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync($"/campaigns/BK2022/units/BK-TTBCXB?period=2022-12&asOf={asOf}"));
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(" + Provenance + "[^\"]*)\"").Groups[1].Value;

        link.Should().Contain("asOf=");
        WebUtility.HtmlDecode(await web.Client.GetStringAsync(link)).Should().Contain("100 ⁄ 100 = 1").And.NotContain("1.234,5");
    }

    [Fact]
    public async Task The_score_page_adds_up_to_the_ranked_score()
    {
        var ranking = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/BK2022/ranking?period=2022-06")).RootElement
            .EnumerateArray().Single(r => r.GetProperty("unit").GetString() == "BK-TTBCXB");
        var html = await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB/score?period=2022-06");

        var score = ranking.GetProperty("score").GetDecimal().ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
        html.Should().Contain($"= {score}</code>").And.Contain($"Điểm <strong>{score}</strong>");
    }

    [Fact]
    public async Task The_api_gives_the_calculation_and_every_recorded_value_as_json()
    {
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api" + Provenance + "?period=2022-12"));
        var root = doc.RootElement;

        root.GetProperty("ratio").GetDecimal().Should().Be(12.345m);
        root.GetProperty("figures_vi").GetString().Should().Be("1.234,5 ⁄ 100 = 12,345");
        root.GetProperty("months").GetArrayLength().Should().Be(12);
        var december = root.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("period").GetString() == "2022-12").ToList();
        december.Should().HaveCount(2);
        december[1].GetProperty("previous_value").GetDecimal().Should().Be(100m);
        december[1].GetProperty("source_file").GetString().Should().Be(CorrectedSeedWebApp.CorrectionFile);
        december[1].GetProperty("source_line").GetInt32().Should().Be(2);
        december[0].GetProperty("source_line").GetInt32().Should().Be(SeedLine);
    }

    [Fact]
    public async Task The_api_unrounded_ratio_is_the_figure_the_page_substitutes_before_rounding()
    {
        // 91,5 ⁄ 90 = 1,016667, rounded to 1,0167: the API said 1.0167 for both.
        using var doc = JsonDocument.Parse(await web.Client.GetStringAsync("/api/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-03/provenance?period=2022-12"));
        var root = doc.RootElement;
        var html = WebUtility.HtmlDecode(await web.Client.GetStringAsync("/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-03/provenance?period=2022-12"));

        var substituted = root.GetProperty("figures_vi").GetString()!.Split(" = ")[^1];
        root.GetProperty("ratio").GetDecimal().Should().Be(1.0167m);
        root.GetProperty("ratio_unrounded").GetDecimal().Should().Be(1.016667m);
        root.GetProperty("ratio_unrounded").GetRawText().Replace('.', ',').Should().Be(substituted);
        html.Should().Contain("= " + substituted, "the page and the API show one unrounded ratio");
    }

    [Fact]
    public async Task The_api_is_described_in_openapi()
    {
        var openApi = await web.Client.GetStringAsync("/openapi/v1.json");

        openApi.Should().Contain("/api/campaigns/{campaign}/units/{unit}/indicators/{indicator}/provenance");
    }

    [Theory]
    [InlineData("/campaigns/BK2022/units/BK-TTBCXB/indicators/NO-SUCH/provenance", "không được giao chỉ tiêu")]
    [InlineData("/campaigns/BK2022/units/NO-SUCH/indicators/BK22-01/provenance", "Không có đơn vị")]
    [InlineData("/campaigns/BK2022/units/BK-STTTT/score", "chưa được giao chỉ tiêu nào")]
    public async Task An_unknown_pair_is_a_bilingual_404(string url, string vietnamese)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain(vietnamese);
    }

    [Fact]
    public async Task Every_ratio_explained_from_its_own_rows_is_the_one_the_whole_campaign_explains()
    {
        // With a filter the page checks against the whole campaign (cluster=, empty: every cluster) the explanation comes
        // from the campaign's view; without it, from the pair's own rows. Both, for every target, with the default period.
        var targets = (await web.Runtime.Analytics.LoadAsync("BK2022", null)).Targets;
        targets.Should().HaveCountGreaterThan(10);
        foreach (var t in targets)
        {
            var api = $"/api/campaigns/BK2022/units/{Uri.EscapeDataString(t.Unit)}/indicators/{Uri.EscapeDataString(t.Indicator)}/provenance";
            var own = await web.Client.GetStringAsync(api);
            var whole = await web.Client.GetStringAsync(api + "?cluster=");
            own.Should().Be(whole, $"{t.Unit} × {t.Indicator}");
        }
        var page = "/campaigns/BK2022/units/BK-TTBCXB/indicators/BK22-01/provenance?period=2022-09";
        // The signed-in box's sign-out form carries a fresh antiforgery token on every page.
        static string Tokenless(string html) => System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]*\"", "");
        Tokenless(await web.Client.GetStringAsync(page)).Should().Be(Tokenless(await web.Client.GetStringAsync(page + "&cluster=")));
    }

    [Theory]
    [InlineData("/api/campaigns/NO-SUCH/units/BK-TTBCXB/indicators/BK22-01/provenance", HttpStatusCode.NotFound)]
    [InlineData("/api" + Provenance + "?period=2030-01", HttpStatusCode.BadRequest)]
    public async Task A_ratio_of_no_campaign_or_outside_it_is_refused_as_before(string url, HttpStatusCode status)
    {
        using var own = await web.Client.GetAsync(url);
        using var whole = await web.Client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "cluster=");

        own.StatusCode.Should().Be(status);
        static async Task<string?> Detail(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        (await Detail(own)).Should().Be(await Detail(whole)).And.Contain(status == HttpStatusCode.NotFound ? "Không có phong trào" : "nằm ngoài phong trào");
    }
}
