using ThiDua.Documents.Dossier;
using ThiDua.Import.Parsing;
using ThiDua.Reports;
using ThiDua.Reports.Scheduled;
using ThiDua.Tests.Reports;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The scheduled summary job keeps a written summary as it is, but makes its campaign's dossier again when the council
/// records a decision after the dossier's cut-off — and leaves it alone when nothing was decided since.
/// </summary>
public sealed class ScheduledDossierDecisionsTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private const string Campaign = DecidedSeedDatabase.Campaign;
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-sched-decided-").FullName;

    [Fact]
    public async Task A_decision_recorded_after_the_dossier_makes_the_job_write_it_again_with_that_decision()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var jobs = new ScheduledReports(new ReportService(runtime, new NoPdfPrinter(), new ThiDua.Dashboards.DashboardCatalog(folder)), runtime, folder);
        var dossier = Path.Combine(folder, DossierFileNames.Folder(Campaign));
        string[] Reports() => Directory.GetFiles(dossier, "bao-cao-thanh-tich-*.docx").Select(Path.GetFileName).ToArray()!;

        await jobs.GenerateDueSummariesAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        var first = DossierFolder.CutOff(folder, Campaign);
        first.Should().NotBeNull();
        Reports().Should().NotContain(f => f.EndsWith("-BK-BCVT-01.docx", StringComparison.Ordinal), "its tie was deferred");
        var summary = File.ReadAllBytes(Path.Combine(folder, ReportFileNames.Summary(Campaign) + ".html"));

        await jobs.GenerateDueSummariesAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        DossierFolder.CutOff(folder, Campaign).Should().Be(first, "nothing was decided since");

        (await Infrastructure.ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, $"""
            campaign;form;unit;decision;reference;date;note
            {Campaign};BK21-GK-CN;BK-BCVT-01;approved;120/QĐ-STTTT;2021-07-01;Xét lại ở đợt sau: đồng ý
            """)).Accepted.Should().BeTrue();
        await jobs.GenerateDueSummariesAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        DossierFolder.CutOff(folder, Campaign).Should().BeAfter(first!.Value);
        Reports().Should().Contain(f => f.EndsWith("-BK-BCVT-01.docx", StringComparison.Ordinal));
        DocxReadBack.Open(Path.Combine(dossier, DossierFileNames.Proposal)).Tables.SelectMany(t => t).Select(r => r[^1])
            .Should().Contain("đồng ý — 120/QĐ-STTTT ngày 01/07/2021");
        File.ReadAllBytes(Path.Combine(folder, ReportFileNames.Summary(Campaign) + ".html")).Should().Equal(summary, "a written summary is not written again");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
