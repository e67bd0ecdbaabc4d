using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The council's ballot, once recorded with its decision (award_decisions' votes_for, council_members): the biên bản's
/// "Số phiếu đồng ý" reads "9/11 (81,82%)" for that candidate and stays blank, to fill by hand, for the others; the
/// campaign and unit pages and the summary report list it beside the decision.
/// </summary>
public sealed class CouncilVoteInDossierTests(VotedSeedDatabase db) : IClassFixture<VotedSeedDatabase>, IDisposable
{
    private const string Campaign = DecidedSeedDatabase.Campaign;
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-voted-dossier-").FullName;

    [Fact]
    public async Task The_minutes_fill_the_votes_of_a_candidate_whose_ballot_is_recorded_and_leave_the_others_blank()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, Campaign, dir);

        await using var runtime = await db.OpenRuntimeAsync();
        var snapshot = (await runtime.Snapshots.LoadAsync(Campaign))!;
        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));
        var candidates = minutes.Tables.Where(t => t[0].SequenceEqual(["TT", "Tên tập thể, cá nhân", "Cụm, khối", "Điểm", "Thành tích", "Số phiếu đồng ý"]))
            .SelectMany(t => t.Skip(1)).ToList();
        var name = snapshot.Units[VotedSeedDatabase.Voted].Name;
        candidates.Should().HaveCountGreaterThan(1);
        var voted = candidates.Where(r => r[1].StartsWith(name, StringComparison.Ordinal)).ToList();
        voted.Should().NotBeEmpty();
        voted.Select(r => r[5]).Should().Contain("9/11 (81,82%)", "its Giấy khen was approved by 9 of 11 members");
        candidates.Where(r => r[5].Length > 0).Should().HaveCount(1, "only the one ballot recorded is written; the rest stay blanks for the office");
    }

    [Fact]
    public async Task The_minutes_voting_result_gives_the_recorded_ballot_and_the_council_size()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, Campaign, dir);

        await using var runtime = await db.OpenRuntimeAsync();
        var snapshot = (await runtime.Snapshots.LoadAsync(Campaign))!;
        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));
        // Section 3, "Kết quả biểu quyết": the vote is its subject, so the ballot recorded is there beside the decision.
        var result = minutes.Tables.Single(t => t[0].SequenceEqual(["TT", "Hình thức", "Tên tập thể, cá nhân", "Số phiếu đồng ý", "Quyết định", "Số, ngày quyết định"]));
        var form = snapshot.AwardForms.Single(f => f.Code == VotedSeedDatabase.VotedForm).Name;
        var name = snapshot.Units[VotedSeedDatabase.Voted].Name;
        result.Skip(1).Where(r => r[1] == form && r[2].StartsWith(name, StringComparison.Ordinal)).Select(r => r[3]).Should().Equal("9/11 (81,82%)");
        result.Skip(1).Count(r => r[3].Length > 0).Should().Be(1, "one ballot is recorded; the others stay for the secretary");
        minutes.Text.Should().Contain("có mặt …/11 thành viên", "the council's 11 members, as the ballot recorded them")
            .And.Contain("Số thành viên đồng ý với các trường hợp chưa ghi số phiếu");
    }

    [Fact]
    public async Task The_campaign_and_unit_pages_list_the_ballot_beside_the_decision()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "voted-clerk", Role.Viewer));

        var campaign = await client.GetStringAsync($"/campaigns/{Campaign}");
        var unit = await client.GetStringAsync($"/campaigns/{Campaign}/units/{VotedSeedDatabase.Voted}");

        campaign.Should().Contain("<th>Ghi chú</th><th>Số phiếu đồng ý</th>").And.Contain("<td>9/11 (81,82%)</td>");
        unit.Should().Contain("<td>đồng ý</td><td>112/QĐ-STTTT</td><td>04/06/2021</td><td></td><td>9/11 (81,82%)</td>");
        (await client.GetStringAsync("/campaigns/LS2021")).Should().Contain("Quyết định khen thưởng")
            .And.NotContain("Số phiếu đồng ý", "a campaign without any ballot recorded keeps its tables as they were");
    }

    [Fact]
    public async Task The_summary_report_lists_the_ballot_beside_the_decision()
    {
        var summary = await ThiDua.Tests.Cli.ThiDuaProcess.RunAsync("report", "summary", "--campaign", Campaign, "--out", dir, "--database", db.ConnectionString);

        summary.ExitCode.Should().Be(0, summary.ToString());
        var html = await File.ReadAllTextAsync(Directory.GetFiles(dir, "*summary*.html", SearchOption.AllDirectories).Single());
        html.Should().Contain("<th>Ghi chú</th><th>Số phiếu đồng ý</th>").And.Contain("<td>9/11 (81,82%)</td>");
    }

    [Fact]
    public async Task The_units_record_names_the_ballot_beside_the_councils_decision_on_its_page_and_in_the_table()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "voted-history", Role.Viewer));

        var page = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/units/{VotedSeedDatabase.Voted}"));
        var table = await ThiDua.Tests.Cli.ThiDuaProcess.RunAsync("history", "--unit", VotedSeedDatabase.Voted, "--database", db.ConnectionString);

        // Quá trình thi đua said "Hội đồng đồng ý, QĐ số 112/QĐ-STTTT" whether 11 of 11 or 9 of 11 had agreed.
        page.Should().Contain("Hội đồng <strong>đồng ý</strong> (biểu quyết 9/11 đồng ý), QĐ số 112/QĐ-STTTT ngày 04/06/2021");
        table.ExitCode.Should().Be(0, table.ToString());
        table.Stdout.Should().Contain($"{VotedSeedDatabase.VotedForm}: Đề nghị khen thưởng, Hội đồng đồng ý (biểu quyết 9/11 đồng ý, 112/QĐ-STTTT, 04/06/2021)");
        page.Split("Hội đồng <strong>").Count(p => p.Contains("biểu quyết", StringComparison.Ordinal)).Should().Be(1, "the other decisions have no ballot recorded");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
