using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// A campaign code mistyped on the command line, which has no campaign listing, is answered with the near code and the
/// codes there are (it said only to look at the home page of <c>thidua serve</c>). Still exit 1, nothing on stdout.
/// </summary>
public sealed class CliUnknownCampaignTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Theory]
    [InlineData("ranking")]
    [InlineData("awards")]
    public async Task A_mistyped_campaign_is_told_the_near_code_and_the_codes_there_are(string verb)
    {
        var result = await ThiDuaProcess.RunAsync([verb, "--campaign", "LS2012", "--database", db.ConnectionString]);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("campaign 'LS2012' does not exist")
            .And.Contain("Có phải 'LS2021'? Các phong trào có: BK2021-BAUCU, BK2022, KG2021, LS2021, LS2021-TTTT")
            .And.Contain("Did you mean 'LS2021'? The campaigns are: BK2021-BAUCU, BK2022, KG2021, LS2021, LS2021-TTTT.");
    }

    [Fact]
    public async Task A_report_of_a_mistyped_campaign_gets_the_same_line()
    {
        var outDir = Directory.CreateTempSubdirectory("thidua-unknown-campaign-").FullName;
        try
        {
            var result = await ThiDuaProcess.RunAsync(["report", "summary", "--campaign", "BK2O22", "--out", outDir, "--database", db.ConnectionString]);

            result.ExitCode.Should().Be(1, result.ToString());
            result.Stderr.Should().Contain("Did you mean 'BK2022'?");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
