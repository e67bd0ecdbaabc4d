using ThiDua.Tests.Web;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua compare</c> refuses what the API refuses, in both languages: a mistyped unit or campaign as its 404 (exit 1,
/// with the code meant); too many units, none, a period that is not a month, a workbook without a file as usage (exit 2).
/// </summary>
public sealed class CliCompareRefusalTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Units = "LS-CHILANG,LS-SYT,LS-BGD-01";

    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", web.ConnectionString]);

    [Fact]
    public async Task An_unknown_unit_or_campaign_is_refused_in_both_languages_with_the_code_meant_and_exit_1()
    {
        var unit = await Run("compare", "--campaign", "LS2021", "--units", "LS-CHILANG,LS-SYTT", "--format", "json");
        var campaign = await Run("compare", "--campaign", "LS2O21", "--units", Units);
        using var api = await web.Client.GetAsync("/api/campaigns/LS2021/compare?units=LS-CHILANG,LS-SYTT");
        var detail = (string)System.Text.Json.Nodes.JsonNode.Parse(await api.Content.ReadAsStringAsync())!["detail"]!;

        unit.ExitCode.Should().Be(1, unit.ToString());
        unit.Stdout.Should().BeEmpty();
        api.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        unit.Stderr.Should().Contain(detail, "the API's 404 message, word for word");
        unit.Stderr.Should().Contain("Không có đơn vị 'LS-SYTT'").And.Contain("unit 'LS-SYTT' does not exist").And.Contain("Có phải 'LS-SYT'? / Did you mean 'LS-SYT'?");
        campaign.ExitCode.Should().Be(1, campaign.ToString());
        campaign.Stdout.Should().BeEmpty();
        campaign.Stderr.Should().Contain("Không có phong trào 'LS2O21'").And.Contain("campaign 'LS2O21' does not exist").And.Contain("'LS2021'");
    }

    [Fact]
    public async Task Seven_units_no_unit_a_period_that_is_not_a_month_and_xlsx_without_out_are_usage_errors_with_exit_2()
    {
        var seven = await Run("compare", "--campaign", "LS2021", "--units", "A,B,C,D,E,F,G");
        var none = await Run("compare", "--campaign", "LS2021", "--units", ",");
        var month = await Run("compare", "--campaign", "LS2021", "--units", Units, "--period", "2021-13");
        var xlsx = await Run("compare", "--campaign", "LS2021", "--units", Units, "--format", "xlsx");

        foreach (var r in new[] { seven, none, month, xlsx }) r.ExitCode.Should().Be(2, r.ToString());
        seven.Stderr.Should().Contain("chọn tối đa 6 đơn vị để so sánh (đã chọn 7)").And.Contain("choose at most 6 units to compare (7 chosen)");
        none.Stderr.Should().Contain("--units cần ít nhất một mã đơn vị").And.Contain("--units needs at least one unit code");
        month.Stderr.Should().Contain("--period '2021-13' không phải là tháng").And.Contain("--period '2021-13' is not a month");
        xlsx.Stderr.Should().Contain("--format xlsx cần --out TỆP.xlsx").And.Contain("--format xlsx needs --out FILE.xlsx");
    }
}
