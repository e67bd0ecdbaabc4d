using ThiDua.Cli.Serving;
using ThiDua.Documents.Dossier;
using ThiDua.Tests.Documents;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// After <c>thidua demo</c> the clerk opens /reports for the seeds' dossiers: every seed campaign is finished and its
/// council has decided, yet "Hồ sơ khen thưởng" said "Chưa có hồ sơ nào" until the summary job's next 07:00 run. The
/// demo writes each finished campaign's dossier beside its summary, once.
/// </summary>
public sealed class DemoDossierTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-demo-dossiers-").FullName;

    [Fact]
    public async Task The_demo_writes_a_dossier_for_each_finished_seed_campaign_and_keeps_it_on_the_next_run()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var documents = Directory.CreateDirectory(Path.Combine(dir, "documents")).FullName;
        var campaigns = File.ReadAllLines(Path.Combine(SeedFiles.Directory, "campaigns.csv")).Skip(1).Select(l => l.Split(';')[0]).ToList();
        var now = DateTimeOffset.UtcNow;

        foreach (var c in campaigns)
            (await DemoDossiers.GenerateAsync(runtime, c, now, dir, CancellationToken.None, documents)).Should().NotBeNull($"{c} has ended");
        var listed = DossierFolder.List(dir);
        var again = await DemoDossiers.GenerateAsync(runtime, campaigns[0], now.AddMinutes(1), dir, CancellationToken.None, documents);

        listed.Select(d => d.Campaign).Should().BeEquivalentTo(campaigns);
        listed.Should().OnlyContain(d => d.Files.Any(f => f.EndsWith("to-trinh.docx", StringComparison.Ordinal)));
        again.Should().BeNull("a second demo run leaves the dossier it wrote");
        DossierFolder.CutOff(dir, campaigns[0]).Should().Be(now);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
