using ThiDua.Analytics.Output;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Import.Parsing;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Clusters;

/// <summary>
/// clusters.csv (v2): the small world's cluster K1 gets a name, which the CLI table and the pages show with its code;
/// the CSV keeps the code; a unit naming a cluster with no row is accepted and shows as its code.
/// </summary>
public sealed class ClusterNameTests(ClusterNameTests.World db) : IClassFixture<ClusterNameTests.World>
{
    public const string ClustersHeader = "code;name;note\n";

    public sealed class World : ImportWorldDatabase
    {
        public DateTimeOffset BeforeNames { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var runtime = await OpenRuntimeAsync();
            // D03 names a cluster that clusters.csv never defines; it ranks in its own group.
            // D04 belongs to no cluster: its own group, named as the pages name it.
            (await ImportAsync(runtime, ImportKind.Units, ImportWorld.UnitsHeader + "D03;Phòng 3;collective;ORG;K9\nD04;Phòng 4;collective;ORG;\n")).Accepted.Should().BeTrue();
            (await ImportAsync(runtime, ImportKind.Targets, ImportWorld.TargetsHeader + "CD2025;AL;D03;100;;;\nCD2025;AL;D04;100;;;\n")).Accepted.Should().BeTrue();
            BeforeNames = DateTimeOffset.UtcNow;
            await Task.Delay(50);
            var outcome = await ImportAsync(runtime, ImportKind.Clusters, ClustersHeader + "K1;Cụm thi đua các phòng chuyên môn;Theo quyết định 12/QĐ-SNV\n");
            outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        }
    }

    [Fact]
    public async Task Ranking_rows_carry_the_name_and_the_csv_keeps_the_code()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var rows = (await runtime.Analytics.RankingAsync(ImportWorld.Campaign, null, null)).Rows;

        rows.Where(r => r.Cluster == "K1").Should().NotBeEmpty().And.OnlyContain(r => r.ClusterName == "Cụm thi đua các phòng chuyên môn");
        rows.Single(r => r.Unit == "D03").Should().Match<global::ThiDua.Ranking.RankingRow>(r => r.Cluster == "K9" && r.ClusterName == null);
        AnalyticsCsv.Ranking(rows).Should().Contain("\nK1,collective,").And.Contain("\nK9,collective,").And.NotContain("Cụm thi đua các phòng");
    }

    [Fact]
    public async Task As_of_before_the_names_the_cluster_shows_as_its_code()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var rows = (await runtime.Analytics.RankingAsync(ImportWorld.Campaign, null, db.BeforeNames)).Rows;

        rows.Where(r => r.Cluster == "K1").Should().NotBeEmpty().And.OnlyContain(r => r.ClusterName == null);
    }

    [Fact]
    public async Task The_cli_table_shows_the_name_with_the_code_in_brackets()
    {
        var result = await ThiDuaProcess.RunAsync("ranking", "--campaign", ImportWorld.Campaign, "--database", db.ConnectionString);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stdout.Should().Contain("Cụm thi đua các phòng chuyên môn (K1)").And.Contain("Cụm, khối K9")
            .And.Contain("Không thuộc cụm, khối", "the unit without a cluster reads as on the pages, not '(không cụm)'");
        result.StdoutLines[0].Should().StartWith("Cụm, khối ");
    }

    [Fact]
    public async Task The_campaign_page_shows_the_name_with_the_code_in_brackets()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "cluster-viewer", Role.Viewer));

        var html = await client.GetStringAsync($"/campaigns/{ImportWorld.Campaign}");

        html.Should().Contain("Cụm thi đua các phòng chuyên môn (K1)").And.Contain("Cụm, khối K9");
    }

    [Fact]
    public async Task A_bad_cluster_code_or_a_missing_name_is_refused_and_nothing_is_written()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Clusters, ClustersHeader + "K2;Cụm 2;\nK 3;Cụm 3;\nK4;;\n");

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "code"), (4, "name"));
        outcome.Errors.Should().OnlyContain(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0);
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }
}
