using System.Net;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Reports.Scheduled;
using ThiDua.Security;
using ThiDua.Tests.Infrastructure;
using ThiDua.Tests.Reports;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Documents;

/// <summary>The scheduled summary job writes each ended campaign's dossier beside its summary; /reports lists it under "Hồ sơ khen thưởng".</summary>
public sealed class ScheduledDossierTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("thidua-sched-dossier-").FullName;

    [Fact]
    public async Task The_due_summaries_come_with_their_dossiers_and_the_reports_page_serves_them()
    {
        var jobs = new ScheduledReports(db.Service(new NoPdfPrinter()), db.Runtime, folder);

        await jobs.GenerateDueSummariesAsync(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        var summaries = ThiDua.Reports.ReportFolder.List(folder).Select(r => r.Manifest.Campaign).ToList();
        summaries.Should().NotBeEmpty();
        var dossiers = ThiDua.Documents.Dossier.DossierFolder.List(folder);
        dossiers.Select(d => d.Campaign).Should().BeEquivalentTo(summaries, "every ended campaign's summary has its dossier beside it");
        dossiers.Should().OnlyContain(d => d.Files.Count >= 3 && Path.GetFileName(d.Files[0]) == "to-trinh.docx");

        await using var app = await Web.ReportsFolderWebApp.StartAsync(db.ConnectionString, folder);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "dossier-viewer", Role.Viewer));
        var html = await client.GetStringAsync("/reports");
        html.Should().Contain("Hồ sơ khen thưởng").And.Contain("Tờ trình").And.Contain("Biên bản họp Hội đồng").And.Contain("Báo cáo thành tích");
        html.Should().Contain("<td>Cả phong trào</td>", "a summary covers the whole campaign, whatever its kind").And.NotContain("Cả đợt");
        var campaign = dossiers[0].Campaign;
        using var docx = await client.GetAsync($"/reports/dossiers/{campaign}/to-trinh.docx");
        docx.StatusCode.Should().Be(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var path = Path.Combine(folder, "downloaded.docx");
        await File.WriteAllBytesAsync(path, await docx.Content.ReadAsByteArrayAsync());
        DocxReadBack.Open(path).Text.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        using var missing = await client.GetAsync($"/reports/dossiers/{campaign}/..%2F..%2Fetc%2Fpasswd");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_broken_settings_file_costs_its_campaign_the_dossier_only_and_its_summary_says_why()
    {
        var documents = Directory.CreateDirectory(Path.Combine(folder, "documents")).FullName;
        File.WriteAllText(Path.Combine(documents, "BK2022.json"), "{ \"signer\": ");
        var output = Path.Combine(folder, "reports");
        var service = new ThiDua.Reports.ReportService(db.Runtime, new NoPdfPrinter(), new ThiDua.Dashboards.DashboardCatalog(documents), documents);
        var jobs = new ScheduledReports(service, db.Runtime, output, documents);

        await jobs.GenerateDueSummariesAsync(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        var summaries = ThiDua.Reports.ReportFolder.List(output).Select(r => r.Manifest.Campaign).ToList();
        summaries.Should().Contain("BK2022").And.HaveCountGreaterThan(1);
        ThiDua.Documents.Dossier.DossierFolder.List(output).Select(d => d.Campaign).Should().BeEquivalentTo(summaries.Where(c => c != "BK2022"));
        File.ReadAllText(Path.Combine(output, "BK2022-summary.html")).Should().Contain("BK2022.json").And.Contain("cannot be read");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
