using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary><c>thidua ranking|attainment|awards</c> on the seed data: the CSV contracts of SPEC §5, JSON, and rejections.</summary>
public sealed partial class CliAnalyticsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Fact]
    public async Task Ranking_as_csv_has_the_contract_header_and_the_expected_rows()
    {
        var result = await Run("ranking", "--campaign", "LS2021", "--format", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines[0].Should().Be("cluster,kind,rank,unit,unit_name,score,met,assigned");
        var expected = File.ReadAllLines(Path.Combine(SeedFiles.Directory, "expected", "ranking.csv")).Skip(1)
            .Where(l => l.StartsWith("LS2021,", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',').Skip(1))).ToList();
        expected.Should().NotBeEmpty();
        // unit_name may hold quoted commas: compare the columns around it.
        result.StdoutLines.Skip(1).Select(WithoutUnitName).Should().Equal(expected);
    }

    [Fact]
    public async Task Attainment_as_csv_has_4_decimal_ratios_and_empty_actual_and_ratio_for_no_data()
    {
        var result = await Run("attainment", "--campaign", "LS2021", "--period", "2021-02", "--format", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines[0].Should().Be("unit,indicator,period,actual,target,ratio,status");
        var rows = result.StdoutLines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.Length == 7 && r[2] == "2021-02");
        rows.Where(r => r[6] == "no_data").Should().NotBeEmpty().And.OnlyContain(r => r[3] == "" && r[5] == "");
        rows.Where(r => r[6] != "no_data").Should().NotBeEmpty().And.OnlyContain(r => FourDecimals().IsMatch(r[5]) && r[3] != "");
    }

    [Fact]
    public async Task Awards_as_csv_have_the_contract_header()
    {
        var result = await Run("awards", "--campaign", "BK2021-BAUCU", "--format", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines[0].Should().Be("form,recipient_kind,unit,status,score,reasons,cluster,decision,reference");
        result.StdoutLines.Skip(1).Should().NotBeEmpty()
            .And.OnlyContain(l => l.Contains(",proposed,", StringComparison.Ordinal) || l.Contains(",tie_at_quota,", StringComparison.Ordinal)
                || l.Contains(",eligible_over_quota,", StringComparison.Ordinal) || l.Contains(",ineligible,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ranking")]
    [InlineData("attainment")]
    [InlineData("awards")]
    public async Task Json_output_parses_as_a_json_array(string verb)
    {
        var result = await Run(verb, "--campaign", "LS2021", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        json.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task An_unknown_campaign_exits_1()
    {
        var result = await Run("ranking", "--campaign", "KHONG-CO", "--format", "csv");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("does not exist");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task As_of_an_instant_before_any_data_exits_1_because_the_campaign_did_not_exist_then()
    {
        var result = await Run("attainment", "--campaign", "LS2021", "--as-of", "2001-01-01T08:00:00+07:00", "--format", "csv");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("chưa được nhập vào hệ thống tại thời điểm 01/01/2001 08:00").And.Contain("was not imported yet as of 2001-01-01T08:00:00+07:00");
    }

    [Fact]
    public async Task As_of_now_gives_the_same_ranking_as_without_as_of()
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

        var asOf = await Run("ranking", "--campaign", "LS2021", "--format", "csv", "--as-of", now);
        var current = await Run("ranking", "--campaign", "LS2021", "--format", "csv");

        asOf.ExitCode.Should().Be(0, asOf.ToString());
        asOf.Stdout.Should().Be(current.Stdout);
    }

    private static string WithoutUnitName(string line)
    {
        var head = line.Split(',', 5); // cluster,kind,rank,unit,rest
        var tail = head[4].Split(',');
        return string.Join(',', head[0], head[1], head[2], head[3], tail[^3], tail[^2], tail[^1]);
    }

    [GeneratedRegex(@"^-?\d+\.\d{4}$")]
    private static partial Regex FourDecimals();
}
