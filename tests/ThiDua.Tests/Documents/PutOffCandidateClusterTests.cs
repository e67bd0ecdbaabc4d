using ThiDua.Ranking;

namespace ThiDua.Tests.Documents;

/// <summary>
/// A clerk reads the tờ trình and the biên bản once the council has put off a tie: Ma Thị Thu Hà (BK-BCVT-01) has no
/// targets, so she is not in the ranking, and, deferred, she has no báo cáo thành tích — her "Cụm, khối" cell read "—",
/// a missing figure, though units.csv puts her in BK-KHOI1 like the candidate she is tied with.
/// </summary>
public sealed class PutOffCandidateClusterTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private const string PutOff = "BK-BCVT-01";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-put-off-cluster-").FullName;

    [Fact]
    public async Task A_deferred_tie_without_targets_is_listed_with_its_cluster_in_the_proposal_and_the_minutes()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, DecidedSeedDatabase.Campaign, dir);

        await using var runtime = await db.OpenRuntimeAsync();
        var snapshot = (await runtime.Snapshots.LoadAsync(DecidedSeedDatabase.Campaign))!;
        var unit = snapshot.Units[PutOff];
        unit.Cluster.Should().NotBeNullOrEmpty("the seed puts the deferred candidate in a cluster");
        var expected = RankingGroupName.ClusterHeading(unit.Cluster, snapshot.ClusterName(unit.Cluster));
        File.Exists(Path.Combine(folder, $"bao-cao-thanh-tich-001-{PutOff}.docx")).Should().BeFalse();

        foreach (var file in new[] { "to-trinh.docx", "bien-ban.docx" })
        {
            var rows = DocxReadBack.Open(Path.Combine(folder, file)).Tables
                .Where(t => t[0].Take(3).SequenceEqual(["TT", "Tên tập thể, cá nhân", "Cụm, khối"]))
                .SelectMany(t => t.Skip(1)).Where(r => r[1] == DossierListNames.Of(snapshot.Units, PutOff)).ToList();
            rows.Should().NotBeEmpty($"{file} lists the deferred tie");
            rows.Should().OnlyContain(r => r[2] == expected, $"{file} names her cluster, not a missing figure");
        }
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
