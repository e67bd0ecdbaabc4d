using ThiDua.Awards;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Provenance.History;
using ThiDua.Security;
using ThiDua.Tests.Analytics;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Upgrading;

/// <summary>
/// An office upgrading from the first release keeps its database: this release opens what that one wrote (its events,
/// read models, stored analytics, users) and answers every question as it would after a fresh load of the same files.
/// </summary>
public sealed class FirstReleaseDatabaseTests(FirstReleaseDatabases dbs) : IClassFixture<FirstReleaseDatabases>
{
    [Fact]
    public async Task Every_answer_of_every_campaign_equals_a_fresh_load_of_the_same_files()
    {
        var upgraded = await FirstReleaseDatabases.AnswersAsync(dbs.Upgraded);

        upgraded.Should().Equal(await FirstReleaseDatabases.AnswersAsync(dbs.Fresh));
        upgraded.Should().HaveCount(2 * (4 + 10 + 8 + 8 + 12) + 5, "every month of the five campaigns, and their awards");
        upgraded.Should().Contain(a => a.StartsWith("BK2022 2022-12 ranking", StringComparison.Ordinal) && a.Contains(",BK-CNTT,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_analytics_the_first_release_stored_are_recomputed_by_this_releases_rules()
    {
        // Stored before SPEC v2 (flows compared with the whole year before the last month): read as stored, they
        // would differ from a fresh database's.
        foreach (var code in FirstReleaseDump.Campaigns)
            (await ProjectedCsv.ReadAsync(dbs.Upgraded.DataSource, code)).Should().Be(await ProjectedCsv.ReadAsync(dbs.Fresh.DataSource, code), code);
    }

    [Fact]
    public async Task The_first_releases_users_sign_in_with_their_passwords_and_tokens()
    {
        var users = new UserStore(dbs.Upgraded.DataSource, TimeProvider.System);

        (await users.VerifyPasswordAsync("ban.tdkt", "Mat-khau-cu-2021"))!.Role.Should().Be(Role.Admin);
        (await users.VerifyPasswordAsync("chuyen.vien", "Chuyen-vien-2021"))!.Role.Should().Be(Role.Analyst);
        (await users.VerifyPasswordAsync("ban.tdkt", "Chuyen-vien-2021")).Should().BeNull();
        (await users.FindByTokenAsync("tdk_DWPJq7lKJkW_zKoRxr_ZROLaHtfp2fksBE2PSaNzFbo"))!.Name.Should().Be("ban.tdkt");
        (await users.FindByTokenAsync("tdk_2v-qnBrjeTYS43sbVLdrvj9ctY-UlP7W35xutoHOYhM"))!.Name.Should().Be("chuyen.vien");
    }

    [Fact]
    public async Task The_scheduled_jobs_the_first_release_stored_are_jobs_of_this_release()
    {
        // Quartz keeps each job's class by name: a class renamed or moved since would fail the scheduler on start.
        var classes = new List<string>();
        await using (var cmd = dbs.Upgraded.DataSource.CreateCommand("select job_class_name from qrtz_job_details order by job_name"))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) classes.Add(reader.GetString(0));

        classes.Should().HaveCount(3);
        classes.Should().OnlyContain(name => Type.GetType(name) != null && typeof(Quartz.IJob).IsAssignableFrom(Type.GetType(name)), string.Join(", ", classes));
    }

    [Fact]
    public async Task Every_figure_the_first_release_recorded_traces_to_its_file_and_line()
    {
        var series = new List<(string Campaign, string Unit, string Indicator)>();
        await using (var cmd = dbs.Upgraded.DataSource.CreateCommand("select distinct campaign, unit, indicator from rm_measurements order by 1, 2, 3"))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) series.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        var upgraded = new MeasurementTrail(dbs.Upgraded.DataSource, dbs.Upgraded.Types);
        var fresh = new MeasurementTrail(dbs.Fresh.DataSource, dbs.Fresh.Types);
        var figures = 0;
        foreach (var (campaign, unit, indicator) in series)
        {
            var old = await upgraded.ReadAsync(campaign, unit, indicator, null);
            old.Should().OnlyContain(c => c.SourceFile == "measurements.csv" && c.SourceLine > 1 && c.Actor.Length > 0 && c.AcceptedWarning == null);
            (await fresh.ReadAsync(campaign, unit, indicator, null)).Select(Traced).Should().Equal(old.Select(Traced), $"{campaign}/{unit}/{indicator}");
            figures += old.Count;
        }
        figures.Should().Be(792, "every line of the first release's measurements.csv");
    }

    [Fact]
    public async Task Rebuilding_an_upgraded_database_changes_no_answer_and_no_read_model_row()
    {
        // Its own restore: the rebuild must not change what the other tests read.
        await using var runtime = await Hosting.ThiDuaRuntime.OpenAsync(await FirstReleaseDump.RestoreAsync());
        await runtime.Daemon.CatchUpAsync();
        var answers = await FirstReleaseDatabases.AnswersAsync(runtime);
        var tables = await DatabaseFingerprint.TakeAsync(runtime.DataSource);

        await runtime.RebuildAsync();

        (await FirstReleaseDatabases.AnswersAsync(runtime)).Should().Equal(answers);
        (await DatabaseFingerprint.TakeAsync(runtime.DataSource)).Should().Be(tables);
    }

    [Fact]
    public async Task The_upgraded_database_takes_this_releases_clusters_closes_and_council_decisions()
    {
        await using var runtime = await Hosting.ThiDuaRuntime.OpenAsync(await FirstReleaseDump.RestoreAsync());
        var clusters = await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, "clusters.csv"));
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Clusters, clusters, fileName: "clusters.csv")).Errors.Should().BeEmpty();
        (await new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock).CloseAsync("BK2022", new YearMonth(2022, 12), "ban.tdkt", null))
            .Accepted.Should().BeTrue();
        var proposed = (await runtime.Analytics.AwardsAsync("BK2022", null)).Rows.First(r => r.Status == AwardStatus.Proposed);

        var decided = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, "campaign;form;unit;decision;reference;date;note\n"
            + $"BK2022;{proposed.Form};{proposed.Unit};approved;15/QĐ-UBND;2023-01-20;\n", fileName: "award_decisions.csv");

        decided.Errors.Should().BeEmpty();
        await runtime.Daemon.CatchUpAsync();
        var row = (await runtime.Analytics.AwardsAsync("BK2022", null)).Rows.Single(r => r.Form == proposed.Form && r.Unit == proposed.Unit);
        (row.Decision, row.Reference).Should().Be(("approved", "15/QĐ-UBND"));
        (await runtime.Analytics.RankingAsync("BK2022", null, null)).Rows.Should().Contain(r => r.ClusterName == "Khối các phòng chuyên môn thuộc Sở TT&TT Bắc Kạn");
    }

    // What a fresh load must trace alike: the file, line, month and figures (who and when differ; warnings are this release's).
    private static object Traced(MeasurementChange c) => (c.SourceFile, c.SourceLine, c.Period, c.Value, c.PreviousValue, c.Note);
}
